using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Conversations;

internal sealed class ConversationRecordConfiguration : IEntityTypeConfiguration<ConversationRecord>
{
    public void Configure(EntityTypeBuilder<ConversationRecord> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(600);
        builder.Property(e => e.ChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.Locale).HasMaxLength(32);
        builder.HasIndex(e => e.LastActivityAt);
    }
}
