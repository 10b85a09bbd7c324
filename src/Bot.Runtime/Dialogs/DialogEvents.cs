namespace Bot.Runtime.Dialogs;

/// <summary>The names of the events the engine emits.</summary>
public static class DialogEvents
{
    public const string BeginDialog = "beginDialog";
    public const string RepromptDialog = "repromptDialog";
    public const string CancelDialog = "cancelDialog";
    public const string ActivityReceived = "activityReceived";
    public const string VersionChanged = "versionChanged";
    public const string Error = "error";
}
