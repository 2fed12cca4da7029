using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

using LiqunCompliance.Web.Features.Requests.Calendar;

namespace LiqunCompliance.Web.Features.Admin.Calendar;

public partial class CalendarAdmin
{
    private IReadOnlyList<CalendarYear> _years = [];
    private IReadOnlyList<int> _missing = [];
    private IReadOnlyList<string> _problems = [];
    private string? _json;

    [Inject] private WorkdayCalendarService Calendars { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> Text { get; set; } = default!;

    protected override Task OnInitializedAsync() => ReloadAsync();

    private async Task ReloadAsync()
    {
        _years = await Calendars.YearsAsync();
        _missing = await Calendars.MissingUpcomingYearsAsync();
    }

    private async Task LoadFileAsync(IBrowserFile file)
    {
        using var reader = new StreamReader(file.OpenReadStream(maxAllowedSize: 256 * 1024));
        _json = await reader.ReadToEndAsync();
    }

    private async Task ExportAsync() => _json = await Calendars.ExportAsync();

    /// <summary>Adds or replaces the years in the JSON; a problem anywhere stores nothing and names each problem.</summary>
    private async Task ImportAsync()
    {
        try
        {
            var years = await Calendars.ImportAsync(_json ?? string.Empty);
            _problems = [];
            Snackbar.Add(Text["Calendar.Saved", string.Join(", ", years)], Severity.Success);
            await ReloadAsync();
        }
        catch (CalendarValidationException invalid)
        {
            _problems = invalid.Problems.Select(p => Text[$"Calendar.Problem.{p.Kind}", [.. p.Subject.Split('|')]].Value).ToList();
        }
    }
}
