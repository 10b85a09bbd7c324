using Bot.Domain.Complaints;
using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Complaints;

internal static partial class ComplaintsLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Debug, Message = "Complaint {Reference}: nothing to tell a conversation about {Change}")]
    public static partial void NothingToTell(ILogger logger, ComplaintReference reference, ComplaintChange change);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Complaint {Reference}: told its conversation on {ChannelId} about {Change}")]
    public static partial void Told(ILogger logger, ComplaintReference reference, ComplaintChange change, string channelId);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Complaint {Reference}: could not tell its conversation on {ChannelId} about {Change}")]
    public static partial void TellingFailed(ILogger logger, Exception exception, ComplaintReference reference, ComplaintChange change, string channelId);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "Complaint {Reference}: the closure question waits for the customer to ask for it")]
    public static partial void ClosureDeferred(ILogger logger, ComplaintReference reference);
}
