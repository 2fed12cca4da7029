using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data.Configurations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// The portal's database. This type is the SQLite context (its migrations are in <c>Data/Migrations</c>);
/// <see cref="PostgreSqlComplianceDbContext"/> is the same model on PostgreSQL with its own migrations.
/// </summary>
public class ComplianceDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    public ComplianceDbContext(DbContextOptions<ComplianceDbContext> options, IDataProtectionProvider protectionProvider)
        : this((DbContextOptions)options, protectionProvider)
    {
    }

    /// <summary>For <see cref="PostgreSqlComplianceDbContext"/> (protected: DI must see one public constructor).</summary>
    protected ComplianceDbContext(DbContextOptions options, IDataProtectionProvider protectionProvider)
        : base(options) => ProtectionProvider = protectionProvider;

    /// <summary>Encrypts personal data columns; part of the model cache key (see <see cref="ProtectorAwareModelCacheKeyFactory"/>).</summary>
    public IDataProtectionProvider ProtectionProvider { get; }

    /// <summary>This context's hold on the audit chain while a save is under way (see <see cref="Interceptors.AuditChainLock"/>).</summary>
    internal Interceptors.AuditChainLock.Turn? ChainTurn { get; set; }

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<PrivacyRequest> PrivacyRequests => Set<PrivacyRequest>();

    public DbSet<RequestEvent> RequestEvents => Set<RequestEvent>();

    public DbSet<CalendarYearRecord> CalendarYears => Set<CalendarYearRecord>();

    public DbSet<DeadlineRuleSetting> DeadlineRules => Set<DeadlineRuleSetting>();

    public DbSet<AppSecret> AppSecrets => Set<AppSecret>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<LiqunCompliance.Domain.Register.PersonalInformationItem> InformationItems => Set<LiqunCompliance.Domain.Register.PersonalInformationItem>();

    public DbSet<RegisterEntryRecord> RegisterEntries => Set<RegisterEntryRecord>();

    public DbSet<RegisterEntryVersion> RegisterEntryVersions => Set<RegisterEntryVersion>();

    public DbSet<PublishedRegisterList> PublishedRegisterLists => Set<PublishedRegisterList>();

    public DbSet<LiqunCompliance.Domain.Policies.PolicyDocument> PolicyDocuments => Set<LiqunCompliance.Domain.Policies.PolicyDocument>();

    public DbSet<LiqunCompliance.Domain.Policies.PolicyRevision> PolicyRevisions => Set<LiqunCompliance.Domain.Policies.PolicyRevision>();

    public DbSet<LiqunCompliance.Domain.Incidents.Incident> Incidents => Set<LiqunCompliance.Domain.Incidents.Incident>();

    public DbSet<LiqunCompliance.Domain.Incidents.NoticeTemplate> NoticeTemplates => Set<LiqunCompliance.Domain.Incidents.NoticeTemplate>();

    public DbSet<IncidentSettingsRecord> IncidentSettings => Set<IncidentSettingsRecord>();

    public DbSet<ReportSubscription> ReportSubscriptions => Set<ReportSubscription>();

    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();

    public DbSet<RequestTally> RequestTallies => Set<RequestTally>();

    public DbSet<JobLease> JobLeases => Set<JobLease>();

    public DbSet<ReferenceCounter> ReferenceCounters => Set<ReferenceCounter>();

    public DbSet<PublishedAuditHeadRecord> PublishedAuditHeads => Set<PublishedAuditHeadRecord>();

    public DbSet<LiqunCompliance.Domain.Assessments.ImpactAssessment> ImpactAssessments => Set<LiqunCompliance.Domain.Assessments.ImpactAssessment>();

    public DbSet<LiqunCompliance.Domain.PrivacyCenter.ContactChallenge> ContactChallenges => Set<LiqunCompliance.Domain.PrivacyCenter.ContactChallenge>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ComplianceDbContext).Assembly);

        // Configurations that need a service are applied by hand (the scan skips them; see SkippedEntityTypeConfigurationWarning).
        var protect = new ProtectedStringConverter(ProtectionProvider.CreateProtector(ProtectedStringConverter.Purpose));
        builder.ApplyConfiguration(new PrivacyRequestConfiguration(protect, SqlDialect.For(Database)));
        builder.ApplyConfiguration(new ContactChallengeConfiguration(protect));
    }

    /// <summary>Saves; whatever happens (success, failure, concurrency conflict, cancellation), the audit chain is free afterwards.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally
        {
            AbandonChainTurn(evenHeld: false);
        }
    }

    /// <inheritdoc cref="SaveChanges(bool)"/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            await AbandonChainTurnAsync(evenHeld: false);
        }
    }

    public override void Dispose()
    {
        AbandonChainTurn(evenHeld: true);
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override async ValueTask DisposeAsync()
    {
        await AbandonChainTurnAsync(evenHeld: true);
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// A turn still held here was not committed by the interceptor: roll it back and free the chain. A turn held for
    /// several saves (<see cref="Interceptors.AuditChainLock.HoldAsync"/>) outlives each save and ends with its holder,
    /// or when the context is disposed (<paramref name="evenHeld"/>).
    /// </summary>
    private void AbandonChainTurn(bool evenHeld)
    {
        if (ChainTurn is { } turn && (evenHeld || !turn.Held))
        {
            ChainTurn = null;
            turn.End(commit: false);
        }
    }

    private Task AbandonChainTurnAsync(bool evenHeld)
    {
        if (ChainTurn is not { } turn || (turn.Held && !evenHeld))
        {
            return Task.CompletedTask;
        }

        ChainTurn = null;
        return turn.EndAsync(commit: false);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset in SQL; store UTC ticks so range filters and sorting run in the database.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
