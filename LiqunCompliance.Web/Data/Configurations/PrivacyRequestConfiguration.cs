using LiqunCompliance.Domain.Reports;
using LiqunCompliance.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LiqunCompliance.Web.Data.Configurations;

internal sealed class PrivacyRequestConfiguration(ProtectedStringConverter protect, SqlDialect sql) : IEntityTypeConfiguration<PrivacyRequest>
{
    /// <summary>The domain's closed statuses as an SQL list: 'Completed', 'Rejected', 'Withdrawn'.</summary>
    private static readonly string ClosedStatusList = string.Join(", ", RequestStatistics.ClosedStatuses.Select(s => $"'{s}'"));

    /// <summary>Shadow column: the id of the API client that submitted the request.</summary>
    public const string SubmittedByClientId = nameof(SubmittedByClientId);

    public void Configure(EntityTypeBuilder<PrivacyRequest> builder)
    {
        builder.ToTable("PrivacyRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.VerificationMethod).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.RefusalReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.AnswerChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Details).HasMaxLength(PrivacyRequest.MaxDetailsLength);
        builder.Property(r => r.Outcome).HasMaxLength(PrivacyRequest.MaxTextLength);
        builder.Property(r => r.Answer).HasMaxLength(PrivacyRequest.MaxTextLength);
        builder.Property(r => r.IntakeById).HasMaxLength(450);
        builder.Property(r => r.IntakeByName).HasMaxLength(256);
        builder.Property(r => r.VerifiedByName).HasMaxLength(256);
        builder.Property(r => r.AssigneeId).HasMaxLength(450);
        builder.Property(r => r.AssigneeName).HasMaxLength(256);
        builder.Property(r => r.AccountLookup).HasMaxLength(64);
        builder.Property(r => r.PhoneLookup).HasMaxLength(64);
        builder.Property(r => r.EmailLookup).HasMaxLength(64);
        builder.Property(r => r.NameLookup).HasMaxLength(64);
        builder.Property(r => r.CalendarWarning).HasMaxLength(100);
        builder.Property(r => r.MaskedName).HasMaxLength(20);
        builder.Property(r => r.MaskedContact).HasMaxLength(120);

        // Generated columns the queue sorts and filters on, so SQLite walks an index instead of sorting half the table.
        builder.Property<bool>(QueueColumns.IsOpen)
            .HasComputedColumnSql($"{sql.Column("Status")} NOT IN ({ClosedStatusList})", stored: true);
        builder.Property<string>(QueueColumns.DueSortKey).HasMaxLength(10)
            .HasComputedColumnSql($"coalesce({sql.DateKey("DueDate")}, '9999-12-31')", stored: true);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // The API client that submitted the request (none for staff intake): a client reads back only its own requests.
        builder.Property<Guid?>(SubmittedByClientId);
        builder.HasIndex(SubmittedByClientId);
        builder.Ignore(r => r.IsClosed);
        builder.Ignore(r => r.IsRepeat);
        builder.Ignore(r => r.CalendarWarningYears);

        // Contact data is encrypted at rest; lists show it masked and revealing it is audited.
        builder.OwnsOne(r => r.Requester, requester =>
        {
            requester.Property(p => p.Name).HasColumnName("RequesterName").HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)protect);
            requester.Property(p => p.Phone).HasColumnName("RequesterPhone").HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)protect);
            requester.Property(p => p.Email).HasColumnName("RequesterEmail").HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)protect);
            requester.Property(p => p.AccountId).HasColumnName("RequesterAccountId").HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)protect);
        });
        builder.Navigation(r => r.Requester).IsRequired();

        builder.OwnsOne(r => r.Rule, rule =>
        {
            rule.Property(p => p.Kind).HasColumnName("RuleKind").HasConversion<string>().HasMaxLength(20);
            rule.Property(p => p.Days).HasColumnName("RuleDays");
            rule.Property(p => p.Start).HasColumnName("RuleStart").HasConversion<string>().HasMaxLength(30);
            rule.Ignore(p => p.IsValid);
        });
        builder.Navigation(r => r.Rule).IsRequired();

        builder.HasMany(r => r.Events).WithOne().HasForeignKey("PrivacyRequestId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.CancellationChecks).WithOne().HasForeignKey("PrivacyRequestId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.FollowUps).WithOne().HasForeignKey("PrivacyRequestId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.CancellationChecks).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.FollowUps).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The queue filters open requests and sorts by due date (not started last); the home page counts by due date;
        // repeats look up by account. Measured in docs/benchmarks.md.
        builder.HasIndex(QueueColumns.IsOpen, QueueColumns.DueSortKey, nameof(PrivacyRequest.ReceivedAt));
        builder.HasIndex(nameof(PrivacyRequest.CalendarWarning), QueueColumns.IsOpen).HasFilter($"{sql.Column("CalendarWarning")} IS NOT NULL");
        builder.HasIndex(nameof(PrivacyRequest.Type), QueueColumns.IsOpen, QueueColumns.DueSortKey, nameof(PrivacyRequest.ReceivedAt));
        builder.HasIndex(nameof(PrivacyRequest.Channel), QueueColumns.IsOpen, QueueColumns.DueSortKey);
        builder.HasIndex(nameof(PrivacyRequest.AssigneeId), QueueColumns.IsOpen, QueueColumns.DueSortKey);
        builder.HasIndex(r => new { r.Status, r.DueDate });

        // Overdue at an instant (RequestStatistics.OverdueAt: due before the day, received before, not closed by then), as
        // the monthly report asks it for a past month end: answered from this index alone, without reading the rows
        // (1.96 s → 0.02 s at a million requests, docs/benchmarks.md).
        builder.HasIndex(r => new { r.DueDate, r.ReceivedAt, r.ClosedAt });
        builder.HasIndex(r => r.ReceivedAt);
        // Closed in a period (the dashboard's closing window, the monthly read), answered from the index alone.
        builder.HasIndex(nameof(PrivacyRequest.ClosedAt), nameof(PrivacyRequest.ReceivedAt), nameof(PrivacyRequest.DueDate), QueueColumns.IsOpen);
        builder.HasIndex(r => new { r.AccountLookup, r.ReceivedAt });

        // A caller's earlier requests, by phone, e-mail or name (exact keyed lookups); the back-fill finds what it has left.
        builder.HasIndex(r => r.PhoneLookup);
        builder.HasIndex(r => r.EmailLookup);
        builder.HasIndex(r => r.NameLookup);
        builder.HasIndex(r => r.LookupVersion).HasFilter($"{sql.Column("LookupVersion")} < {RequesterLookups.CurrentVersion}");
    }
}
