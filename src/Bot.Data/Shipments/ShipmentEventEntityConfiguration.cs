using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Shipments;

internal sealed class ShipmentEventEntityConfiguration : IEntityTypeConfiguration<ShipmentEventEntity>
{
    public void Configure(EntityTypeBuilder<ShipmentEventEntity> builder)
    {
        builder.ToTable("ShipmentEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.TrackingNumber).HasMaxLength(32);
        builder.Property(e => e.Stage).HasConversion<string>().HasMaxLength(32);
        builder.Property(e => e.Location).HasMaxLength(200);
        builder.Property(e => e.DescriptionKey).HasMaxLength(128);
        builder.Property(e => e.ExceptionReason).HasMaxLength(500);
        builder.Property(e => e.SignedBy).HasMaxLength(200);
        builder.HasIndex(e => new { e.TrackingNumber, e.At });
    }
}
