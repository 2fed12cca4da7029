namespace LiqunCompliance.Domain.Incidents;

/// <summary>
/// What users are told, as the officer writes it for this incident; notice templates fill their placeholders from
/// it. A blank element is "missing" in a preview and blocks issuing.
/// </summary>
public sealed record IncidentNarrative(
    string? InformationTypes = null,
    string? Cause = null,
    string? PossibleHarm = null,
    string? MeasuresTaken = null,
    string? UserActions = null,
    string? Remedies = null,
    string? Contact = null)
{
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

    public IReadOnlyList<NoticeElement> Missing => Enum.GetValues<NoticeElement>().Where(e => string.IsNullOrWhiteSpace(For(e))).ToList();
}
