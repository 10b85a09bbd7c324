namespace Bot.LoadClient;

/// <summary>One turn to play: which virtual user, which of its conversations, which turn and its text.</summary>
internal readonly record struct TurnRequest(int Worker, int Conversation, int Turn, string Text);
