using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Storage;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("ProcessedActivities");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(1024);
        builder.HasIndex(e => e.ProcessedAt);
    }
}
