using System.Globalization;
using LiqunCompliance.Domain.Requests;
using Microsoft.AspNetCore.DataProtection;

namespace LiqunCompliance.Benchmarks;

/// <summary>
/// Fills PrivacyRequests with N rows shaped like the demo data (every type, channel and status; due dates around today;
/// contact columns really encrypted, from a pool of 200 encrypted values). One in ten rows is an access request,
/// so "type = Access" selects exactly N/10 rows for the export benchmark.
/// </summary>
internal static class RequestDataGenerator
{
    private const int CommitEvery = 10_000;

    private static readonly RequestType[] OtherTypes = [.. Enum.GetValues<RequestType>().Where(t => t != RequestType.Access)];
    private static readonly RequestStatus[] Statuses = Enum.GetValues<RequestStatus>();
    private static readonly RequestChannel[] Channels = Enum.GetValues<RequestChannel>();

    public static void Fill(BenchDatabase database, int count, IDataProtectionProvider protection, DateTimeOffset now)
    {
        var protector = protection.CreateProtector("LiqunCompliance.PersonalData.v1");
        var names = Enumerable.Range(0, 200).Select(i => protector.Protect($"用户{i}")).ToArray();
        var phones = Enumerable.Range(0, 200).Select(i => protector.Protect($"138{i:D8}")).ToArray();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var random = new Random(42);

        using var connection = database.Open();
        var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO "PrivacyRequests" ("Id", "Reference", "Type", "Channel", "RequesterName", "RequesterPhone", "MaskedName", "MaskedContact", "AccountLookup", "Details", "ReceivedAt",
                "IntakeById", "IntakeByName", "IdentityVerifiedAt", "Status", "AssigneeId", "AssigneeName", "RuleKind", "RuleDays", "RuleStart", "DueDate",
                "EarlierRequestsInYear", "ClosedAt", "Version", "LookupVersion")
            VALUES (@id, @ref, @type, @channel, @name, @phone, '用*', '138****0000', @lookup, @details, @received, 'bench', '基准', @verified, @status, @assignee, @assigneeName,
                'CalendarDays', 30, 'IdentityVerification', @due, 0, @closed, @version, 1)
            """;
        var p = new[] { "id", "ref", "type", "channel", "name", "phone", "lookup", "details", "received", "verified", "status", "assignee", "assigneeName", "due", "closed", "version" }
            .ToDictionary(n => "$" + n, n => BenchDatabase.Add(insert, "@" + n));

        for (var i = 0; i < count; i++)
        {
            var received = now.AddMinutes(-random.Next(0, 730 * 24 * 60));
            var status = Statuses[i % Statuses.Length];
            var closed = status is RequestStatus.Completed or RequestStatus.Rejected or RequestStatus.Withdrawn;
            var verified = status != RequestStatus.Received && status != RequestStatus.AwaitingVerification;
            var assignee = i % 4 == 0 ? null : $"officer-{i % 5}";
            p["$id"].Value = database.Guid(Guid.NewGuid());
            p["$ref"].Value = $"LQ-{received.Year}-{i + 1:D7}";
            p["$type"].Value = (i % 10 == 0 ? RequestType.Access : OtherTypes[i % OtherTypes.Length]).ToString();
            p["$channel"].Value = Channels[i % Channels.Length].ToString();
            p["$name"].Value = names[i % names.Length];
            p["$phone"].Value = phones[i % phones.Length];
            p["$lookup"].Value = $"{i % 50000:x64}";
            p["$details"].Value = "用户申请查阅订单记录（基准数据）";
            p["$received"].Value = received.UtcTicks;
            p["$verified"].Value = verified ? received.AddHours(2).UtcTicks : DBNull.Value;
            p["$status"].Value = status.ToString();
            p["$assignee"].Value = (object?)assignee ?? DBNull.Value;
            p["$assigneeName"].Value = assignee is null ? DBNull.Value : "专员";
            p["$due"].Value = verified ? database.Date(today.AddDays(random.Next(-20, 30))) : DBNull.Value;
            p["$closed"].Value = closed ? received.AddDays(10).UtcTicks : DBNull.Value;
            p["$version"].Value = database.Guid(Guid.NewGuid());
            insert.ExecuteNonQuery();
            if ((i + 1) % CommitEvery == 0)
            {
                // Short transactions, as real intake has: in one huge one, PostgreSQL cannot prune the tally rows' old versions.
                transaction.Commit();
                transaction = connection.BeginTransaction();
                insert.Transaction = transaction;
            }
        }

        transaction.Commit();
        transaction.Dispose();
        using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE;";
        analyze.ExecuteNonQuery();
    }
}
