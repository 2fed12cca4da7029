using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

using LiqunCompliance.Web.Features.Requests.Calendar;

namespace LiqunCompliance.Web.Features.Admin.Calendar;

public partial class CalendarYearForm
{
    private readonly List<HolidayRow> _holidays = [];
    private readonly HashSet<DateOnly> _makeUps = [];
    private IReadOnlyList<string> _problems = [];
    private int _year;
    private string? _source;
    private DateTime? _makeUp;

    [Inject] private WorkdayCalendarService Calendars { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>Told when a year was saved, so the page shows the new calendar.</summary>
    [Parameter] public EventCallback Saved { get; set; }

    protected override void OnInitialized() => _year = Domain.Common.ChinaTime.Today(Clock).Year + 1;

    /// <summary>Fills the form with the stored year, to correct it.</summary>
    private async Task LoadAsync()
    {
        var stored = (await Calendars.YearsAsync()).FirstOrDefault(y => y.Year == _year);
        _holidays.Clear();
        _makeUps.Clear();
        if (stored is not null)
        {
            _source = stored.Source;
            _holidays.AddRange(stored.Holidays.Select(h => new HolidayRow { Name = h.Name, NameEn = h.NameEn, From = h.From.ToDateTime(TimeOnly.MinValue), To = h.To.ToDateTime(TimeOnly.MinValue) }));
            _makeUps.UnionWith(stored.MakeUpWorkdays);
        }
    }

    private void AddMakeUp()
    {
        if (_makeUp is { } day)
        {
            _makeUps.Add(DateOnly.FromDateTime(day));
        }
    }

    private async Task SaveAsync()
    {
        try
        {
            var holidays = _holidays.Select(h => new HolidayPeriod(h.Name ?? string.Empty, h.NameEn ?? string.Empty,
                DateOnly.FromDateTime(h.From ?? DateTime.MinValue), DateOnly.FromDateTime(h.To ?? DateTime.MinValue)));
            await Calendars.SaveYearAsync(CalendarYear.Create(_year, _source ?? string.Empty, holidays, _makeUps));
            _problems = [];
            Snackbar.Add(Text["Calendar.Saved", _year], Severity.Success);
            await Saved.InvokeAsync();
        }
        catch (CalendarValidationException invalid)
        {
            _problems = invalid.Problems.Select(p => Text[$"Calendar.Problem.{p.Kind}", [.. p.Subject.Split('|')]].Value).ToList();
        }
    }

    private sealed class HolidayRow
    {
        public string? Name { get; set; }

        public string? NameEn { get; set; }

        public DateTime? From { get; set; }

        public DateTime? To { get; set; }
    }
}
