using Bot.Domain.Language;
using Bot.Language.AzureOpenAI;
using Bot.Language.Fallback;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Language.Tests.AzureOpenAI;

/// <summary>The real Azure OpenAI client pointed at the loopback stand-in, wrapped in the fallback composite.</summary>
public sealed class LanguageModelHarness : IAsyncDisposable
{
    public const string ApiKey = "test-key-123";
    public const string Deployment = "intent-model";

    private readonly ILoggerFactory _loggerFactory;

    private LanguageModelHarness(AzureOpenAIStandIn standIn, TimeProvider time, AzureOpenAIOptions options, RecognizedEntity[] offlineEntities)
    {
        StandIn = standIn;
        _loggerFactory = Logs.CreateFactory();
        Chat = new AzureOpenAIChat(Options.Create(options), time, _loggerFactory.CreateLogger<AzureOpenAIChat>());
        Model = new AzureOpenAILanguageUnderstanding(Chat, _loggerFactory.CreateLogger<AzureOpenAILanguageUnderstanding>());
        Offline = new FixedOfflineUnderstanding(offlineEntities);
        Understanding = new FallbackLanguageUnderstanding(Model, Offline, _loggerFactory.CreateLogger<FallbackLanguageUnderstanding>());
    }

    public AzureOpenAIStandIn StandIn { get; }

    public CapturedLogs Logs { get; } = new();

    internal AzureOpenAIChat Chat { get; }

    public AzureOpenAILanguageUnderstanding Model { get; }

    public FixedOfflineUnderstanding Offline { get; }

    public FallbackLanguageUnderstanding Understanding { get; }

    public static async Task<LanguageModelHarness> StartAsync(
        TimeProvider? time = null, TimeSpan? timeout = null, params RecognizedEntity[] offlineEntities)
    {
        var standIn = await AzureOpenAIStandIn.StartAsync();
        var options = new AzureOpenAIOptions
        {
            Endpoint = standIn.Endpoint,
            ApiKey = ApiKey,
            Deployment = Deployment,
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
            CircuitBreaker = new AzureOpenAICircuitBreakerOptions { FailureThreshold = 3, BreakDuration = TimeSpan.FromSeconds(30) },
        };
        return new LanguageModelHarness(standIn, time ?? TimeProvider.System, options, offlineEntities);
    }

    public Task<Understanding> UnderstandAsync(string text) =>
        Understanding.UnderstandAsync(new UnderstandingRequest(text, "en-US"), CancellationToken.None);

    public ILogger<T> Logger<T>() => _loggerFactory.CreateLogger<T>();

    public async ValueTask DisposeAsync()
    {
        _loggerFactory.Dispose();
        await StandIn.DisposeAsync();
    }
}
