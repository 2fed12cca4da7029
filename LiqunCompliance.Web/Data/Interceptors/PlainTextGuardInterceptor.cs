using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LiqunCompliance.Web.Data.Interceptors;

/// <summary>
/// Every input, whatever form, import or API it came through, is refused before it is stored if a text carries a
/// control character (line breaks and tabs excepted) or a broken surrogate (<see cref="PlainText"/>): such text breaks
/// the workbooks, reports and e-mails written from it later. Runs before the audit interceptor, so nothing is written.
/// Requests' own fields are refused earlier, by the domain, with their field messages; this is the net under every other.
/// </summary>
internal sealed class PlainTextGuardInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData?.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Interceptors run before SaveChanges looks for changes: look now, or an edit of a loaded record goes unseen.
        context.ChangeTracker.DetectChanges();
        // The field the person typed into: an edited record before added ones, a record before the timeline event that repeats it.
        var entries = context.ChangeTracker.Entries()
            .OrderBy(e => e.State == EntityState.Modified ? 0 : 1)
            .ThenBy(e => e.Metadata.ClrType.Name.EndsWith("Event", StringComparison.Ordinal) ? 1 : 0);
        foreach (var entry in entries)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || entry.Entity is AuditRecord)
            {
                continue;
            }

            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is string text && (entry.State == EntityState.Added || property.IsModified) && !PlainText.IsClean(text, multiline: true))
                {
                    throw new UnsafeTextException(entry.Metadata.ClrType.Name, property.Metadata.Name);
                }
            }
        }
    }
}
