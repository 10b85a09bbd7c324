namespace Bot.Dialogs.Main;

// Ids of the dialogs inside the customer-service dialog; stored in conversation state, so renaming one restarts
// conversations that are under way.
internal static class DialogIds
{
    public const string Root = "customerService";
    public const string MainLoop = "customerService.main";
    public const string Menu = "customerService.menu";
    public const string OfferPerson = "customerService.offerPerson";
    public const string Track = "track";
    public const string TrackingNumber = "track.number";
    public const string TrackingDigression = "track.digression";
    public const string Complaint = "complaint";
    public const string ComplaintSteps = "complaint.steps";
    public const string Description = "complaint.description";
    public const string Photo = "complaint.photo";
    public const string ConfirmComplaint = "complaint.confirm";
    public const string CheckComplaint = "checkComplaint";
    public const string Reference = "checkComplaint.reference";
    public const string ComplaintClosure = "complaintClosure";
    public const string Survey = "survey";
    public const string SurveySteps = "survey.steps";
    public const string SurveyQuestion = "survey.question";
    public const string SurveyConsent = "survey.consent";
    public const string SurveyAnswer = "survey.answer";
    public const string SurveyComment = "survey.comment";
    public const string SurveyOfferPerson = "survey.offerPerson";
}
