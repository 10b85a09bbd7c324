using Bot.Dialogs.Main;

namespace Bot.Dialogs.Complaints;

// Ids of the dialogs inside the complaint dialogs; stored in conversation state, so renaming one restarts conversations
// that are under way. The questions the main dialog already knew keep their ids.
internal static class ComplaintDialogIds
{
    public const string Steps = DialogIds.ComplaintSteps;
    public const string Description = DialogIds.Description;
    public const string WaybillSteps = "complaint.waybill.steps";
    public const string ProposeWaybill = "complaint.waybill.propose";
    public const string Waybill = "complaint.waybill";
    public const string PhoneSteps = "complaint.phone.steps";
    public const string ProposePhone = "complaint.phone.propose";
    public const string Phone = "complaint.phone";
    public const string CategorySteps = "complaint.category.steps";
    public const string ConfirmCategory = "complaint.category.confirm";
    public const string ChooseCategory = "complaint.category";
    public const string DamageSteps = "complaint.damage.steps";
    public const string Photo = DialogIds.Photo;
    public const string Value = "complaint.value";
    public const string Confirm = DialogIds.ConfirmComplaint;
    public const string Desired = "complaint.desired";
    public const string CheckSteps = "checkComplaint.steps";
    public const string Reference = DialogIds.Reference;
    public const string ClosureSteps = "complaintClosure.steps";
    public const string Satisfied = "complaintClosure.satisfied";
}
