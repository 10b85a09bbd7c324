using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Customers;

internal sealed class CustomerContactEntityConfiguration : IEntityTypeConfiguration<CustomerContactEntity>
{
    public void Configure(EntityTypeBuilder<CustomerContactEntity> builder)
    {
        builder.ToTable("CustomerContacts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.CustomerId).HasMaxLength(64);
        builder.Property(e => e.Name).HasMaxLength(200);
        builder.Property(e => e.Phone).HasMaxLength(32);
        builder.Property(e => e.Email).HasMaxLength(256);
        // AAD object ids are GUIDs that Teams may send in any case; NOCASE keeps the lookup indexed.
        builder.Property(e => e.AadObjectId).HasMaxLength(64).UseCollation("NOCASE");
        builder.HasIndex(e => e.AadObjectId);
    }
}
