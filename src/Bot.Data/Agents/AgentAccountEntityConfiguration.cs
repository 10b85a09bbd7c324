using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Agents;

internal sealed class AgentAccountEntityConfiguration : IEntityTypeConfiguration<AgentAccountEntity>
{
    public void Configure(EntityTypeBuilder<AgentAccountEntity> builder)
    {
        builder.ToTable("AgentAccounts");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasMaxLength(64);
        builder.Property(e => e.UserName).HasMaxLength(128);
        builder.Property(e => e.NormalizedUserName).HasMaxLength(128);
        builder.HasIndex(e => e.NormalizedUserName).IsUnique();
        builder.Property(e => e.DisplayName).HasMaxLength(128);
        builder.Property(e => e.PasswordHash).HasMaxLength(512);
        builder.Property(e => e.Roles).HasConversion<string>().HasMaxLength(64);
        builder.Property(e => e.Skills).HasMaxLength(256);
        builder.Property(e => e.Languages).HasMaxLength(64);
        builder.Property(e => e.Presence).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.TeamsAadObjectId).HasMaxLength(64);
        builder.HasIndex(e => e.TeamsAadObjectId).IsUnique().HasFilter("TeamsAadObjectId IS NOT NULL");
    }
}
