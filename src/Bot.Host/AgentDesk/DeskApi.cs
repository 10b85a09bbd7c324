using Bot.Domain.Handoff;
using Bot.Host.Handoff;
using Bot.Host.TeamsAgents;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bot.Host.AgentDesk;

/// <summary>
/// The desk's JSON reads for tools and tests, under <c>/agent/api</c> (desk cookie): the queue, one conversation, the
/// accounts (transfer list; admins create them and link them to Teams users) and the outcome codes. Actions go through
/// the hub.
/// </summary>
internal static class DeskApi
{
    public static void MapDeskApi(this RouteGroupBuilder api)
    {
        api.MapGet("/queue", QueueAsync);
        api.MapGet("/conversations/{escalationId}", ConversationAsync);
        api.MapGet("/agents", AgentsAsync);
        api.MapPost("/agents", CreateAgentAsync).RequireAuthorization(DeskRoles.AdminPolicy).AddEndpointFilter<DeskRequestGuard>();
        api.MapPut("/agents/{agentId}/teams", LinkTeamsAsync).RequireAuthorization(DeskRoles.AdminPolicy).AddEndpointFilter<DeskRequestGuard>();
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
        NewAgentRequest request, DeskAccounts accounts, IAgentAccountStore store, CancellationToken ct)
    {
        var teamsId = string.IsNullOrWhiteSpace(request.TeamsAadObjectId) ? null : request.TeamsAadObjectId.Trim();
        if (teamsId is not null && await TeamsLinkRefusalAsync(store, null, teamsId, ct) is { } refused)
        {
            return refused;
        }
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
        if (created.Account is { } made && teamsId is not null
            && await store.UpdateAsync(made with { TeamsAadObjectId = teamsId }, ct)
            && await store.FindAsync(made.Id, ct) is { } linked)
        {
            created = created with { Account = linked };
        }
        return created.Account is { } account
            ? TypedResults.Json(new CreatedAgentView(DeskAgentView.From(account), created.GeneratedPassword),
                DeskJsonContext.Default.CreatedAgentView, statusCode: StatusCodes.Status201Created)
            : Invalid(created.Error ?? "The account was not created.");
    }

    // Links (or with an empty id unlinks) a desk account and a Teams user, so they can act in the agents' channel.
    private static async Task<Results<JsonHttpResult<DeskAgentView>, ProblemHttpResult>> LinkTeamsAsync(
        string agentId, TeamsLinkRequest request, IAgentAccountStore store, CancellationToken ct)
    {
        if (await store.FindAsync(agentId, ct) is not { } account)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such account.");
        }
        var teamsId = string.IsNullOrWhiteSpace(request.AadObjectId) ? null : request.AadObjectId.Trim();
        if (teamsId is not null && await TeamsLinkRefusalAsync(store, account.Id, teamsId, ct) is { } refused)
        {
            return refused;
        }
        if (!await store.UpdateAsync(account with { TeamsAadObjectId = teamsId }, ct) || await store.FindAsync(agentId, ct) is not { } saved)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The Teams user is linked to another account.");
        }
        return TypedResults.Json(DeskAgentView.From(saved), DeskJsonContext.Default.DeskAgentView);
    }

    private static async Task<ProblemHttpResult?> TeamsLinkRefusalAsync(IAgentAccountStore store, string? agentId, string teamsId, CancellationToken ct)
    {
        if (!TeamsAgentLinks.IsValid(teamsId))
        {
            return Invalid($"A Teams object id is 1 to {TeamsAgentLinks.MaxLength} characters without spaces.");
        }
        return await store.FindByTeamsAadObjectIdAsync(teamsId, ct) is { } linked && linked.Id != agentId
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: $"The Teams user is already linked to '{linked.UserName}'.")
            : null;
    }

    private static ProblemHttpResult Invalid(string title) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title);
}
