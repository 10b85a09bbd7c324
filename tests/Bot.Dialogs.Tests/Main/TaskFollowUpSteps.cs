using Bot.Testing;

namespace Bot.Dialogs.Tests.Main;

using static OtherTexts;

internal static class TaskFollowUpSteps
{
    /// <summary>The late demo shipment tracked from the menu: its answer, then the question what to do about it.</summary>
    public static DialogTestFlow AtLateShipmentFollowUp(this DialogTestFlow flow, string locale) =>
        flow.Send("SF1234567890123").AssertReplyContains("SF1234567890123").AssertReply(Tracking("FollowUpAttention", locale));
}
