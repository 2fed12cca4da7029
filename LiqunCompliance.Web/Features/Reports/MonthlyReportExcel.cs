using ClosedXML.Excel;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Web.Infrastructure;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.Reports;

/// <summary>
/// The month as a workbook: a summary and one sheet per area with real dates and numbers, frozen headers, filters,
/// totals as formulas, widths for Chinese text and masked personal data.
/// </summary>
public static class MonthlyReportExcel
{
    private const int RequestsFirstRow = 5;

    public static void Write(MonthlyReport report, IStringLocalizer<SharedResource> text, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        using var workbook = new XLWorkbook(XLEventTracking.Disabled);
        Summary(workbook.Worksheets.Add(text["Reports.Sheet.Summary"]), report, text);

        // The request sheet is the month as it stood at its end: the month-end status, whether received and closed in the
        // month, on time for those closed in it; its totals equal the summary's figures. The current status is a separate,
        // labelled column for reference.
        var requests = Sheet(workbook, text["Reports.Sheet.Requests"], text, report,
            ["Reports.Col.Reference", "Reports.Col.Type", "Reports.Col.Channel", "Reports.Col.StatusAtMonthEnd", "Reports.Col.Requester", "Reports.Col.Received",
             "Reports.Col.Due", "Reports.Col.Closed", "Reports.Col.ReceivedInMonth", "Reports.Col.ClosedInMonth", "Reports.Col.OnTime", "Reports.Col.DaysToClose",
             "Reports.Col.Assignee", "Reports.Col.StatusNow"],
            [16, 14, 10, 12, 10, 18, 12, 18, 10, 10, 8, 10, 12, 16]);
        // The rows are streamed in after ClosedXML saved the layout (StreamedSheetRows); here only their formats per column.
        var yes = text["Register.Lists.Yes"].Value;
        var no = text["Register.Lists.No"].Value;
        var open = text["Reports.OpenAtMonthEnd"].Value;
        var types = Enum.GetValues<LiqunCompliance.Domain.Requests.RequestType>().ToDictionary(t => t, t => text[$"Requests.Type.{t}"].Value);
        var channels = Enum.GetValues<LiqunCompliance.Domain.Requests.RequestChannel>().ToDictionary(c => c, c => text[$"Requests.Channel.{c}"].Value);
        var statuses = Enum.GetValues<LiqunCompliance.Domain.Requests.RequestStatus>().ToDictionary(s => s, s => text[$"Requests.Status.{s}"].Value);
        var requestRows = report.RequestRows.Select(r => new object?[]
        {
            SpreadsheetText.Safe(r.Reference), types[r.Type], channels[r.Channel], r.ClosedByMonthEnd ? statuses[r.Status] : open, SpreadsheetText.Safe(r.MaskedName),
            ChinaTime.ToShanghai(r.ReceivedAt).DateTime, r.DueDate?.ToDateTime(TimeOnly.MinValue), r.ClosedByMonthEnd && r.ClosedAt is { } c ? ChinaTime.ToShanghai(c).DateTime : null,
            r.ReceivedInMonth ? yes : no, r.ClosedInMonth ? yes : no, r.OnTime is { } onTime ? onTime ? yes : no : null, r.DaysToClose,
            SpreadsheetText.Safe(r.AssigneeName ?? string.Empty), statuses[r.Status],
        });

        var row = 5 + report.RequestRows.Count;
        requests.Column(6).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
        requests.Column(7).Style.NumberFormat.Format = "yyyy-mm-dd";
        requests.Column(8).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
        requests.Column(12).Style.NumberFormat.Format = "0.0";
        var last = Math.Max(5, row - 1);
        Totals(requests, row, report.RequestRows.Count, text, [(1, "COUNTA"), (12, "AVERAGE")], null, 0);
        if (report.RequestRows.Count > 0)
        {
            foreach (var (column, letter) in new[] { (9, "I"), (10, "J"), (11, "K") })
            {
                requests.Cell(row + 1, column).FormulaA1 = $"COUNTIF({letter}5:{letter}{last},\"{yes}\")";
                requests.Cell(row + 1, column).Style.NumberFormat.Format = "0";
            }
        }

        var incidents = Sheet(workbook, text["Reports.Sheet.Incidents"], text, report,
            ["Incidents.Field.Reference", "Incidents.Field.Title", "Incidents.Field.Category", "Incidents.Field.Grade", "Incidents.Field.Status",
             "Incidents.Field.Discovered", "Reports.Col.ReportDue", "Reports.Col.Reported", "Incidents.Field.People", "Reports.Col.Notices"],
            [16, 30, 14, 10, 10, 18, 18, 18, 12, 8]);
        row = 5;
        foreach (var i in report.Incidents)
        {
            Put(incidents, row, 1, i.Reference);
            Put(incidents, row, 2, i.Title);
            Put(incidents, row, 3, text[$"Incidents.Category.{i.Category}"]);
            Put(incidents, row, 4, Incidents.IncidentGradeText.Label(text, i.Grade, i.GradeConfirmed));
            Put(incidents, row, 5, text[$"Incidents.Status.{i.Status}"]);
            When(incidents, row, 6, i.DiscoveredAt);
            When(incidents, row, 7, i.ReportDueAt);
            When(incidents, row, 8, i.InitialReportAt);
            incidents.Cell(row, 9).Value = i.PeopleMax;
            incidents.Cell(row, 10).Value = i.Notices;
            row++;
        }

        Totals(incidents, row, report.Incidents.Count, text, [(1, "COUNTA"), (9, "SUM")], null, 0);

        var register = Sheet(workbook, text["Reports.Sheet.Register"], text, report,
            ["Register.Field.Name", "Register.Field.Provider", "Reports.Col.Change", "Reports.Col.ChangedAt", "Reports.Col.ChangedBy"], [26, 30, 12, 18, 14]);
        row = 5;
        foreach (var c in report.RegisterChanges)
        {
            Put(register, row, 1, c.Name);
            Put(register, row, 2, c.Provider);
            Put(register, row, 3, text[$"Register.Change.{c.Change}"]);
            When(register, row, 4, c.At);
            Put(register, row, 5, c.ByName);
            row++;
        }

        Totals(register, row, report.RegisterChanges.Count, text, [(1, "COUNTA")], null, 0);

        var policies = Sheet(workbook, text["Reports.Sheet.Policies"], text, report,
            ["Policies.Document", "Policies.Label", "Policies.EffectiveDate", "Reports.Col.PublishedAt", "Policies.Summary"], [22, 12, 12, 18, 50]);
        row = 5;
        foreach (var p in report.Policies)
        {
            Put(policies, row, 1, p.Document);
            Put(policies, row, 2, p.Label);
            Day(policies, row, 3, p.EffectiveDate);
            When(policies, row, 4, p.PublishedAt);
            Put(policies, row, 5, p.Summary);
            row++;
        }

        Totals(policies, row, report.Policies.Count, text, [(1, "COUNTA")], null, 0);

        var definitions = Sheet(workbook, text["Reports.Sheet.Definitions"], text, report, ["Reports.Col.Figure", "Reports.Section.Definitions"], [28, 110]);
        row = 5;
        foreach (var (figure, definition) in MonthlyReportFigures.Definitions(text))
        {
            Put(definitions, row, 1, figure);
            Put(definitions, row, 2, definition);
            definitions.Cell(row, 2).Style.Alignment.WrapText = true;
            row++;
        }

        definitions.Range(4, 1, row - 1, 2).SetAutoFilter();
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        StreamedSheetRows.Insert(buffer, requests.Name, RequestsFirstRow, requestRows);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Summary(IXLWorksheet sheet, MonthlyReport report, IStringLocalizer<SharedResource> text)
    {
        Title(sheet, text["Reports.Title", report.Month.ToString()], text, report);
        string[] headers = [text["Reports.Col.Figure"], report.Month.ToString(), report.Month.Previous.ToString()]; // Header writes text: "2026-11" stays 2026-11
        for (var c = 0; c < headers.Length; c++)
        {
            Header(sheet.Cell(4, c + 1), headers[c]);
        }

        var figures = MonthlyReportFigures.Headline(report, text);
        for (var i = 0; i < figures.Count; i++)
        {
            Put(sheet, i + 5, 1, figures[i].Label);
            Number(sheet.Cell(i + 5, 2), figures[i].Current, figures[i].Percent);
            Number(sheet.Cell(i + 5, 3), figures[i].Previous, figures[i].Percent);
        }

        sheet.Column(1).Width = 30;
        sheet.Column(2).Width = 14;
        sheet.Column(3).Width = 14;
        sheet.Range(4, 1, 4 + figures.Count, 3).SetAutoFilter();
        if (report.UnfinishedAsOf is { } asOf)
        {
            Put(sheet, 3, 1, text["Reports.Unfinished", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
            sheet.Cell(3, 1).Style.Font.FontColor = XLColor.DarkRed;
        }

        sheet.SheetView.FreezeRows(4);
    }

    private static IXLWorksheet Sheet(XLWorkbook workbook, string name, IStringLocalizer<SharedResource> text, MonthlyReport report, string[] headerKeys, double[] widths)
    {
        var sheet = workbook.Worksheets.Add(name);
        Title(sheet, $"{name} · {report.Month}", text, report);
        for (var c = 0; c < headerKeys.Length; c++)
        {
            Header(sheet.Cell(4, c + 1), text[headerKeys[c]]);
            sheet.Column(c + 1).Width = widths[c];
        }

        sheet.SheetView.FreezeRows(4);
        return sheet;
    }

    private static void Title(IXLWorksheet sheet, string title, IStringLocalizer<SharedResource> text, MonthlyReport report)
    {
        Put(sheet, 1, 1, title);
        sheet.Cell(1, 1).Style.Font.Bold = true;
        sheet.Cell(1, 1).Style.Font.FontSize = 14;
        Put(sheet, 2, 1, $"{LiqunFacts.LegalName} · {text["Reports.InternalUse"]} · " + text["Reports.Generated", ChinaTime.ToShanghai(report.GeneratedAt).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)]
            + MonthlyReportPdf.AuditHeadLine(report, text).Replace('\n', ' '));
        sheet.Cell(2, 1).Style.Font.FontColor = XLColor.Gray;
    }

    private static void Header(IXLCell cell, string value)
    {
        SpreadsheetText.Put(cell, value);
        cell.Style.Font.Bold = true;
        cell.Style.Fill.BackgroundColor = XLColor.FromHtml("#E8EEF7");
    }

    /// <summary>A totals row with formulas (count, sum, average) and a filter over the data.</summary>
    private static void Totals(IXLWorksheet sheet, int row, int count, IStringLocalizer<SharedResource> text, (int Column, string Function)[] formulas, string? extraFormula, int extraColumn)
    {
        var last = sheet.LastColumnUsed()?.ColumnNumber() ?? 1;
        sheet.Range(4, 1, Math.Max(4, row - 1), last).SetAutoFilter();
        var first = 5;
        var end = Math.Max(first, row - 1);
        Put(sheet, row + 1, 1, text["Reports.Total"]);
        sheet.Row(row + 1).Style.Font.Bold = true;
        foreach (var (column, function) in formulas)
        {
            var letter = XLHelper.GetColumnLetterFromNumber(column);
            var target = column == 1 ? sheet.Cell(row + 1, 2) : sheet.Cell(row + 1, column);
            target.FormulaA1 = count == 0 ? "0" : $"{function}({letter}{first}:{letter}{end})";
        }

        if (extraFormula is not null && count > 0)
        {
            sheet.Cell(row + 1, extraColumn).FormulaA1 = extraFormula;
        }
    }

    private static void Put(IXLWorksheet sheet, int row, int column, string value) => SpreadsheetText.Put(sheet.Cell(row, column), value);

    private static void When(IXLWorksheet sheet, int row, int column, DateTimeOffset? instant)
    {
        if (instant is { } value)
        {
            sheet.Cell(row, column).Value = ChinaTime.ToShanghai(value).DateTime;
            sheet.Cell(row, column).Style.NumberFormat.Format = "yyyy-mm-dd hh:mm";
        }
    }

    private static void Day(IXLWorksheet sheet, int row, int column, DateOnly? day)
    {
        if (day is { } value)
        {
            sheet.Cell(row, column).Value = value.ToDateTime(TimeOnly.MinValue);
            sheet.Cell(row, column).Style.NumberFormat.Format = "yyyy-mm-dd";
        }
    }

    /// <summary>A figure as a number with the display of <see cref="MonthlyReportFigures.Format"/>: 90.9%, 31 (not 31.0), 7.5 days.</summary>
    private static void Number(IXLCell cell, double? value, bool percent)
    {
        if (value is { } v)
        {
            cell.Value = v;
            cell.Style.NumberFormat.Format = percent ? "0.0%" : v % 1 == 0 ? "#,##0" : "#,##0.0";
        }
        else
        {
            cell.Value = "—";
        }
    }
}
