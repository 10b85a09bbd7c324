namespace Bot.Runtime.Dialogs;

/// <summary>
/// A persisted dialog stack: conversation state property "DialogState" holds
/// <c>{ "dialogStack": [ {id, state}, ... ], "version": "&lt;hash&gt;" }</c>; index 0 is the active dialog.
/// </summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];

    /// <summary>The root dialog's version when the stack was saved; a different version restarts the conversation.</summary>
    public string? Version { get; set; }
}
