using System.Text.Json.Nodes;
using Bot.Protocol.Schema;

namespace Bot.Runtime.Dialogs.Prompts;

/// <summary>What a prompt asks and how; persisted with the prompt's instance (activities via the protocol serializer).</summary>
public sealed record PromptOptions
{
    public Activity? Prompt { get; init; }

    /// <summary>Sent after input that is not recognized or not valid; the prompt itself when null.</summary>
    public Activity? RetryPrompt { get; init; }

    public IReadOnlyList<Choice>? Choices { get; init; }

    public ListStyle Style { get; init; } = ListStyle.Auto;

    /// <summary>After this many failed attempts the prompt ends with <see cref="TooManyAttempts.Instance"/>.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Extra data for a validator (ranges, formats ...).</summary>
    public JsonNode? Validations { get; init; }
}
