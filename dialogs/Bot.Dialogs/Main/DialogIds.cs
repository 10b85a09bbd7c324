namespace Bot.Dialogs.Main;

// Ids of the dialogs inside the customer-service dialog; stored in conversation state, so renaming one restarts
// conversations that are under way.
internal static class DialogIds
{
    public const string Root = "customerService";
    public const string MainLoop = "customerService.main";
    public const string Menu = "customerService.menu";
    public const string Track = "track";
    public const string TrackingNumber = "track.number";
    public const string TrackingDigression = "track.digression";
    public const string Complaint = "complaint";
    public const string ComplaintSteps = "complaint.steps";
    public const string Description = "complaint.description";
    public const string Parcels = "complaint.parcels";
    public const string When = "complaint.when";
    public const string Photo = "complaint.photo";
    public const string ConfirmComplaint = "complaint.confirm";
    public const string CheckComplaint = "checkComplaint";
    public const string Reference = "checkComplaint.reference";
    public const string ComplaintClosure = "complaintClosure";
    public const string Survey = "survey";
}
