using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Handoff;

internal sealed class OwnershipTransitionEntityConfiguration : IEntityTypeConfiguration<OwnershipTransitionEntity>
{
    public void Configure(EntityTypeBuilder<OwnershipTransitionEntity> builder)
    {
        builder.ToTable("OwnershipTransitions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.ConversationChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.To).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Actor).HasMaxLength(64);
        builder.Property(e => e.Reason).HasMaxLength(64);
        builder.Property(e => e.AgentId).HasMaxLength(64);
        builder.Property(e => e.EscalationId).HasMaxLength(64);
        builder.HasIndex(e => new { e.ConversationChannelId, e.ConversationId, e.Sequence }).IsUnique();
        builder.HasIndex(e => e.EscalationId);
    }
}
