using Bot.Domain.Handoff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Handoff;

internal sealed class EscalationEntityConfiguration : IEntityTypeConfiguration<EscalationEntity>
{
    // Must match Escalation.IsOpen.
    internal static readonly EscalationState[] OpenStates =
        [EscalationState.Queued, EscalationState.Assigned, EscalationState.Resolved, EscalationState.External];

    public void Configure(EntityTypeBuilder<EscalationEntity> builder)
    {
        builder.ToTable("Escalations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.ConversationChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.Channel).HasMaxLength(64);
        builder.Property(e => e.CustomerId).HasMaxLength(64);
        builder.Property(e => e.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Skill).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Language).HasMaxLength(16);
        builder.Property(e => e.Summary).HasMaxLength(4000);
        builder.Property(e => e.TrackingNumbers).HasMaxLength(1000);
        builder.Property(e => e.ComplaintReferences).HasMaxLength(1000);
        builder.Property(e => e.ResumeHint).HasMaxLength(200);
        builder.Property(e => e.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.AssignedAgentId).HasMaxLength(64);
        builder.Property(e => e.OutcomeCode).HasMaxLength(64);
        builder.Property(e => e.ConcurrencyToken).HasMaxLength(64).IsConcurrencyToken();
        // At most one open escalation per conversation: a second request while queued cannot slip in.
        var open = string.Join(", ", OpenStates.Select(s => $"'{s}'"));
        builder.HasIndex(e => new { e.ConversationChannelId, e.ConversationId })
            .IsUnique()
            .HasFilter($"\"State\" IN ({open})")
            .HasDatabaseName("IX_Escalations_OpenConversation");
        builder.HasIndex(e => new { e.ConversationChannelId, e.ConversationId, e.QueuedAt });
        builder.HasIndex(e => new { e.State, e.QueuedAt });
        builder.HasIndex(e => e.ResolvedAt);
    }
}
