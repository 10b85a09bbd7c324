using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.DirectLine;

internal sealed class DirectLineAttachmentConfiguration : IEntityTypeConfiguration<DirectLineAttachment>
{
    public void Configure(EntityTypeBuilder<DirectLineAttachment> builder)
    {
        builder.ToTable("DirectLineAttachments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(128);
        builder.Property(e => e.ContentType).HasMaxLength(128);
        builder.Property(e => e.Name).HasMaxLength(256);
        builder.HasIndex(e => e.ConversationId);
    }
}
