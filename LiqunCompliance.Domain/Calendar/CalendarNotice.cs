using System.Globalization;
using System.Text.Json;

namespace LiqunCompliance.Domain.Calendar;

/// <summary>
/// Reads and writes the holiday-notice JSON shape ({ "years": { "2026": { "source", "holidays": [{ name, nameEn, from, to }],
/// "makeupWorkdays": [...] } } }): the seed inside the project and the Administrator's import use the same format.
/// </summary>
public static class CalendarNotice
{
    private const string SeedResource = "LiqunCompliance.Domain.Calendar.cn-workday-calendar.json";

    /// <summary>The years shipped with the product (2025 and 2026).</summary>
    public static IReadOnlyList<CalendarYear> Seed()
    {
        using var stream = typeof(CalendarNotice).Assembly.GetManifestResourceStream(SeedResource)
            ?? throw new InvalidOperationException("The calendar seed is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <exception cref="CalendarValidationException">Malformed JSON, or a year that fails <see cref="CalendarYear.Create"/>.</exception>
    public static IReadOnlyList<CalendarYear> Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("years", out var years) || years.ValueKind != JsonValueKind.Object)
            {
                throw Malformed("years");
            }

            var result = new List<CalendarYear>();
            foreach (var year in years.EnumerateObject())
            {
                if (!int.TryParse(year.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                {
                    throw Malformed(year.Name);
                }

                var source = year.Value.TryGetProperty("source", out var s) ? s.GetString() ?? string.Empty : string.Empty;
                var holidays = Array(year.Value, "holidays").Select(h => new HolidayPeriod(
                    Text(h, "name"), h.TryGetProperty("nameEn", out var en) ? en.GetString() ?? string.Empty : string.Empty,
                    Date(h, "from"), Date(h, "to"))).ToList();
                var makeUps = Array(year.Value, "makeupWorkdays").Select(d => ParseDate(d.GetString())).ToList();
                result.Add(CalendarYear.Create(number, source, holidays, makeUps));
            }

            return result;
        }
        catch (JsonException exception)
        {
            // Where reading stopped, never the parser's own (English) message.
            throw new CalendarValidationException([new CalendarProblem(CalendarProblemKind.InvalidJson,
                string.Create(CultureInfo.InvariantCulture, $"{(exception.LineNumber ?? 0) + 1}|{(exception.BytePositionInLine ?? 0) + 1}"))]);
        }
        catch (InvalidOperationException)
        {
            throw new CalendarValidationException([new CalendarProblem(CalendarProblemKind.WrongValueType, string.Empty)]);
        }
    }

    public static string Write(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var shape = new Dictionary<string, object>
        {
            ["timeZone"] = "Asia/Shanghai",
            ["years"] = years.OrderBy(y => y.Year).ToDictionary(
                y => y.Year.ToString(CultureInfo.InvariantCulture),
                y => (object)new
                {
                    source = y.Source,
                    holidays = y.Holidays.Select(h => new { name = h.Name, nameEn = h.NameEn, from = h.From.ToString("O"), to = h.To.ToString("O") }),
                    makeupWorkdays = y.MakeUpWorkdays.Order().Select(d => d.ToString("O")),
                }),
        };
        return JsonSerializer.Serialize(shape, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : throw Malformed(name);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() ?? string.Empty : throw Malformed(name);

    private static DateOnly Date(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? ParseDate(value.GetString()) : throw Malformed(name);

    private static DateOnly ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : throw Malformed(text ?? "date");

    private static CalendarValidationException Malformed(string subject) =>
        new([new CalendarProblem(CalendarProblemKind.MalformedNotice, subject)]);
}
