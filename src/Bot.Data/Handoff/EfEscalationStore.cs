using Bot.Data.Sqlite;
using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Handoff;
using Microsoft.EntityFrameworkCore;

namespace Bot.Data.Handoff;

internal sealed class EfEscalationStore(IDbContextFactory<BotDbContext> contexts, SqliteConnectionSource connections) : IEscalationStore
{
    private const string OwnerSql =
        "SELECT \"To\" FROM \"OwnershipTransitions\" WHERE \"ConversationChannelId\" = $channel AND \"ConversationId\" = $id " +
        "ORDER BY \"Sequence\" DESC LIMIT 1;";

    public async Task<IReadOnlyList<OwnershipTransition>> HistoryAsync(ConversationAddress conversation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.OwnershipTransitions.AsNoTracking()
            .Where(t => t.ConversationChannelId == conversation.ChannelId && t.ConversationId == conversation.ConversationId)
            .OrderBy(t => t.Sequence)
            .ToListAsync(ct);
        return [.. entities.Select(EscalationMapping.ToDomain)];
    }

    // On every turn: one indexed read on a pooled connection, not a DbContext.
    public async Task<OwnerState> OwnerOfAsync(ConversationAddress conversation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var session = await SqliteSession.OpenAsync(connections, ct);
        await using var command = session.Command(OwnerSql);
        command.Parameters.AddWithValue("$channel", conversation.ChannelId);
        command.Parameters.AddWithValue("$id", conversation.ConversationId);
        return await command.ExecuteScalarAsync(ct) is string owner ? Enum.Parse<OwnerState>(owner) : OwnerState.Bot;
    }

    public async Task<bool> TryOpenAsync(Escalation escalation, OwnershipTransition transition, int sequence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(transition);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Escalations.Add(EscalationMapping.ToEntity(escalation, EscalationMapping.NewToken()));
        db.OwnershipTransitions.Add(EscalationMapping.ToEntity(escalation.Conversation, sequence, transition, escalation.Id));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException exception) when (UniqueConstraint.IsViolatedBy(exception))
        {
            return false;
        }
    }

    public async Task<Escalation?> TryUpdateAsync(Escalation escalation, OwnershipTransition? transition, int sequence, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Escalations.SingleOrDefaultAsync(e => e.Id == escalation.Id, ct);
        if (entity is null || entity.ConcurrencyToken != escalation.Version)
        {
            return null;
        }
        EscalationMapping.Apply(escalation, entity);
        // EF checks the token it read in the UPDATE's WHERE clause, so a writer in between makes this save fail.
        entity.ConcurrencyToken = EscalationMapping.NewToken();
        if (transition is not null)
        {
            db.OwnershipTransitions.Add(EscalationMapping.ToEntity(escalation.Conversation, sequence, transition, escalation.Id));
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return EscalationMapping.ToDomain(entity);
        }
        catch (DbUpdateConcurrencyException)
        {
            return null;
        }
        catch (DbUpdateException exception) when (UniqueConstraint.IsViolatedBy(exception))
        {
            return null;
        }
    }

    public async Task<Escalation?> FindAsync(string escalationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Escalations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == escalationId, ct);
        return entity is null ? null : EscalationMapping.ToDomain(entity);
    }

    public async Task<Escalation?> FindOpenAsync(ConversationAddress conversation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entity = await db.Escalations.AsNoTracking()
            .Where(e => e.ConversationChannelId == conversation.ChannelId && e.ConversationId == conversation.ConversationId
                && EscalationEntityConfiguration.OpenStates.Contains(e.State))
            .FirstOrDefaultAsync(ct);
        return entity is null ? null : EscalationMapping.ToDomain(entity);
    }

    public async Task<IReadOnlyList<Escalation>> ListOpenAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.Escalations.AsNoTracking()
            .Where(e => EscalationEntityConfiguration.OpenStates.Contains(e.State))
            .OrderBy(e => e.QueuedAt)
            .ThenBy(e => e.Id)
            .ToListAsync(ct);
        return [.. entities.Select(EscalationMapping.ToDomain)];
    }

    public async Task<IReadOnlyList<TimeSpan>> RecentHandleTimesAsync(int count, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var finished = await db.Escalations.AsNoTracking()
            .Where(e => e.ClaimedAt != null && (e.ResolvedAt != null || e.HandedBackAt != null))
            .Select(e => new { e.ClaimedAt, Finished = e.ResolvedAt ?? e.HandedBackAt })
            .OrderByDescending(e => e.Finished)
            .Take(count)
            .ToListAsync(ct);
        return [.. finished.Select(e => e.Finished!.Value - e.ClaimedAt!.Value).Where(t => t >= TimeSpan.Zero)];
    }

    public async Task<bool> HasEscalatedAsync(string complaintReference, EscalationReason reason, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(complaintReference);
        await using var db = await contexts.CreateDbContextAsync(ct);
        // References are stored comma-separated; the commas around both sides make the match exact.
        var candidates = await db.Escalations.AsNoTracking()
            .Where(e => e.Reason == reason && e.ComplaintReferences.Contains(complaintReference))
            .Select(e => e.ComplaintReferences)
            .ToListAsync(ct);
        return candidates.Any(list => $",{list},".Contains($",{complaintReference},", StringComparison.Ordinal));
    }

    public async Task<InternalNote> AddNoteAsync(string escalationId, string agentId, string text, DateTimeOffset at, CancellationToken ct)
    {
        var entity = new InternalNoteEntity { EscalationId = escalationId, AgentId = agentId, Text = text, At = at.ToUniversalTime() };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.InternalNotes.Add(entity);
        await db.SaveChangesAsync(ct);
        return ToDomain(entity);
    }

    public async Task<IReadOnlyList<InternalNote>> NotesAsync(string escalationId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var entities = await db.InternalNotes.AsNoTracking()
            .Where(n => n.EscalationId == escalationId)
            .OrderBy(n => n.Id)
            .ToListAsync(ct);
        return [.. entities.Select(ToDomain)];
    }

    private static InternalNote ToDomain(InternalNoteEntity entity) => new(entity.Id, entity.EscalationId, entity.AgentId, entity.Text, entity.At);
}
