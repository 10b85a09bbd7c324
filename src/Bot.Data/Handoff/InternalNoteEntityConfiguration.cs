using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Handoff;

internal sealed class InternalNoteEntityConfiguration : IEntityTypeConfiguration<InternalNoteEntity>
{
    public void Configure(EntityTypeBuilder<InternalNoteEntity> builder)
    {
        builder.ToTable("InternalNotes");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.EscalationId).HasMaxLength(64);
        builder.Property(e => e.AgentId).HasMaxLength(64);
        builder.Property(e => e.Text).HasMaxLength(4000);
        builder.HasIndex(e => new { e.EscalationId, e.Id });
    }
}
