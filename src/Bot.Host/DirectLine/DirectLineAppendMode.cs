namespace Bot.Host.DirectLine;

internal enum DirectLineAppendMode
{
    /// <summary>A new activity: the log assigns <c>{conversationId}|{sequence}</c> and a fresh timestamp.</summary>
    New,

    /// <summary>A new version of an activity already in the log: same id and timestamp, so Web Chat replaces it in place.</summary>
    Replace,
}
