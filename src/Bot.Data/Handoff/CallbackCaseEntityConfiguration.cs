using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Handoff;

internal sealed class CallbackCaseEntityConfiguration : IEntityTypeConfiguration<CallbackCaseEntity>
{
    public void Configure(EntityTypeBuilder<CallbackCaseEntity> builder)
    {
        builder.ToTable("CallbackCases");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Reference).HasMaxLength(32);
        builder.HasIndex(e => e.Reference).IsUnique();
        // The reference allocator relies on this index: two concurrent creates can never share a serial.
        builder.HasIndex(e => new { e.Day, e.Serial }).IsUnique();
        builder.Property(e => e.ConversationChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.Language).HasMaxLength(16);
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.Property(e => e.Reason).HasMaxLength(64);
        builder.Property(e => e.EscalationId).HasMaxLength(64);
        builder.HasIndex(e => new { e.Done, e.CreatedAt });
    }
}
