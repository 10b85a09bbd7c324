using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.Host.AgentDesk;

/// <summary>
/// Canned responses under <c>/agent/api/canned</c>: every agent lists them (or gets them filled for a conversation);
/// supervisors and admins create, edit and delete them.
/// </summary>
internal static class CannedResponsesApi
{
    private const int MaxTitle = 80;
    private const int MaxText = 2000;

    public static void MapCannedResponses(this RouteGroupBuilder api)
    {
        api.MapGet("/canned", ListAsync);
        api.MapGet("/conversations/{escalationId}/canned", FilledAsync);

        var manage = api.MapGroup("/canned").RequireAuthorization(DeskRoles.SupervisorPolicy).AddEndpointFilter<DeskRequestGuard>();
        manage.MapPost("/", CreateAsync);
        manage.MapPut("/{id:long}", UpdateAsync);
        manage.MapDelete("/{id:long}", DeleteAsync);
    }

    private static async Task<JsonHttpResult<IReadOnlyList<CannedResponse>>> ListAsync(
        string? language, ICannedResponseStore store, CancellationToken ct) =>
        TypedResults.Json(await store.ListAsync(string.IsNullOrEmpty(language) ? null : language, ct),
            DeskJsonContext.Default.IReadOnlyListCannedResponse);

    // Filled on the server from the same conversation view the agent sees, so every client inserts the same text.
    private static async Task<Results<JsonHttpResult<IReadOnlyList<FilledCannedResponse>>, ProblemHttpResult>> FilledAsync(
        string escalationId, HttpContext context, IAgentDeskService desk, ICannedResponseStore store, CancellationToken ct)
    {
        var agent = DeskPrincipal.Agent(context.User);
        var (error, view) = await desk.ConversationAsync(agent, escalationId, ct);
        if (error != DeskActionError.None || view is null)
        {
            return DeskErrors.Problem(error == DeskActionError.None ? DeskActionError.NotFound : error);
        }
        IReadOnlyList<FilledCannedResponse> filled =
        [
            .. (await store.ListAsync(null, ct))
                .OrderBy(r => r.Language == view.Entry.Language ? 0 : 1)
                .Select(r => new FilledCannedResponse(r.Id, r.Title, CannedResponseText.Fill(r.Text, view, agent), r.Language)),
        ];
        return TypedResults.Json(filled, DeskJsonContext.Default.IReadOnlyListFilledCannedResponse);
    }

    private static async Task<Results<JsonHttpResult<CannedResponse>, ProblemHttpResult>> CreateAsync(
        CannedResponseRequest request, HttpContext context, ICannedResponseStore store, CancellationToken ct)
    {
        if (Problem(request) is { } problem)
        {
            return problem;
        }
        var created = await store.CreateAsync(request.Title!.Trim(), request.Text!.Trim(), request.Language!, DeskPrincipal.AgentId(context.User)!, ct);
        return TypedResults.Json(created, DeskJsonContext.Default.CannedResponse, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<Results<JsonHttpResult<CannedResponse>, ProblemHttpResult>> UpdateAsync(
        long id, CannedResponseRequest request, ICannedResponseStore store, CancellationToken ct)
    {
        if (Problem(request) is { } problem)
        {
            return problem;
        }
        var updated = await store.UpdateAsync(id, request.Title!.Trim(), request.Text!.Trim(), request.Language!, ct);
        return updated is null
            ? DeskErrors.Problem(DeskActionError.NotFound)
            : TypedResults.Json(updated, DeskJsonContext.Default.CannedResponse);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, ICannedResponseStore store, CancellationToken ct) =>
        await store.DeleteAsync(id, ct) ? TypedResults.NoContent() : DeskErrors.Problem(DeskActionError.NotFound);

    private static ProblemHttpResult? Problem(CannedResponseRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > MaxTitle)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"A title is 1 to {MaxTitle} characters.");
        }
        if (string.IsNullOrWhiteSpace(request.Text) || request.Text.Trim().Length > MaxText)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"A text is 1 to {MaxText} characters.");
        }
        return request.Language is "en" or "zh"
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The language is en or zh.");
    }
}
