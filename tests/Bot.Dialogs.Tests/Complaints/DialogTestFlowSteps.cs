using Bot.Testing;

namespace Bot.Dialogs.Tests.Complaints;

// A reusable start of a conversation (e.g. "at the phone question"), applied to a flow.
internal delegate DialogTestFlow DialogTestFlowSteps(DialogTestFlow flow);
