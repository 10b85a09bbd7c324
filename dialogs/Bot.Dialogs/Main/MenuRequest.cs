namespace Bot.Dialogs.Main;

/// <summary>
/// Options of the main loop. Without them (a new conversation, a restart) the menu welcomes the customer and first
/// reads the message that started it; <see cref="Again"/> asks "what else" after a task.
/// </summary>
public sealed record MenuRequest(bool Again);
