using Bot.Data.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Shipments;

internal sealed class ShipmentEntityConfiguration : IEntityTypeConfiguration<ShipmentEntity>
{
    public void Configure(EntityTypeBuilder<ShipmentEntity> builder)
    {
        builder.ToTable("Shipments");
        builder.HasKey(e => e.TrackingNumber);
        builder.Property(e => e.TrackingNumber).HasMaxLength(32);
        builder.Property(e => e.CustomerId).HasMaxLength(64);
        builder.Property(e => e.ShipperName).HasMaxLength(200);
        builder.Property(e => e.ShipperPhone).HasMaxLength(32);
        builder.Property(e => e.ShipperAddress).HasMaxLength(500);
        builder.Property(e => e.ConsigneeName).HasMaxLength(200);
        builder.Property(e => e.ConsigneePhone).HasMaxLength(32);
        builder.Property(e => e.ConsigneeAddress).HasMaxLength(500);
        builder.HasOne<CustomerEntity>().WithMany().HasForeignKey(e => e.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Events).WithOne().HasForeignKey(e => e.TrackingNumber).OnDelete(DeleteBehavior.Cascade);
    }
}
