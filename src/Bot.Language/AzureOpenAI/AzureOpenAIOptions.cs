using System.ComponentModel.DataAnnotations;

namespace Bot.Language.AzureOpenAI;

/// <summary>
/// Settings of the Azure OpenAI language understanding (section <c>Language:AzureOpenAI</c>). The model is used only when
/// <see cref="Endpoint"/>, <see cref="Deployment"/> and <see cref="ApiKey"/> are all set; otherwise the offline recogniser
/// answers alone.
/// </summary>
public sealed class AzureOpenAIOptions
{
    public const string Section = "Language:AzureOpenAI";

    /// <summary>The resource endpoint, e.g. <c>https://contoso.openai.azure.com/</c>.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The API key sent as the <c>api-key</c> header. A secret: keep it in user secrets or the environment.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The chat model deployment's name.</summary>
    [MaxLength(200)]
    public string? Deployment { get; set; }

    /// <summary>How long one model call may take before the offline recogniser answers instead.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Upper bound of tokens the model may write for one understanding.</summary>
    [Range(64, 4096)]
    public int MaxOutputTokens { get; set; } = 400;

    /// <summary>When to stop calling a failing service for a while.</summary>
    [Required]
    public AzureOpenAICircuitBreakerOptions CircuitBreaker { get; set; } = new();

    public bool IsConfigured =>
        Endpoint is { IsAbsoluteUri: true } && !string.IsNullOrWhiteSpace(Deployment) && !string.IsNullOrWhiteSpace(ApiKey);
}
