using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Admin.Calendar;
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
        await guard.DemandAsync(Policies.ViewRequests);
        if (unmasked)
        {
            await guard.DemandAsync(Policies.RevealPersonalData);
        }

        var today = ChinaTime.Today(clock);
        var calendar = await calendars.CurrentAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var requests = RequestQueryService.Sort(queries.Filter(db.PrivacyRequests.AsNoTracking(), query, today), query);
        var count = 0;
        var rows = requests.AsEnumerable().Select(r =>
        {
            count++;
            return Row(r, RequestQueryService.ToRow(r, today, calendar), unmasked);
        });

        await MiniExcel.SaveAsAsync(output, rows, sheetName: text["Requests.Queue.Title"], cancellationToken: cancellationToken);
        if (unmasked)
        {
            await auditEvents.RecordAsync(AuditAction.PersonalDataRevealed, nameof(PrivacyRequest), null, currentUser.Id, currentUser.Name,
                [new FieldChange("export", null, $"{count} rows, unmasked")], cancellationToken);
        }

        return count;
    }

    private Dictionary<string, object?> Row(PrivacyRequest r, RequestRow row, bool unmasked) => new()
    {
        [text["Requests.Column.Reference"]] = r.Reference,
        [text["Requests.Column.Type"]] = text[$"Requests.Type.{r.Type}"].Value,
        [text["Requests.Column.Channel"]] = text[$"Requests.Channel.{r.Channel}"].Value,
        [text["Requests.Column.Status"]] = text[$"Requests.Status.{r.Status}"].Value,
        [text["Requests.Field.Name"]] = SpreadsheetText.Safe(unmasked ? r.Requester.Name : row.MaskedName),
        [text["Requests.Field.Phone"]] = SpreadsheetText.Safe(unmasked ? r.Requester.Phone : PersonalDataMask.Phone(r.Requester.Phone)),
        [text["Requests.Field.Email"]] = SpreadsheetText.Safe(unmasked ? r.Requester.Email : PersonalDataMask.Email(r.Requester.Email)),
        [text["Requests.Column.Received"]] = ChinaTime.ToShanghai(r.ReceivedAt).DateTime,
        [text["Requests.Column.Due"]] = r.DueDate?.ToDateTime(TimeOnly.MinValue),
        [text["Requests.Export.DaysLeft"]] = row.DaysLeft,
        [text["Requests.Export.Standing"]] = text[$"Requests.Standing.{row.Standing}"].Value,
        [text["Requests.Assignee"]] = SpreadsheetText.Safe(r.AssigneeName),
        [text["Requests.Export.Repeat"]] = r.IsRepeat ? text["Common.Yes"].Value : text["Common.No"].Value,
        [text["Requests.Export.CalendarWarning"]] = r.CalendarWarning ?? string.Empty,
    };
}
