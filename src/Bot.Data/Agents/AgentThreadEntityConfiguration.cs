using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Agents;

internal sealed class AgentThreadEntityConfiguration : IEntityTypeConfiguration<AgentThreadEntity>
{
    public void Configure(EntityTypeBuilder<AgentThreadEntity> builder)
    {
        builder.ToTable("AgentThreads");
        builder.HasKey(e => e.EscalationId);
        builder.Property(e => e.EscalationId).HasMaxLength(64);
        builder.Property(e => e.ServiceUrl).HasMaxLength(512);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.CardActivityId).HasMaxLength(128);
        builder.HasIndex(e => e.ConversationId).IsUnique();
    }
}
