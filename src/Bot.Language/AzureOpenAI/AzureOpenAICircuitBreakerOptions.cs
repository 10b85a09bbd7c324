using System.ComponentModel.DataAnnotations;

namespace Bot.Language.AzureOpenAI;

/// <summary>Circuit breaker of the model calls (section <c>Language:AzureOpenAI:CircuitBreaker</c>).</summary>
public sealed class AzureOpenAICircuitBreakerOptions
{
    /// <summary>Consecutive service failures (timeout, network error, 429, 5xx, 401/403/404) that open the circuit.</summary>
    [Range(1, 1000)]
    public int FailureThreshold { get; set; } = 3;

    /// <summary>How long the circuit stays open; then one trial call decides whether it closes again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
