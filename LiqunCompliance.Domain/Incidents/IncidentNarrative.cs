namespace LiqunCompliance.Domain.Incidents;

/// <summary>
/// What users are told, as the officer writes it for this incident; notice templates fill their placeholders from
/// it. A blank element is "missing" in a preview and blocks issuing. English notices take their facts from
/// <see cref="English"/>: an English notice is never filled with the Chinese facts.
/// </summary>
public sealed record IncidentNarrative(
    string? InformationTypes = null,
    string? Cause = null,
    string? PossibleHarm = null,
    string? MeasuresTaken = null,
    string? UserActions = null,
    string? Remedies = null,
    string? Contact = null,
    IncidentNarrative? English = null)
{
    /// <summary>The facts for a notice in this language (zh-CN: these; en-US: <see cref="English"/>, empty while not written).</summary>
    public IncidentNarrative In(string? language) => language == "en-US" ? English ?? new IncidentNarrative() : this;

    public string? For(NoticeElement element) => element switch
    {
        NoticeElement.InformationTypes => InformationTypes,
        NoticeElement.Cause => Cause,
        NoticeElement.PossibleHarm => PossibleHarm,
        NoticeElement.MeasuresTaken => MeasuresTaken,
        NoticeElement.UserActions => UserActions,
        NoticeElement.Remedies => Remedies,
        NoticeElement.Contact => Contact,
        _ => null,
    };

    /// <summary>A narrative from values per element.</summary>
    public static IncidentNarrative From(Func<NoticeElement, string?> value, IncidentNarrative? english = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value(NoticeElement.InformationTypes), value(NoticeElement.Cause), value(NoticeElement.PossibleHarm), value(NoticeElement.MeasuresTaken),
            value(NoticeElement.UserActions), value(NoticeElement.Remedies), value(NoticeElement.Contact), english);
    }

    public IReadOnlyList<NoticeElement> Missing => Enum.GetValues<NoticeElement>().Where(e => string.IsNullOrWhiteSpace(For(e))).ToList();
}
