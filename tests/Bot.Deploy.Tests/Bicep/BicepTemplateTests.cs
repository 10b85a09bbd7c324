using System.Text.Json;
using Bot.Deploy.Tests.Infrastructure;

namespace Bot.Deploy.Tests.Bicep;

public sealed class BicepTemplateTests
{
    private static readonly Lazy<Task<ProcessResult>> MainBuild =
        new(() => BicepCli.BuildAsync(Repository.PathOf("deploy", "bicep", "main.bicep")));

    [Fact]
    public async Task Main_template_compiles_without_errors_or_warnings()
    {
        var result = await MainBuild.Value;

        Assert.True(result.ExitCode == 0, result.ToString());
        // Bicep writes diagnostics (errors and linter warnings) to stderr; any line there fails the deployment review.
        Assert.True(string.IsNullOrWhiteSpace(result.StandardError), result.ToString());
        using var arm = JsonDocument.Parse(result.StandardOutput);
        Assert.NotEqual(0, arm.RootElement.GetProperty("resources").GetArrayLength());
    }

    [Fact]
    public async Task Compiler_warnings_are_seen_by_the_test()
    {
        var dir = Directory.CreateTempSubdirectory("bicep-");
        try
        {
            var file = Path.Combine(dir.FullName, "unused.bicep");
            await File.WriteAllTextAsync(file, "param notUsed string = 'x'\n");

            var result = await BicepCli.BuildAsync(file);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("no-unused-params", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Azure_bot_has_the_Teams_Web_Chat_and_Direct_Line_channels_and_points_at_api_messages()
    {
        var arm = (await MainBuild.Value).StandardOutput;

        Assert.Contains("Microsoft.BotService/botServices", arm, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"azurebot\"", arm, StringComparison.Ordinal);
        foreach (var channel in new[] { "MsTeamsChannel", "WebChatChannel", "DirectLineChannel" })
        {
            Assert.Contains($"\"channelName\": \"{channel}\"", arm, StringComparison.Ordinal);
        }

        Assert.Contains("/api/messages", arm, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot__MicrosoftAppId")]
    [InlineData("Bot__MicrosoftAppPassword")]
    [InlineData("Bot__MicrosoftAppType")]
    [InlineData("Bot__MicrosoftAppTenantId")]
    [InlineData("DirectLine__Secret")]
    [InlineData("Operations__ApiKey")]
    [InlineData("Language__AzureOpenAI__Endpoint")]
    [InlineData("Language__AzureOpenAI__ApiKey")]
    [InlineData("Language__AzureOpenAI__Deployment")]
    [InlineData("AgentDesk__Admin__UserName")]
    [InlineData("AgentDesk__Admin__Password")]
    [InlineData("ConnectionStrings__Bot")]
    public async Task Web_app_gets_every_setting_the_host_needs(string setting)
    {
        var arm = (await MainBuild.Value).StandardOutput;

        Assert.Contains($"\"{setting}\"", arm, StringComparison.Ordinal);
    }

    // Agents in Teams is off unless a channel id is given, so a deployment without these parameters must still work.
    [Theory]
    [InlineData("teamsAgentsChannelId", "TeamsAgents__ChannelId")]
    [InlineData("teamsAgentsServiceUrl", "TeamsAgents__ServiceUrl")]
    [InlineData("teamsAgentsTenantId", "TeamsAgents__TenantId")]
    public async Task Teams_agents_settings_are_optional_parameters_that_reach_the_web_app(string parameter, string setting)
    {
        var arm = (await MainBuild.Value).StandardOutput;
        using var template = JsonDocument.Parse(arm);

        var declared = template.RootElement.GetProperty("parameters").GetProperty(parameter);
        Assert.Equal("string", declared.GetProperty("type").GetString());
        Assert.True(declared.TryGetProperty("defaultValue", out _), $"{parameter} has no default, so every deployment would need it");
        Assert.Contains($"'{setting}', parameters('{parameter}')", arm, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secrets_reach_the_web_app_only_as_Key_Vault_references()
    {
        var arm = (await MainBuild.Value).StandardOutput;

        Assert.Contains("@Microsoft.KeyVault(SecretUri=", arm, StringComparison.Ordinal);
        foreach (var secret in new[] { "bot-app-password", "directline-secret", "operator-api-key", "azure-openai-key" })
        {
            Assert.Contains($"'{secret}'", arm, StringComparison.Ordinal);
        }
    }
}
