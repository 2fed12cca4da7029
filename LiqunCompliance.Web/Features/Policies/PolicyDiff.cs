using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace LiqunCompliance.Web.Features.Policies;

public enum DiffKind
{
    Unchanged,
    Inserted,
    Deleted,
    Modified,
    Empty,
}

/// <summary>A run of text in a diffed paragraph: unchanged, inserted or deleted.</summary>
public sealed record DiffRun(string Text, DiffKind Kind);

/// <summary>One row of the side-by-side view: the old paragraph and the new one, each as runs.</summary>
public sealed record DiffRow(DiffKind Kind, IReadOnlyList<DiffRun> Old, IReadOnlyList<DiffRun> New);

/// <summary>One paragraph of the inline view, with deletions and insertions inside it.</summary>
public sealed record InlineParagraph(DiffKind Kind, IReadOnlyList<DiffRun> Runs);

/// <summary>The items a folded diff shows, each with the unchanged items folded just before it, and those folded after the last.</summary>
public sealed record Folded<TItem>(IReadOnlyList<(TItem Item, int SkippedBefore)> Shown, int SkippedAfter);

/// <summary>
/// Compares two revisions paragraph by paragraph (a Markdown line is a paragraph of the policy) and, inside a changed
/// paragraph, character by character, so a change inside a Chinese sentence (which has no spaces) shows exactly.
/// </summary>
public static class PolicyDiff
{
    public static IReadOnlyList<DiffRow> SideBySide(string? before, string? after)
    {
        var model = new SideBySideDiffBuilder(Differ.Instance, LineChunker.Instance, CharacterChunker.Instance)
            .BuildDiffModel(Paragraphs(before), Paragraphs(after));
        var rows = new List<DiffRow>();
        for (var i = 0; i < Math.Max(model.OldText.Lines.Count, model.NewText.Lines.Count); i++)
        {
            var old = i < model.OldText.Lines.Count ? model.OldText.Lines[i] : null;
            var now = i < model.NewText.Lines.Count ? model.NewText.Lines[i] : null;
            var kind = (old?.Type, now?.Type) switch
            {
                (ChangeType.Unchanged, _) => DiffKind.Unchanged,
                (ChangeType.Modified, _) or (_, ChangeType.Modified) => DiffKind.Modified,
                (ChangeType.Deleted, _) => DiffKind.Deleted,
                (_, ChangeType.Inserted) => DiffKind.Inserted,
                _ => DiffKind.Empty,
            };
            if (kind == DiffKind.Modified && !Similar(old?.Text, now?.Text))
            {
                // Two unrelated paragraphs paired by position: a deletion and an insertion, not a character soup.
                rows.Add(new DiffRow(DiffKind.Deleted, [new DiffRun(old?.Text ?? string.Empty, DiffKind.Deleted)], []));
                rows.Add(new DiffRow(DiffKind.Inserted, [], [new DiffRun(now?.Text ?? string.Empty, DiffKind.Inserted)]));
                continue;
            }

            rows.Add(new DiffRow(kind, Runs(old), Runs(now)));
        }

        return rows.Where(r => r.Kind != DiffKind.Empty || r.Old.Count + r.New.Count > 0).ToList();
    }

    public static IReadOnlyList<InlineParagraph> Inline(string? before, string? after)
    {
        var paragraphs = new List<InlineParagraph>();
        foreach (var row in SideBySide(before, after))
        {
            var oldText = string.Concat(row.Old.Select(r => r.Text));
            var newText = string.Concat(row.New.Select(r => r.Text));
            paragraphs.Add(row.Kind switch
            {
                DiffKind.Unchanged => new InlineParagraph(DiffKind.Unchanged, [new DiffRun(newText, DiffKind.Unchanged)]),
                DiffKind.Deleted => new InlineParagraph(DiffKind.Deleted, [new DiffRun(oldText, DiffKind.Deleted)]),
                DiffKind.Inserted => new InlineParagraph(DiffKind.Inserted, [new DiffRun(newText, DiffKind.Inserted)]),
                _ => new InlineParagraph(DiffKind.Modified, Characters(oldText, newText)),
            });
        }

        return paragraphs.Where(p => p.Runs.Any(r => r.Text.Length > 0)).ToList();
    }

