using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Complaints;

internal sealed class ComplaintEntityConfiguration : IEntityTypeConfiguration<ComplaintEntity>
{
    public void Configure(EntityTypeBuilder<ComplaintEntity> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Reference).HasMaxLength(32);
        builder.HasIndex(e => e.Reference).IsUnique();
        // The reference allocator relies on this index: two concurrent creates can never share a serial.
        builder.HasIndex(e => new { e.Year, e.Serial }).IsUnique();
        builder.Property(e => e.Channel).HasMaxLength(64);
        builder.Property(e => e.ConversationChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.Locale).HasMaxLength(32);
        builder.Property(e => e.CustomerId).HasMaxLength(64);
        builder.Property(e => e.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ContactPhone).HasMaxLength(32);
        builder.Property(e => e.TrackingNumber).HasMaxLength(32);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.Description).HasMaxLength(4000);
        builder.Property(e => e.Summary).HasMaxLength(4000);
        builder.Property(e => e.DesiredResolution).HasMaxLength(2000);
        builder.Property(e => e.Department).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Severity).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.IntakeEscalationReason).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.EscalationReason).HasConversion<string>().HasMaxLength(48);
        builder.Property(e => e.ResolutionSummary).HasMaxLength(4000);
        builder.Property(e => e.CompensationKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.RootCause).HasMaxLength(2000);
        builder.HasIndex(e => new { e.Status, e.PromisedBy });
        builder.HasIndex(e => e.CustomerId);
        builder.HasIndex(e => e.TrackingNumber);
        builder.HasMany(e => e.Updates).WithOne().HasForeignKey(u => u.ComplaintId).OnDelete(DeleteBehavior.Cascade);
    }
}
