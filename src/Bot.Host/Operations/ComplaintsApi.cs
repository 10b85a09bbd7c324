using System.Text.Json;
using Bot.Domain.Complaints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.Host.Operations;

/// <summary>Operators read a complaint, add progress updates and resolve it; the customer's conversation is told.</summary>
internal static class ComplaintsApi
{
    private const int MaxTextLength = 4000;
    private const int MaxAuthorLength = 200;
    private const int MaxRootCauseLength = 2000;

    public static RouteGroupBuilder MapComplaints(this RouteGroupBuilder group)
    {
        group.MapGet("/complaints/{reference}", GetAsync);
        group.MapPost("/complaints/{reference}/updates", AddUpdateAsync);
        group.MapPost("/complaints/{reference}/resolve", ResolveAsync);
        return group;
    }

    private static async Task<Results<Ok<ComplaintView>, ProblemHttpResult>> GetAsync(
        string reference, IComplaintStore complaints, TimeProvider time, CancellationToken ct)
    {
        var (complaint, problem) = await FindAsync(reference, complaints, ct);
        return complaint is null ? problem! : TypedResults.Ok(ComplaintView.From(complaint, time.GetUtcNow()));
    }

    private static async Task<Results<Ok<ComplaintView>, ValidationProblem, ProblemHttpResult>> AddUpdateAsync(
        string reference,
        HttpRequest http,
        IComplaintStore complaints,
        OperationsNotifications notifications,
        TimeProvider time,
        CancellationToken ct)
    {
        var (request, invalid) = await RequestBody.ReadJsonAsync(http, OperationsJsonContext.Default.ComplaintUpdateRequest, ct);
        if (request is null)
        {
            return invalid!;
        }

        var errors = new Dictionary<string, string[]>();
        Require(errors, "text", request.Text, MaxTextLength);
        Require(errors, "author", request.Author, MaxAuthorLength);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (complaint, problem) = await FindAsync(reference, complaints, ct);
        if (complaint is null)
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        complaint.AddUpdate(new ComplaintUpdate(now, request.Text!.Trim(), request.Author!.Trim()));
        await complaints.SaveAsync(complaint, ct);
        await notifications.ComplaintChangedAsync(complaint, ComplaintChange.ProgressUpdated);
        return TypedResults.Ok(ComplaintView.From(complaint, now));
    }

    private static async Task<Results<Ok<ComplaintView>, ValidationProblem, ProblemHttpResult>> ResolveAsync(
        string reference,
        HttpRequest http,
        IComplaintStore complaints,
        OperationsNotifications notifications,
        TimeProvider time,
        CancellationToken ct)
    {
        var (request, invalid) = await RequestBody.ReadJsonAsync(http, OperationsJsonContext.Default.ComplaintResolveRequest, ct);
        if (request is null)
        {
            return invalid!;
        }

        var errors = new Dictionary<string, string[]>();
        Require(errors, "resolution", request.Resolution, MaxTextLength);
        if (request.RootCause is { Length: > MaxRootCauseLength })
        {
            errors["rootCause"] = [$"rootCause must be at most {MaxRootCauseLength} characters."];
        }
        var compensation = Compensation(request.Compensation, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var (complaint, problem) = await FindAsync(reference, complaints, ct);
        if (complaint is null)
        {
            return problem!;
        }

        var now = time.GetUtcNow();
        try
        {
            complaint.Resolve(new ComplaintResolution(request.Resolution!.Trim(), compensation!, string.IsNullOrWhiteSpace(request.RootCause) ? null : request.RootCause.Trim(), now));
        }
        catch (InvalidOperationException)
        {
            return OperationsProblems.Status(StatusCodes.Status409Conflict,
                $"Complaint {complaint.Reference} is {JsonNamingPolicy.CamelCase.ConvertName(complaint.Status.ToString())}; only an open or in-progress complaint can be resolved.");
        }

        await complaints.SaveAsync(complaint, ct);
        await notifications.ComplaintChangedAsync(complaint, ComplaintChange.Resolved);
        return TypedResults.Ok(ComplaintView.From(complaint, now));
    }

    private static async Task<(Complaint? Complaint, ProblemHttpResult? Problem)> FindAsync(
        string reference, IComplaintStore complaints, CancellationToken ct)
    {
        if (!ComplaintReference.TryParse(reference, out var parsed))
        {
            return (null, OperationsProblems.Status(StatusCodes.Status400BadRequest, "A complaint reference looks like CMP-2026-000123."));
        }

        var complaint = await complaints.FindAsync(parsed, ct);
        return complaint is null
            ? (null, OperationsProblems.Status(StatusCodes.Status404NotFound, $"There is no complaint {parsed}."))
            : (complaint, null);
    }

    private static Compensation? Compensation(CompensationRequest? request, Dictionary<string, string[]> errors)
    {
        if (request is null)
        {
            return Bot.Domain.Complaints.Compensation.None;
        }

        var kind = CompensationKind.None;
        if (!string.IsNullOrWhiteSpace(request.Kind))
        {
            var named = Enum.GetValues<CompensationKind>()
                .Where(k => string.Equals(k.ToString(), request.Kind.Trim(), StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (named.Count == 0)
            {
                errors["compensation.kind"] = ["compensation.kind must be none, refund, discount or other."];
                return null;
            }
            kind = named[0];
        }
        if (request.Amount is < 0)
        {
            errors["compensation.amount"] = ["compensation.amount must not be negative."];
            return null;
        }
        return new Compensation(kind, request.Amount ?? 0);
    }

    private static void Require(Dictionary<string, string[]> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [$"{field} is required."];
        }
        else if (value.Length > maxLength)
        {
            errors[field] = [$"{field} must be at most {maxLength} characters."];
        }
    }
}
