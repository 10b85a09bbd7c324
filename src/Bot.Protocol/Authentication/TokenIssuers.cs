namespace Bot.Protocol.Authentication;

internal static class TokenIssuers
{
    public const string BotFramework = "https://api.botframework.com";

    // Entra ID issuers the Emulator's client-credentials tokens carry (v1 and v2 forms, public and US Gov clouds).
    private static readonly string[] Emulator =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public static HashSet<string> EmulatorIssuers(string tenantId)
    {
        var issuers = new HashSet<string>(Emulator, StringComparer.Ordinal);
        if (tenantId.Length > 0)
        {
            issuers.Add($"https://sts.windows.net/{tenantId}/");
            issuers.Add($"https://login.microsoftonline.com/{tenantId}/v2.0");
            issuers.Add($"https://login.microsoftonline.us/{tenantId}/");
            issuers.Add($"https://login.microsoftonline.us/{tenantId}/v2.0");
        }

        return issuers;
    }
}
