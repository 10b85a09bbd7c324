namespace Bot.Host.DirectLine;

internal enum DirectLineTokenStatus
{
    Valid,
    Expired,
    Invalid,
}
