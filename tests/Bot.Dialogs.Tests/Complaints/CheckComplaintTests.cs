namespace Bot.Dialogs.Tests.Complaints;

using static CustomerService;

public sealed class CheckComplaintTests
{
    [Theory]
    [InlineData("en-US", "Check a complaint", "it's c-20250512-0001")]
    [InlineData("zh-CN", "查询投诉", "编号C-20250512-0001")]
    public async Task Reference_is_acknowledged_honestly_and_the_menu_follows(string locale, string choice, string answer)
    {
        await using var flow = Flow(locale);

        await flow.Greeted()
            .Send(choice).AssertReply(T("AskReference", locale))
            .Send(Say(locale, "no idea", "不知道")).AssertReply(T("ReferenceRetry", locale))
            .Send(answer).AssertReply(T("ReferenceNoted", locale, "C-20250512-0001")).AssertMenuAgain().AssertNoMoreReplies()
            .StartTestAsync();
    }
}
