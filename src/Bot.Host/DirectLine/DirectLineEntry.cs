namespace Bot.Host.DirectLine;

/// <summary>One activity of a conversation as it goes on the wire; <paramref name="Sequence"/> is its watermark (null: not persisted, e.g. typing).</summary>
public sealed record DirectLineEntry(long? Sequence, string Json);
