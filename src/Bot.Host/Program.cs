using Bot.Host.DirectLine;
using Bot.Host.Hosting;
using Bot.Host.Language;
using Bot.Host.Messaging;
using Bot.Host.Proactive;
using Bot.Host.WebChat;

if (await LanguageCommands.TryRunAsync(args))
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

var app = builder.Build();

await app.MigrateBotStoreAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseWebSockets();
app.UseRateLimiter();

app.MapGet("/health", () => TypedResults.Ok("ok"));
app.MapMessages();
app.MapDirectLine();
app.MapWebChat();
app.MapLanguage();

await app.RunAsync();

public partial class Program;
