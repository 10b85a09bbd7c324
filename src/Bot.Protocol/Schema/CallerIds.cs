namespace Bot.Protocol.Schema;

public static class CallerIds
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string USGovChannel = "urn:botframework:azureusgov";
    public const string BotToBotPrefix = "urn:botframework:aadappid:";
}
