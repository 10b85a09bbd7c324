namespace Bot.Runtime.Recognizers;

/// <summary>A date (and time of day, if one was said) read from a message, in the user's time zone.</summary>
public sealed record DateTimeResolution(DateOnly Date, TimeOnly? Time, string Text);
