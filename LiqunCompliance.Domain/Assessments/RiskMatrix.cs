namespace LiqunCompliance.Domain.Assessments;

/// <summary>
/// Likelihood × impact → risk (GB/T 39335-2020, §5.6 "综合分析安全风险"). The cells below are the portal's default, not
/// a transcription of the standard's table: the seed and the design notes give the method but not the table, so the
/// default is marked unconfirmed (待确认) and every report that shows a rating says so until an officer confirms the
/// table against the standard's text (a setting). A rating is always written with its reasoning.
/// </summary>
public sealed class RiskMatrix
{
    private readonly RiskLevel[,] _cells;

    private RiskMatrix(RiskLevel[,] cells, bool confirmed)
    {
        _cells = cells;
        IsConfirmed = confirmed;
    }

    /// <summary>Rows: likelihood very low → high; columns: impact low → severe.</summary>
    public static RiskMatrix Default { get; } = new(new[,]
    {
        { RiskLevel.Low, RiskLevel.Low, RiskLevel.Medium, RiskLevel.Medium },
        { RiskLevel.Low, RiskLevel.Medium, RiskLevel.Medium, RiskLevel.High },
        { RiskLevel.Medium, RiskLevel.Medium, RiskLevel.High, RiskLevel.High },
        { RiskLevel.Medium, RiskLevel.High, RiskLevel.High, RiskLevel.High },
    }, confirmed: false);

    /// <summary>Whether the table was confirmed against the standard; false means 待确认.</summary>
    public bool IsConfirmed { get; }

    public RiskLevel Rate(LikelihoodLevel likelihood, ImpactLevel impact)
    {
        if (!Enum.IsDefined(likelihood) || !Enum.IsDefined(impact))
        {
            throw new AssessmentRuleException(AssessmentRule.RatingInvalid);
        }

        return _cells[(int)likelihood, (int)impact];
    }

    /// <summary>A table confirmed (or corrected) by an officer: 16 cells, rows by likelihood, columns by impact.</summary>
    /// <exception cref="AssessmentRuleException">Not 4 × 4, an undefined level, or a cell lower than a cell of lesser likelihood or impact.</exception>
    public static RiskMatrix Confirmed(RiskLevel[,] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.GetLength(0) != 4 || cells.GetLength(1) != 4)
        {
            throw new AssessmentRuleException(AssessmentRule.MatrixShape);
        }

        for (var l = 0; l < 4; l++)
        {
            for (var i = 0; i < 4; i++)
            {
                if (!Enum.IsDefined(cells[l, i]) || (l > 0 && cells[l, i] < cells[l - 1, i]) || (i > 0 && cells[l, i] < cells[l, i - 1]))
                {
                    throw new AssessmentRuleException(AssessmentRule.MatrixNotMonotone);
                }
            }
        }

        return new RiskMatrix((RiskLevel[,])cells.Clone(), confirmed: true);
    }
}
