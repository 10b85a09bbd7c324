using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Storage;

internal sealed class ConversationLeaseConfiguration : IEntityTypeConfiguration<ConversationLease>
{
    public void Configure(EntityTypeBuilder<ConversationLease> builder)
    {
        builder.ToTable("ConversationLeases");
        builder.HasKey(e => e.ConversationKey);
        builder.Property(e => e.ConversationKey).HasMaxLength(512);
        builder.Property(e => e.Owner).HasMaxLength(128);
    }
}
