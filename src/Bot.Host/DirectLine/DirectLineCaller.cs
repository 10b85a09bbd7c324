namespace Bot.Host.DirectLine;

/// <summary>Who is calling: the holder of the secret (any conversation) or of a token (one conversation).</summary>
internal sealed record DirectLineCaller(DirectLineToken? Token)
{
    public static DirectLineCaller Secret { get; } = new((DirectLineToken?)null);

    public bool IsSecret => Token is null;
}
