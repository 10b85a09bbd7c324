using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Agents;

internal sealed class CannedResponseEntityConfiguration : IEntityTypeConfiguration<CannedResponseEntity>
{
    public void Configure(EntityTypeBuilder<CannedResponseEntity> builder)
    {
        builder.ToTable("CannedResponses");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Title).HasMaxLength(200);
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.Language).HasMaxLength(16);
        builder.Property(e => e.CreatedBy).HasMaxLength(64);
        builder.HasIndex(e => new { e.Language, e.Title });
    }
}
