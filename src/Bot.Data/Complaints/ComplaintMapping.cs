using Bot.Domain.Complaints;
using Bot.Domain.Conversations;
using Bot.Domain.Shipments;

namespace Bot.Data.Complaints;

/// <summary>Converts between the complaint rows and the domain <see cref="Complaint"/>; times are written in UTC.</summary>
public static class ComplaintMapping
{
    /// <summary>The domain complaint, its lifecycle checked by <see cref="ComplaintLifecycle.Restore"/>; notes in the order stored.</summary>
    public static Complaint ToDomain(ComplaintEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var details = new NewComplaint(
            entity.OpenedAt,
            entity.Channel,
            entity.ConversationChannelId is { } channelId && entity.ConversationId is { } conversationId
                ? new ConversationAddress(channelId, conversationId)
                : null,
            entity.Locale,
            entity.CustomerId,
            entity.Tier,
            entity.ContactPhone,
            entity.TrackingNumber is null ? null : TrackingNumber.Parse(entity.TrackingNumber),
            entity.Category,
            entity.Description,
            entity.Summary,
            entity.DesiredResolution,
            entity.PromisedBy,
            entity.Department,
            entity.Severity,
            entity.PhotoCount,
            entity.IntakeEscalationReason);
        var resolution = entity.ResolutionSummary is { } summary
            ? new ComplaintResolution(
                summary,
                new Compensation(entity.CompensationKind ?? CompensationKind.None, entity.CompensationAmount ?? 0),
                entity.RootCause,
                entity.ResolvedAt ?? entity.OpenedAt)
            : null;
        return Complaint.Restore(
            new ComplaintReference(entity.Year, entity.Serial),
            details,
            ComplaintLifecycle.Restore(entity.Status, entity.SatisfiedWithResult, entity.ReopenCount),
            entity.EscalationReason,
            resolution,
            entity.ClosedAt,
            entity.Updates.OrderBy(u => u.Id).Select(u => new ComplaintUpdate(u.At, u.Text, u.Author)));
    }

    /// <summary>A new row for the complaint with its state and all its notes, ready to be added to the context.</summary>
    public static ComplaintEntity ToEntity(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var details = complaint.Details;
        var entity = new ComplaintEntity
        {
            Reference = complaint.Reference.ToString(),
            Year = complaint.Reference.Year,
            Serial = complaint.Reference.Serial,
            OpenedAt = details.OpenedAt.ToUniversalTime(),
            Channel = details.Channel,
            ConversationChannelId = details.Conversation?.ChannelId,
            ConversationId = details.Conversation?.ConversationId,
            Locale = details.Locale,
            CustomerId = details.CustomerId,
            Tier = details.Tier,
            ContactPhone = details.ContactPhone,
            TrackingNumber = details.TrackingNumber?.Value,
            Category = details.Category,
            Description = details.Description,
            Summary = details.Summary,
            DesiredResolution = details.DesiredResolution,
            PromisedBy = details.PromisedBy.ToUniversalTime(),
            Department = details.Department,
            Severity = details.Severity,
            PhotoCount = details.PhotoCount,
            IntakeEscalationReason = details.EscalationReason,
        };
        ApplyState(complaint, entity);
        entity.Updates.AddRange(complaint.Updates.Select(ToEntity));
        return entity;
    }

    /// <summary>Copies what can change after intake (lifecycle, escalation, resolution, closure) onto the row; not the notes.</summary>
    public static void ApplyState(Complaint complaint, ComplaintEntity entity)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(entity);
        entity.Status = complaint.Status;
        entity.SatisfiedWithResult = complaint.Lifecycle.SatisfiedWithResult;
        entity.ReopenCount = complaint.Lifecycle.ReopenCount;
        entity.EscalationReason = complaint.EscalationReason;
        var resolution = complaint.Resolution;
        entity.ResolutionSummary = resolution?.Summary;
        entity.CompensationKind = resolution?.Compensation.Kind;
        entity.CompensationAmount = resolution?.Compensation.Amount;
        entity.RootCause = resolution?.RootCause;
        entity.ResolvedAt = resolution?.ResolvedAt.ToUniversalTime();
        entity.ClosedAt = complaint.ClosedAt?.ToUniversalTime();
    }

    /// <summary>A new row for one note (its complaint id is set when it is added to a complaint row).</summary>
    public static ComplaintUpdateEntity ToEntity(ComplaintUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return new ComplaintUpdateEntity { At = update.At.ToUniversalTime(), Text = update.Text, Author = update.Author };
    }
}
