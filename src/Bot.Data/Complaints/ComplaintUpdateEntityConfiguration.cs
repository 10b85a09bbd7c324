using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Complaints;

internal sealed class ComplaintUpdateEntityConfiguration : IEntityTypeConfiguration<ComplaintUpdateEntity>
{
    public void Configure(EntityTypeBuilder<ComplaintUpdateEntity> builder)
    {
        builder.ToTable("ComplaintUpdates");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.Author).HasMaxLength(200);
        builder.HasIndex(e => new { e.ComplaintId, e.At });
    }
}
