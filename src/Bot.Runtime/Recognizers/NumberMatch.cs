namespace Bot.Runtime.Recognizers;

/// <summary>A number found in a message, with the text it was read from (normalised: lower case, half-width).</summary>
public sealed record NumberMatch(decimal Value, string Text);
