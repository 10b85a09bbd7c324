using Bot.Data.Import;
using Bot.Domain.Shipments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Bot.Host.Operations;

/// <summary><c>POST /api/operations/import</c> (a JSON document or one CSV file) and
/// <c>POST /api/operations/shipments/{trackingNumber}/events</c> (one real-time event).</summary>
internal static class ImportApi
{
    public static RouteGroupBuilder MapImport(this RouteGroupBuilder group)
    {
        group.MapPost("/import", ImportAsync);
        group.MapPost("/shipments/{trackingNumber}/events", RecordEventAsync);
        return group;
    }

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(
        HttpRequest request,
        string? kind,
        ShipmentImporter importer,
        OperationsNotifications notifications,
        IOptions<OperationsOptions> options,
        ILoggerFactory loggers,
        CancellationToken ct)
    {
        var mediaType = RequestBody.MediaType(request);
        var json = RequestBody.IsJson(mediaType);
        if (!json && !RequestBody.IsCsv(mediaType))
        {
            return OperationsProblems.UnsupportedMediaType("application/json (the import document) or text/csv (one file, ?kind=customers|shipments|events)");
        }

        ImportKind? csvKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!ImportValues.TryParseKind(kind, out var parsed))
            {
                return OperationsProblems.Status(StatusCodes.Status400BadRequest, "kind must be customers, shipments or events.");
            }
            csvKind = parsed;
        }

        var (body, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxImportBytes, ct);
        if (tooLarge is not null)
        {
            return tooLarge;
        }
        if (body!.Length == 0)
        {
            return OperationsProblems.Status(StatusCodes.Status400BadRequest, "The body is empty.");
        }

        var batch = json ? JsonImportReader.Read(body, null) : CsvImportReader.Read(body, null, csvKind);
        var result = await importer.ImportAsync(batch, ct);
        var logger = loggers.CreateLogger(typeof(ImportApi).FullName!);
        if (!result.Succeeded)
        {
            OperationsLog.ImportRejected(logger, result.Problems.Count);
            return OperationsProblems.Invalid(result.Problems);
        }

        var (customers, shipments, events) = (result.Summary.Customers, result.Summary.Shipments, result.Summary.Events);
        OperationsLog.ImportCommitted(logger, customers.Inserted, customers.Updated, customers.Skipped,
            shipments.Inserted, shipments.Updated, shipments.Skipped, events.Inserted, events.Skipped);
        await notifications.ShipmentEventsRecordedAsync(result.NewEvents);
        return TypedResults.Ok(result.Summary);
    }

    private static async Task<Results<Created<RecordedEventResponse>, Ok<RecordedEventResponse>, ProblemHttpResult>> RecordEventAsync(
        string trackingNumber,
        HttpRequest request,
        ShipmentImporter importer,
        OperationsNotifications notifications,
        IOptions<OperationsOptions> options,
        CancellationToken ct)
    {
        if (!TrackingNumber.TryParse(trackingNumber, out var number))
        {
            return OperationsProblems.Status(StatusCodes.Status400BadRequest,
                "The tracking number is 6 to 32 letters and digits (spaces and dashes allowed).");
        }
        if (!RequestBody.IsJson(RequestBody.MediaType(request)))
        {
            return OperationsProblems.UnsupportedMediaType("application/json");
        }

        var (body, tooLarge) = await RequestBody.ReadAsync(request, options.Value.MaxImportBytes, ct);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var batch = JsonImportReader.ReadEvent(body!, number);
        if (batch.Problems.Count > 0)
        {
            var syntax = batch.Problems.Any(p => p.Kind == ImportProblemKind.Syntax);
            return OperationsProblems.Invalid(batch.Problems, syntax ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity);
        }

        var result = await importer.ImportAsync(batch, ct);
        if (!result.Succeeded)
        {
            return result.Problems.Any(p => p.Kind == ImportProblemKind.UnknownShipment)
                ? OperationsProblems.Status(StatusCodes.Status404NotFound, $"There is no shipment {number.Value}.")
                : OperationsProblems.Invalid(result.Problems);
        }

        var scan = batch.Events[0].Event;
        var response = new RecordedEventResponse(number.Value, ImportValues.StageName(scan.Stage), scan.Location, scan.At,
            scan.SignedBy, scan.ExceptionReason, Duplicate: result.NewEvents.Count == 0);
        if (response.Duplicate)
        {
            return TypedResults.Ok(response);
        }

        await notifications.ShipmentEventsRecordedAsync(result.NewEvents);
        return TypedResults.Created($"/api/operations/shipments/{number.Value}/events", response);
    }
}
