using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Conversations;

internal sealed class TranscriptEntryConfiguration : IEntityTypeConfiguration<TranscriptEntry>
{
    public void Configure(EntityTypeBuilder<TranscriptEntry> builder)
    {
        builder.ToTable("TranscriptEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.ActivityId).HasMaxLength(512);
        builder.Property(e => e.Direction).HasMaxLength(8);
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.HasIndex(e => new { e.ChannelId, e.ConversationId, e.Id });
    }
}
