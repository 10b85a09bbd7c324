using Bot.Data;
using Bot.Protocol.Schema;
using Bot.Runtime;
using Bot.Runtime.Channels;
using Bot.Runtime.Dialogs;
using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing;

/// <summary>
/// A transcript test over the real turn pipeline and a real SQLite store, with an in-memory channel. Steps are queued
/// fluently and run, in order, by <see cref="StartTestAsync"/>; the flow can be continued with more steps and another
/// <see cref="StartTestAsync"/> afterwards. Every wait has <see cref="Timeout"/>. Replies are asserted in the order the bot
/// sent them; <see cref="AssertSuggestedActions"/> and <see cref="AssertAttachment"/> check the reply asserted last.
/// </summary>
public sealed partial class DialogTestFlow : IAsyncDisposable
{
    private readonly TestConversation _conversation;
    private readonly Action<IServiceCollection> _configure;
    private readonly ServiceProvider _services;
    private readonly CapturedErrors _errors = new();
    private readonly List<(string Description, Func<CancellationToken, Task> Run)> _steps = [];
    private readonly List<string> _transcript = [];
    private Activity? _lastReply;
    private bool _migrated;
    private bool _disposed;

    private DialogTestFlow(TestConversation conversation, Action<IServiceCollection> configure, TimeSpan timeout)
    {
        _conversation = conversation;
        _configure = configure;
        Timeout = timeout;
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(_errors))
            .AddBotData(conversation.ConnectionString)
            .AddTurnRuntime()
            .AddDialogRunner()
            // Proactive messages (ProactiveMessenger) to this conversation arrive where the replies do.
            .AddSingleton<IChannelConnectorFactory>(new TestChannelConnectorFactory(() => Connector!));
        configure(services);
        _services = services.BuildServiceProvider(validateScopes: true);
        Connector = new TestChannelConnector(conversation, _services.GetRequiredService<TimeProvider>());
        conversation.AddHost();
    }

    /// <summary>The host's services (to query the store, reach a FakeTimeProvider ...).</summary>
    public IServiceProvider Services => _services;

    public TestChannelConnector Connector { get; }

    public string ChannelId => _conversation.ChannelId;

    public string ConversationId => _conversation.ConversationId;

    public string Locale => _conversation.Locale;

    /// <summary>How long a turn or a reply may take before the step fails.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>
    /// A flow with a new conversation: <paramref name="configure"/> adds the bot (an <see cref="IBot"/>, e.g. via
    /// AddDialogBot) and anything else; the store, the turn runtime and the <see cref="DialogRunner"/> are already there.
    /// </summary>
    public static DialogTestFlow Create(
        Action<IServiceCollection> configure, string locale = "en-US", string channelId = Channels.DirectLine, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return new DialogTestFlow(new TestConversation(channelId, locale), configure, timeout ?? TimeSpan.FromSeconds(5));
    }

    /// <summary>
    /// A new host instance (a new service provider) over the same database and conversation, as after a deployment or
    /// on another server. <paramref name="configure"/> replaces the original registrations (e.g. a changed dialog).
    /// </summary>
    public DialogTestFlow RestartHost(Action<IServiceCollection>? configure = null)
    {
        if (_steps.Count > 0)
        {
            throw new InvalidOperationException("Run the queued steps (StartTestAsync) before restarting the host.");
        }
        return new DialogTestFlow(_conversation, configure ?? _configure, Timeout);
    }

    /// <summary>Runs the queued steps in order; throws <see cref="DialogTestFlowException"/> at the first that fails.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var steps = _steps.ToList();
        _steps.Clear();
        if (!_migrated)
        {
            await _services.MigrateBotDataAsync(cancellationToken);
            _migrated = true;
        }
        for (var i = 0; i < steps.Count; i++)
        {
            try
            {
                await steps[i].Run(cancellationToken);
            }
            catch (Exception ex) when (ex is not DialogTestFlowException && !cancellationToken.IsCancellationRequested)
            {
                throw Failure($"Step {i + 1} ({steps[i].Description}) failed: {ex.Message}", ex);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        await _services.DisposeAsync();
        _conversation.ReleaseHost();
    }

    private DialogTestFlow Enqueue(string description, Func<CancellationToken, Task> run)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _steps.Add((description, run));
        return this;
    }

    private DialogTestFlowException Failure(string message, Exception? inner = null)
    {
        var text = $"{message}{Environment.NewLine}Conversation so far:{Environment.NewLine}  "
            + (_transcript.Count == 0 ? "(nothing)" : string.Join(Environment.NewLine + "  ", _transcript));
        var pending = PendingReplies();
        if (pending.Count > 0)
        {
            text += $"{Environment.NewLine}Replies not asserted yet:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", pending);
        }
        if (_errors.Errors.Count > 0)
        {
            text += $"{Environment.NewLine}Logged by the host:{Environment.NewLine}" + string.Join(Environment.NewLine, _errors.Errors);
        }
        return inner is null ? new DialogTestFlowException(text) : new DialogTestFlowException(text, inner);
    }

    private List<string> PendingReplies()
    {
        var pending = new List<string>();
        while (Connector.Pending.TryRead(out var reply))
        {
            pending.Add(TranscriptText.Describe(reply));
            _transcript.Add("bot:  " + TranscriptText.Describe(reply) + "   <- not asserted");
        }
        return pending;
    }
}