    /// <summary>
    /// Keeps <paramref name="context"/> unchanged items around each change and folds longer unchanged stretches:
    /// each item shown comes with how many unchanged items were folded just before it, and the result says how many
    /// were folded after the last one shown (a change early in a long policy folds the rest of it).
    /// </summary>
    public static Folded<TItem> Fold<TItem>(IReadOnlyList<TItem> items, Func<TItem, bool> unchanged, int context)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(unchanged);
        var keep = new bool[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (!unchanged(items[i]))
            {
                for (var j = Math.Max(0, i - context); j <= Math.Min(items.Count - 1, i + context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var shown = new List<(TItem Item, int SkippedBefore)>();
        var skipped = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (!keep[i])
            {
                skipped++;
                continue;
            }

            shown.Add((items[i], skipped));
            skipped = 0;
        }

        return new Folded<TItem>(shown, skipped);
    }

    /// <summary>How many paragraphs were added, removed and changed.</summary>
    public static (int Added, int Removed, int Changed) Count(string? before, string? after)
    {
        var rows = SideBySide(before, after);
        return (rows.Count(r => r.Kind == DiffKind.Inserted), rows.Count(r => r.Kind == DiffKind.Deleted), rows.Count(r => r.Kind == DiffKind.Modified));
    }

    /// <summary>One line per paragraph (paragraphs are separated by blank lines), so blank lines never show as changes.</summary>
    private static string Paragraphs(string? text) => string.Join('\n',
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace('\n', ' ')));

    /// <summary>Whether at least 40% of the longer paragraph survives: only then is a character diff readable.</summary>
    private static bool Similar(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return false;
        }

        var diff = Differ.Instance.CreateCharacterDiffs(a, b, ignoreWhitespace: false);
        var changed = diff.DiffBlocks.Sum(block => Math.Max(block.DeleteCountA, block.InsertCountB));
        return changed <= 0.6 * Math.Max(a.Length, b.Length);
    }

    private static List<DiffRun> Characters(string oldText, string newText)
    {
        var result = Differ.Instance.CreateCharacterDiffs(oldText, newText, ignoreWhitespace: false);
        var runs = new List<DiffRun>();
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, newText[b..block.InsertStartB], DiffKind.Unchanged);
            Add(runs, oldText.Substring(block.DeleteStartA, block.DeleteCountA), DiffKind.Deleted);
            Add(runs, newText.Substring(block.InsertStartB, block.InsertCountB), DiffKind.Inserted);
            b = block.InsertStartB + block.InsertCountB;
        }

        Add(runs, newText[b..], DiffKind.Unchanged);
        return runs;
    }

    private static List<DiffRun> Runs(DiffPiece? line)
    {
        if (line is null || line.Type == ChangeType.Imaginary)
        {
            return [];
        }

        if (line.Type != ChangeType.Modified || line.SubPieces.Count == 0)
        {
            return [new DiffRun(line.Text ?? string.Empty, Kind(line.Type))];
        }

        var runs = new List<DiffRun>();
        foreach (var piece in line.SubPieces.Where(p => p.Type != ChangeType.Imaginary))
        {
            Add(runs, piece.Text ?? string.Empty, Kind(piece.Type));
        }

        return runs;
    }

    private static void Add(List<DiffRun> runs, string text, DiffKind kind)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            return;
        }

        runs.Add(new DiffRun(text, kind));
    }

    private static DiffKind Kind(ChangeType type) => type switch
    {
        ChangeType.Inserted => DiffKind.Inserted,
        ChangeType.Deleted => DiffKind.Deleted,
        ChangeType.Unchanged => DiffKind.Unchanged,
        ChangeType.Modified => DiffKind.Modified,
        _ => DiffKind.Empty,
    };
}
