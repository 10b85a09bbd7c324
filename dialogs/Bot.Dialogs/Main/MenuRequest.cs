using Bot.Dialogs.Surveys;

namespace Bot.Dialogs.Main;

/// <summary>
/// Options of the main loop. Without them (a new conversation, a restart) the menu welcomes the customer and first
/// reads the message that started it; <see cref="Again"/> asks "what else" after a task. A task's follow-up goes
/// straight on: <see cref="Next"/> (another task) or <see cref="Survey"/>; <see cref="OfferPerson"/> asks whether the
/// customer would like a person instead of the menu; <see cref="Retry"/> asks the menu again after a message that had
/// no text.
/// </summary>
public sealed record MenuRequest(
    bool Again,
    NextTask? Next = null,
    SurveyRequest? Survey = null,
    bool OfferPerson = false,
    bool Retry = false);
