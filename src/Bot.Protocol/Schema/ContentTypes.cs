namespace Bot.Protocol.Schema;

public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";
    public const string SigninCard = "application/vnd.microsoft.card.signin";
    public const string OAuthCard = "application/vnd.microsoft.card.oauth";
    public const string ReceiptCard = "application/vnd.microsoft.card.receipt";
    public const string AnimationCard = "application/vnd.microsoft.card.animation";
    public const string AudioCard = "application/vnd.microsoft.card.audio";
    public const string VideoCard = "application/vnd.microsoft.card.video";
    public const string AdaptiveCardInvokeMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
}
