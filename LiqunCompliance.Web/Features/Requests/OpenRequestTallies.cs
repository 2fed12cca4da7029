using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Features.Requests;

/// <summary>
/// The open requests counted by status, type and assignee, read from the trigger-kept <see cref="RequestTally"/> rows (a few hundred
/// at most) instead of counting hundreds of thousands of index entries.
/// </summary>
public sealed class OpenRequestTallies
{
    private readonly IReadOnlyList<RequestTally> _rows;

    private OpenRequestTallies(IReadOnlyList<RequestTally> rows) => _rows = rows;

    public int Total => _rows.Sum(r => r.Count);

    public static async Task<OpenRequestTallies> LoadAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.RequestTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync(cancellationToken);
        return new OpenRequestTallies(rows.Where(r => !RequestWorkflow.IsClosed(r.Status)).ToList());
    }

    public int AssignedTo(string? userId) => _rows.Where(r => r.AssigneeId == userId).Sum(r => r.Count);

    public int InStatus(params RequestStatus[] statuses) => _rows.Where(r => statuses.Contains(r.Status)).Sum(r => r.Count);

    public IReadOnlyDictionary<RequestStatus, int> ByStatus() =>
        Enum.GetValues<RequestStatus>().Where(s => !RequestWorkflow.IsClosed(s)).ToDictionary(s => s, s => InStatus(s));

    public IReadOnlyDictionary<RequestType, int> ByType() =>
        Enum.GetValues<RequestType>().ToDictionary(t => t, t => _rows.Where(r => r.Type == t).Sum(r => r.Count));
}
