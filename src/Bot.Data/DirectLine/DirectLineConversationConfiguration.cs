using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.DirectLine;

internal sealed class DirectLineConversationConfiguration : IEntityTypeConfiguration<DirectLineConversation>
{
    public void Configure(EntityTypeBuilder<DirectLineConversation> builder)
    {
        builder.ToTable("DirectLineConversations");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(128);
        builder.Property(e => e.UserId).HasMaxLength(256);
        builder.Property(e => e.Locale).HasMaxLength(32);
        builder.Property(e => e.LastSequence).IsConcurrencyToken();
    }
}
