using Bot.Host.AgentDesk;
using Bot.Host.DirectLine;
using Bot.Host.Handoff;
using Bot.Host.Hosting;
using Bot.Host.Language;
using Bot.Host.Messaging;
using Bot.Host.Operations;
using Bot.Host.Proactive;
using Bot.Host.TeamsAgents;
using Bot.Host.WebChat;

if (await LanguageCommands.TryRunAsync(args))
{
    return;
}

if (await ImportCommand.TryRunAsync(args))
{
    return;
}

if (await AgentsCommand.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddProblemDetails();
builder.AddBotStore();
builder.AddBotRuntime();
builder.AddMessaging();
builder.AddDirectLine();
builder.AddWebChat();
builder.AddChannels();
builder.AddLanguage();
builder.AddOperations();
builder.AddTeamsAgents();
builder.AddAgentDesk();
builder.AddHandoff();

var app = builder.Build();

await app.MigrateBotStoreAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebSockets();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/health", () => TypedResults.Ok("ok"));
app.MapMessages();
app.MapDirectLine();
app.MapWebChat();
app.MapLanguage();
app.MapOperations();
app.MapAgentDesk();

await app.RunAsync();

public partial class Program;
