using Bot.Dialogs.Main;

namespace Bot.Dialogs.Tracking;

// Ids of the dialogs inside the tracking dialog; stored in conversation state, so renaming one restarts conversations
// that are under way. The entry (DialogIds.Track) and its number prompt (DialogIds.TrackingNumber) are the main loop's.
internal static class TrackingIds
{
    public const string Steps = DialogIds.Track + ".steps";
    public const string FollowUp = DialogIds.Track + ".followUp";
    public const string FollowUpSteps = FollowUp + ".steps";
    public const string FollowUpChoice = FollowUp + ".choice";
    public const string Details = DialogIds.Track + ".details";
    public const string DetailsSteps = Details + ".steps";
    public const string Digits = Details + ".digits";
}
