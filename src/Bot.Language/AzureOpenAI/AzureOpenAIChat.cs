using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace Bot.Language.AzureOpenAI;

// One model call with a strict timeout behind a circuit breaker shared by every feature that uses the deployment.
internal sealed class AzureOpenAIChat
{
    private readonly AzureOpenAIOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<AzureOpenAIChat> _logger;
    private readonly CircuitBreaker _breaker;
    private readonly Lazy<ChatClient> _client;

    public AzureOpenAIChat(IOptions<AzureOpenAIOptions> options, TimeProvider time, ILogger<AzureOpenAIChat> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _breaker = new CircuitBreaker(_options.CircuitBreaker.FailureThreshold, _options.CircuitBreaker.BreakDuration, time);
        _client = new Lazy<ChatClient>(CreateClient);
    }

    public bool IsConfigured => _options.IsConfigured;

    public async Task<string> CompleteJsonAsync(
        string operation, IReadOnlyList<ChatMessage> messages, ChatResponseFormat format, CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            throw new LanguageModelException(LanguageModelFailure.NotConfigured, "Azure OpenAI is not configured.");
        }
        if (!_breaker.TryEnter())
        {
            throw new LanguageModelException(LanguageModelFailure.CircuitOpen, "The Azure OpenAI circuit is open.");
        }
        var completionOptions = new ChatCompletionOptions
        {
            ResponseFormat = format,
            Temperature = 0,
            MaxOutputTokenCount = _options.MaxOutputTokens,
        };
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        ChatCompletion completion;
        try
        {
            completion = (await _client.Value.CompleteChatAsync(messages, completionOptions, linked.Token)).Value;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _breaker.OnNeutral();
            throw;
        }
        catch (OperationCanceledException exception)
        {
            throw Fail(operation, LanguageModelFailure.Timeout, null, exception);
        }
        catch (ClientResultException exception)
        {
            throw Classify(operation, exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw Fail(operation, LanguageModelFailure.Unreachable, null, exception);
        }

        _breaker.OnSuccess();
        if (completion.FinishReason != ChatFinishReason.Stop || !string.IsNullOrEmpty(completion.Refusal)
            || completion.Content.Count == 0)
        {
            throw new LanguageModelException(
                LanguageModelFailure.Refused, $"The model did not finish its answer ({completion.FinishReason}).");
        }
        return string.Concat(completion.Content.Select(part => part.Text));
    }

    private LanguageModelException Classify(string operation, ClientResultException exception)
    {
        var status = exception.Status;
        return status switch
        {
            0 => Fail(operation, LanguageModelFailure.Unreachable, null, exception),
            429 => Fail(operation, LanguageModelFailure.RateLimited, status, exception),
            >= 500 => Fail(operation, LanguageModelFailure.ServerError, status, exception),
            401 or 403 or 404 or 408 => Fail(operation, LanguageModelFailure.HttpError, status, exception),
            // Other 4xx (e.g. a content-filter 400) concern this one message, not the service's health.
            _ => Neutral(status, exception),
        };
    }

    private LanguageModelException Fail(string operation, LanguageModelFailure failure, int? status, Exception exception)
    {
        if (_breaker.OnFailure())
        {
            AzureOpenAILog.CircuitOpened(_logger, operation, failure, _options.CircuitBreaker.BreakDuration);
        }
        return new LanguageModelException(failure, $"Azure OpenAI call failed: {failure}.", exception) { Status = status };
    }

    private LanguageModelException Neutral(int status, Exception exception)
    {
        _breaker.OnNeutral();
        return new LanguageModelException(
            LanguageModelFailure.HttpError, $"Azure OpenAI rejected the request ({status}).", exception) { Status = status };
    }

    private ChatClient CreateClient()
    {
        var clientOptions = new AzureOpenAIClientOptions
        {
            // The breaker and the offline fallback handle failures; a retry would only blow the turn's time budget.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        var client = new AzureOpenAIClient(_options.Endpoint!, new ApiKeyCredential(_options.ApiKey!), clientOptions);
        return client.GetChatClient(_options.Deployment!);
    }
}
