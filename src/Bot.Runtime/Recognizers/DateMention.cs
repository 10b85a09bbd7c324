namespace Bot.Runtime.Recognizers;

// A date or a time of day found at [Start, End) of the normalised message.
internal sealed record DateMention(int Start, int End, DateOnly? Date, TimeOnly? Time);
