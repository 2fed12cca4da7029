using LiqunCompliance.Domain.Register;

namespace LiqunCompliance.Tests.Domain.Register;

public sealed class RegisterListChangesTests
{
    private static readonly IReadOnlyList<RegisterEntryData> Published = SeedRegister.Entries;

    [Fact]
    public void NothingChanged_NoChanges()
    {
        RegisterListChanges.Compare(Published, Published).ShouldBeEmpty();
    }

    [Fact]
    public void NewEntry_IsAdded_WithItsListedFields()
    {
        var added = Published[0] with { Name = "友盟统计 SDK", Provider = "友盟同欣（北京）科技有限公司" };

        var changes = RegisterListChanges.Compare(Published, [.. Published, added]);

        var change = changes.ShouldHaveSingleItem();
        change.Kind.ShouldBe(ListChangeKind.Added);
        change.Name.ShouldBe("友盟统计 SDK");
        change.Fields.ShouldContain(f => f.Field == nameof(RegisterEntryData.Purpose) && f.After == added.Purpose);
    }

    [Fact]
    public void RetiredOrSuspendedEntry_IsRemoved()
    {
        var current = Published.Select((e, i) => i switch
        {
            0 => e with { Status = EntryStatus.Retired, RetiredReason = "不再使用" },
            1 => e with { Status = EntryStatus.Suspended },
            _ => e,
        }).ToList();

        var changes = RegisterListChanges.Compare(Published, current);

        changes.Count.ShouldBe(2);
        changes.ShouldAllBe(c => c.Kind == ListChangeKind.Removed && c.Fields.Count == 0);
        changes.Select(c => c.Name).ShouldBe([Published[0].Name, Published[1].Name], ignoreOrder: true);
    }

    [Fact]
    public void ChangedPurposeOrItems_IsChanged_FieldByField()
    {
        var current = Published.Select((e, i) => i == 6 ? e with { Purpose = "推送营销消息", InformationItems = [.. e.InformationItems, "oaid"] } : e).ToList();

        var change = RegisterListChanges.Compare(Published, current).ShouldHaveSingleItem();

        change.Kind.ShouldBe(ListChangeKind.Changed);
        change.Fields.Select(f => f.Field).ShouldBe([nameof(RegisterEntryData.Purpose), nameof(RegisterEntryData.InformationItems)]);
        change.Fields[0].Before.ShouldBe(Published[6].Purpose);
        change.Fields[0].After.ShouldBe("推送营销消息");
    }

    [Fact]
    public void InternalFields_DoNotChangeThePublishedLists()
    {
        var current = Published.Select((e, i) => i == 3 ? e with { NextReviewOn = new DateOnly(2027, 3, 1), Owner = "张三", ContractSignedOn = new DateOnly(2026, 1, 1) } : e).ToList();

        RegisterListChanges.Compare(Published, current).ShouldBeEmpty();
    }

    [Fact]
    public void RenamedEntry_IsARemovalAndAnAddition()
    {
        var current = Published.Select((e, i) => i == 0 ? e with { Provider = "百度在线网络技术（北京）有限公司" } : e).ToList();

        var changes = RegisterListChanges.Compare(Published, current);

        changes.Select(c => c.Kind).ShouldBe([ListChangeKind.Added, ListChangeKind.Removed]);
    }

    [Fact]
    public void NothingPublishedYet_EveryActiveEntryIsAdded()
    {
        RegisterListChanges.Compare([], Published).Count.ShouldBe(Published.Count(e => e.Status == EntryStatus.Active));
    }
}
