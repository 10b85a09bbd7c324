namespace Bot.Runtime.Dialogs.Interruptions;

public enum InterruptionKind
{
    Cancel,
    Help,
    Human,
    StartOver,
    SwitchLanguage,
}
