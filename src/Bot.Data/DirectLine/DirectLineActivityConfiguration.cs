using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.DirectLine;

internal sealed class DirectLineActivityConfiguration : IEntityTypeConfiguration<DirectLineActivity>
{
    public void Configure(EntityTypeBuilder<DirectLineActivity> builder)
    {
        builder.ToTable("DirectLineActivities");
        builder.HasKey(e => new { e.ConversationId, e.Sequence });
        builder.Property(e => e.ConversationId).HasMaxLength(128);
        builder.Property(e => e.ActivityId).HasMaxLength(160);
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.HasIndex(e => e.ActivityId);
    }
}
