using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Surveys;

internal sealed class SurveyResponseEntityConfiguration : IEntityTypeConfiguration<SurveyResponseEntity>
{
    public void Configure(EntityTypeBuilder<SurveyResponseEntity> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.ConversationChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.Trigger).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.HandledBy).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.AgentId).HasMaxLength(200);
        builder.Property(e => e.TrackingNumber).HasMaxLength(32);
        builder.Property(e => e.ComplaintReference).HasMaxLength(32);
        builder.Property(e => e.Comment).HasMaxLength(4000);
        builder.Property(e => e.Channel).HasMaxLength(64);
        builder.Property(e => e.Locale).HasMaxLength(32);
        builder.Property(e => e.CustomerId).HasMaxLength(64);
        builder.HasIndex(e => new { e.ConversationChannelId, e.ConversationId });
        builder.HasIndex(e => e.At);
    }
}
