using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests.Calendar;
using LiqunCompliance.Web.Features.Audit;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// The filtered queue as an .xlsx, streamed row by row from the database (MiniExcel) into a temporary file, so a
/// hundred thousand rows never sit in memory. Contact data is masked unless the user asks for clear text and may see it
/// (an audited reveal).
/// </summary>
public sealed class RequestExportService(
    IDbContextFactory<ComplianceDbContext> dbFactory,
    RequestQueryService queries,
    WorkdayCalendarService calendars,
    AuditEventRecorder auditEvents,
    PolicyGuard guard,
    CurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text)
{
    /// <summary>Writes the workbook to <paramref name="output"/>; returns the number of rows.</summary>
    /// <exception cref="UnauthorizedAccessException">No right to the queue, or clear text asked for without the reveal right.</exception>
    public async Task<int> WriteAsync(RequestQueueQuery query, bool unmasked, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await guard.DemandAsync(AccessPolicies.ViewRequests);
        if (unmasked)
        {
            await guard.DemandAsync(AccessPolicies.RevealPersonalData);
        }

        // Clear text is on the record the moment it is asked for, whether or not the file is ever finished or fetched.
        if (unmasked)
        {
            await auditEvents.RecordAsync(AuditAction.PersonalDataRevealed, nameof(PrivacyRequest), null, currentUser.Id, currentUser.Name,
                [new FieldChange("export", null, "started, unmasked")], cancellationToken);
        }

        var today = ChinaTime.Today(clock);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sorted = RequestQueryService.Sort(queries.Filter(db.PrivacyRequests.AsNoTracking(), query, today), query);
        var count = 0;

        // Masked: only the stored masks are read (nothing decrypted). Clear text: whole rows, decrypted one by one as they stream.
        var rows = unmasked
            ? sorted.AsEnumerable().Select(r =>
            {
                count++;
                return Row(RequestQueryService.ToRow(r, today, calendar), r.Requester);
            })
            : RequestQueryService.Project(sorted).AsEnumerable().Select(r =>
            {
                count++;
                return Row(RequestQueryService.ToRow(r, today, calendar), null);
            });

        await MiniExcel.SaveAsAsync(output, rows, sheetName: text["Requests.Queue.Title"], cancellationToken: cancellationToken);
        if (unmasked)
        {
            await auditEvents.RecordAsync(AuditAction.PersonalDataRevealed, nameof(PrivacyRequest), null, currentUser.Id, currentUser.Name,
                [new FieldChange("export", null, $"finished, {count} rows, unmasked")], cancellationToken);
        }

        return count;
    }

    private Dictionary<string, object?> Row(RequestRow row, Requester? clear)
    {
        var cells = new Dictionary<string, object?>
        {
            [text["Requests.Column.Reference"]] = row.Reference,
            [text["Requests.Column.Type"]] = text[$"Requests.Type.{row.Type}"].Value,
            [text["Requests.Column.Channel"]] = text[$"Requests.Channel.{row.Channel}"].Value,
            [text["Requests.Column.Status"]] = text[$"Requests.Status.{row.Status}"].Value,
            [text["Requests.Field.Name"]] = SpreadsheetText.Safe(clear is null ? row.MaskedName : clear.Name),
        };
        if (clear is null)
        {
            cells[text["Requests.Export.Contact"]] = SpreadsheetText.Safe(row.MaskedContact);
        }
        else
        {
            cells[text["Requests.Field.Phone"]] = SpreadsheetText.Safe(clear.Phone);
            cells[text["Requests.Field.Email"]] = SpreadsheetText.Safe(clear.Email);
            cells[text["Requests.Field.AccountId"]] = SpreadsheetText.Safe(clear.AccountId);
        }

        cells[text["Requests.Column.Received"]] = ChinaTime.ToShanghai(row.ReceivedAt).DateTime;
        cells[text["Requests.Column.Due"]] = row.DueDate?.ToDateTime(TimeOnly.MinValue);
        cells[text["Requests.Export.DaysLeft"]] = row.DaysLeft;
        cells[text["Requests.Export.Standing"]] = text[$"Requests.Standing.{row.Standing}"].Value;
        cells[text["Requests.Assignee"]] = SpreadsheetText.Safe(row.AssigneeName);
        cells[text["Requests.Export.Repeat"]] = row.IsRepeat ? text["Common.Yes"].Value : text["Common.No"].Value;
        cells[text["Requests.Export.CalendarWarning"]] = row.HasCalendarWarning ? text["Common.Yes"].Value : text["Common.No"].Value;
        return cells;
    }
}
