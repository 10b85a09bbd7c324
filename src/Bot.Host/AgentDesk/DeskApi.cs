using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.Host.AgentDesk;

/// <summary>
/// The desk's JSON reads for tools and tests, under <c>/agent/api</c> (desk cookie): the queue, one conversation, the
/// accounts (transfer list; admins create them) and the outcome codes. Actions go through the hub.
/// </summary>
internal static class DeskApi
{
    public static void MapDeskApi(this RouteGroupBuilder api)
    {
        api.MapGet("/queue", QueueAsync);
        api.MapGet("/conversations/{escalationId}", ConversationAsync);
        api.MapGet("/agents", AgentsAsync);
        api.MapPost("/agents", CreateAgentAsync).RequireAuthorization(DeskRoles.AdminPolicy).AddEndpointFilter<DeskRequestGuard>();
        api.MapGet("/outcomes", () => TypedResults.Json(OutcomeCodes.All, DeskJsonContext.Default.IReadOnlyListString));
    }

    private static async Task<JsonHttpResult<IReadOnlyList<QueueEntryView>>> QueueAsync(
        HttpContext context, IAgentDeskService desk, CancellationToken ct) =>
        TypedResults.Json(await desk.QueueAsync(DeskPrincipal.Agent(context.User), ct), DeskJsonContext.Default.IReadOnlyListQueueEntryView);

    private static async Task<Results<JsonHttpResult<ConversationView>, ProblemHttpResult>> ConversationAsync(
        string escalationId, HttpContext context, IAgentDeskService desk, CancellationToken ct)
    {
        var (error, view) = await desk.ConversationAsync(DeskPrincipal.Agent(context.User), escalationId, ct);
        return error == DeskActionError.None && view is not null
            ? TypedResults.Json(view, DeskJsonContext.Default.ConversationView)
            : DeskErrors.Problem(error == DeskActionError.None ? DeskActionError.NotFound : error);
    }

    private static async Task<JsonHttpResult<IReadOnlyList<DeskAgentView>>> AgentsAsync(IAgentAccountStore accounts, CancellationToken ct)
    {
        IReadOnlyList<DeskAgentView> views = [.. (await accounts.ListAsync(ct)).Select(DeskAgentView.From)];
        return TypedResults.Json(views, DeskJsonContext.Default.IReadOnlyListDeskAgentView);
    }

    private static async Task<Results<JsonHttpResult<CreatedAgentView>, ProblemHttpResult>> CreateAgentAsync(
        NewAgentRequest request, DeskAccounts accounts, CancellationToken ct)
    {
        if (!DeskAccountRules.TryParseRole(request.Role ?? DeskRoles.Agent, out var roles))
        {
            return Invalid("The role is agent, supervisor or admin.");
        }
        if (!DeskAccountRules.TryParseSkills(request.Skills ?? [], out var skills))
        {
            return Invalid($"Skills are {string.Join(", ", Enum.GetNames<Skill>())}.");
        }
        if (!DeskAccountRules.TryParseLanguages(request.Languages ?? [], out var languages))
        {
            return Invalid("Languages are en and zh.");
        }

        var created = await accounts.CreateAsync(
            new NewDeskAccount(request.UserName ?? "", request.DisplayName, roles, skills, languages,
                request.Capacity ?? AgentAccount.DefaultCapacity, string.IsNullOrEmpty(request.Password) ? null : request.Password),
            ct);
        return created.Account is { } account
            ? TypedResults.Json(new CreatedAgentView(DeskAgentView.From(account), created.GeneratedPassword),
                DeskJsonContext.Default.CreatedAgentView, statusCode: StatusCodes.Status201Created)
            : Invalid(created.Error ?? "The account was not created.");
    }

    private static ProblemHttpResult Invalid(string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title);
}
