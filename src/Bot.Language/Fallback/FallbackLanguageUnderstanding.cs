using Bot.Domain.Language;
using Bot.Language.AzureOpenAI;
using Microsoft.Extensions.Logging;

namespace Bot.Language.Fallback;

/// <summary>
/// Asks the model first and the offline recogniser on any failure (timeout, HTTP error, malformed or off-schema JSON,
/// an intent outside the list, open circuit). After a model answer the offline recogniser still runs (it is local and
/// cheap) and the identifiers it finds by format — tracking numbers, complaint references, phone numbers — are added
/// when the model missed them: a format match is certain, a model's recall of long identifiers is not.
/// </summary>
public sealed class FallbackLanguageUnderstanding(
    ILanguageUnderstanding model, ILanguageUnderstanding offline, ILogger<FallbackLanguageUnderstanding> logger) : ILanguageUnderstanding
{
    private static readonly EntityKind[] CertainKinds = [EntityKind.TrackingNumber, EntityKind.ComplaintReference, EntityKind.PhoneNumber];

    public async Task<Understanding> UnderstandAsync(UnderstandingRequest request, CancellationToken cancellationToken)
    {
        Understanding fromModel;
        try
        {
            fromModel = await model.UnderstandAsync(request, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        // Exceptions are not logged whole: an inner error's text could quote the customer's message.
        catch (LanguageModelException exception) when (exception.Failure == LanguageModelFailure.NotConfigured)
        {
            return await offline.UnderstandAsync(request, cancellationToken);
        }
        catch (LanguageModelException exception)
        {
            FallbackLog.ModelFailed(logger, exception.Failure.ToString(), exception.Status, exception.InnerException?.GetType().Name);
            return await offline.UnderstandAsync(request, cancellationToken);
        }
        catch (Exception exception)
        {
            FallbackLog.ModelFailed(logger, "Unexpected", null, exception.GetType().Name);
            return await offline.UnderstandAsync(request, cancellationToken);
        }

        var fromOffline = await offline.UnderstandAsync(request, cancellationToken);
        var missed = fromOffline.Entities
            .Where(e => CertainKinds.Contains(e.Kind) && !fromModel.Entities.Any(m => m.Kind == e.Kind && m.Value == e.Value))
            .ToList();
        if (missed.Count == 0)
        {
            return fromModel;
        }
        FallbackLog.EntitiesMerged(logger, missed.Count);
        return fromModel with { Entities = [.. fromModel.Entities, .. missed] };
    }
}
