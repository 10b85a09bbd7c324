using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bot.Data.Subscriptions;

internal sealed class TrackingSubscriptionEntityConfiguration : IEntityTypeConfiguration<TrackingSubscriptionEntity>
{
    public void Configure(EntityTypeBuilder<TrackingSubscriptionEntity> builder)
    {
        builder.ToTable("TrackingSubscriptions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.TrackingNumber).HasMaxLength(32);
        builder.Property(e => e.ConversationChannelId).HasMaxLength(64);
        builder.Property(e => e.ConversationId).HasMaxLength(512);
        builder.Property(e => e.Locale).HasMaxLength(32);
        // Leading with the number, this index also serves the "who follows this shipment" lookup.
        builder.HasIndex(e => new { e.TrackingNumber, e.ConversationChannelId, e.ConversationId }).IsUnique();
    }
}
