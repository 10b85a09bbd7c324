using Bot.Data.Agents;
using Bot.Data.Complaints;
using Bot.Data.Conversations;
using Bot.Data.Customers;
using Bot.Data.DirectLine;
using Bot.Data.Handoff;
using Bot.Data.Shipments;
using Bot.Data.Storage;
using Bot.Data.Subscriptions;
using Bot.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bot.Data;

/// <summary>The shared store: one DbContext for everything the bot and the agents record.</summary>
public sealed class BotDbContext(DbContextOptions<BotDbContext> options) : DbContext(options)
{
    public DbSet<StateEntry> StateEntries => Set<StateEntry>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<ConversationLease> ConversationLeases => Set<ConversationLease>();
    public DbSet<TranscriptEntry> TranscriptEntries => Set<TranscriptEntry>();
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();
    public DbSet<DirectLineConversation> DirectLineConversations => Set<DirectLineConversation>();
    public DbSet<DirectLineActivity> DirectLineActivities => Set<DirectLineActivity>();
    public DbSet<DirectLineAttachment> DirectLineAttachments => Set<DirectLineAttachment>();
    public DbSet<CustomerEntity> Customers => Set<CustomerEntity>();
    public DbSet<CustomerContactEntity> CustomerContacts => Set<CustomerContactEntity>();
    public DbSet<ShipmentEntity> Shipments => Set<ShipmentEntity>();
    public DbSet<ShipmentEventEntity> ShipmentEvents => Set<ShipmentEventEntity>();
    public DbSet<TrackingSubscriptionEntity> TrackingSubscriptions => Set<TrackingSubscriptionEntity>();
    public DbSet<ComplaintEntity> Complaints => Set<ComplaintEntity>();
    public DbSet<ComplaintUpdateEntity> ComplaintUpdates => Set<ComplaintUpdateEntity>();
    public DbSet<SurveyOfferEntity> SurveyOffers => Set<SurveyOfferEntity>();
    public DbSet<SurveyResponseEntity> SurveyResponses => Set<SurveyResponseEntity>();
    public DbSet<AgentAccountEntity> AgentAccounts => Set<AgentAccountEntity>();
    public DbSet<CannedResponseEntity> CannedResponses => Set<CannedResponseEntity>();
    public DbSet<EscalationEntity> Escalations => Set<EscalationEntity>();
    public DbSet<OwnershipTransitionEntity> OwnershipTransitions => Set<OwnershipTransitionEntity>();
    public DbSet<InternalNoteEntity> InternalNotes => Set<InternalNoteEntity>();
    public DbSet<CallbackCaseEntity> CallbackCases => Set<CallbackCaseEntity>();
    public DbSet<AgentThreadEntity> AgentThreads => Set<AgentThreadEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BotDbContext).Assembly);

    // SQLite cannot order or compare DateTimeOffset; store it as a sortable number everywhere.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
