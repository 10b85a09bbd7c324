using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Storage;

internal sealed class StateEntryConfiguration : IEntityTypeConfiguration<StateEntry>
{
    public void Configure(EntityTypeBuilder<StateEntry> builder)
    {
        builder.ToTable("StateEntries");
        builder.HasKey(e => e.Key);
        builder.Property(e => e.Key).HasMaxLength(512);
        builder.Property(e => e.ETag).HasMaxLength(64).IsConcurrencyToken();
    }
}
