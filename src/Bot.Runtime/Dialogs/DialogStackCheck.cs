namespace Bot.Runtime.Dialogs;

// Whether a stored stack can still be continued by today's definitions: every id is known (here or in an outer set)
// and every instance's state fits its dialog (a waterfall's step exists, a component's inner stack is sound).
internal static class DialogStackCheck
{
    public static bool CanContinue(IReadOnlyList<DialogSet> scopes, DialogState state)
    {
        foreach (var instance in state.DialogStack)
        {
            if (instance?.Id is null || Find(scopes, instance.Id) is not { } dialog || !dialog.CanContinue(instance, scopes))
            {
                return false;
            }
        }
        return true;
    }

    private static Dialog? Find(IReadOnlyList<DialogSet> scopes, string id)
    {
        foreach (var scope in scopes)
        {
            if (scope.Find(id) is { } dialog)
            {
                return dialog;
            }
        }
        return null;
    }
}
