using System.Security.Cryptography;
using System.Text;

namespace Bot.Runtime.Dialogs;

/// <summary>A registry of dialogs by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>Adds a dialog; ids are unique within a set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in the set.");
        }
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>A stable hash of every dialog's version, independent of the order they were added in.</summary>
    public string GetVersion()
    {
        var text = new StringBuilder();
        foreach (var dialog in _dialogs.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append(dialog.Id).Append('=').Append(dialog.GetVersion()).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
