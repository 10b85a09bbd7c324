using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Surveys;

internal sealed class SurveyOfferEntityConfiguration : IEntityTypeConfiguration<SurveyOfferEntity>
{
    public void Configure(EntityTypeBuilder<SurveyOfferEntity> builder)
    {
        builder.ToTable("SurveyOffers");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.ConversationChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.Trigger).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.HandledBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.AgentId).HasMaxLength(200);
        builder.Property(e => e.TrackingNumber).HasMaxLength(32);
        builder.Property(e => e.ComplaintReference).HasMaxLength(32);
        // The once-only rule (R15): one offer per conversation, one per complaint. SQLite lets many rows have a null
        // complaint reference under a unique index, which is what offers about shipments need.
        builder.HasIndex(e => new { e.ConversationChannelId, e.ConversationId }).IsUnique();
        builder.HasIndex(e => e.ComplaintReference).IsUnique();
    }
}
