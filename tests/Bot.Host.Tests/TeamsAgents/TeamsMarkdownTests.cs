using Bot.Host.TeamsAgents;

namespace Bot.Host.Tests.TeamsAgents;

public sealed class TeamsMarkdownTests
{
    [Theory]
    [InlineData("[click](http://x)", @"\[click\]\(http://x\)")]
    [InlineData("**bold** _it_ `code` <b>", @"\*\*bold\*\* \_it\_ \`code\` \<b\>")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("- item\n1. first", "\\- item\n1\\. first")]
    [InlineData("SF1234567890123 arrives 2026-11-26.", "SF1234567890123 arrives 2026-11-26.")]
    public void Customer_text_is_escaped_so_markdown_shows_as_typed(string typed, string escaped) =>
        Assert.Equal(escaped, TeamsMarkdown.Escape(typed));
}
