using System.Globalization;
using LiqunCompliance.Domain.Calendar;
using LiqunCompliance.Domain.Common;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// About sixty requests across every type, channel and status, some overdue and some due soon, received over the
/// last two months, so the queue looks like a real Monday morning. Built through the domain's own methods.
/// </summary>
internal static class DemoRequestSeeder
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "于", "林"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "海峰", "晓东"];
    private static readonly string[] Streets =
    [
        "青岛市市南区香港中路 59 号", "青岛市市北区辽宁路 118 号", "青岛市李沧区京口路 26 号", "青岛市崂山区深圳路 222 号",
        "青岛市黄岛区长江中路 216 号", "青岛市城阳区正阳路 158 号", "青岛市市南区东海西路 35 号", "青岛市即墨区蓝鳌路 1130 号",
    ];

    private static readonly (RequestType Type, string Details)[] Requests =
    [
        (RequestType.Access, "申请查阅并复制本人近一年的订单记录和收货地址信息。"),
        (RequestType.Correction, "会员资料中的手机号已停用，请更正为新号码；收货地址门牌号有误。"),
        (RequestType.Deletion, "已不再使用利群网商，请删除本人的浏览记录、收藏夹和收货地址。"),
        (RequestType.ConsentWithdrawal, "撤回对个性化推荐和精准营销的授权同意。"),
        (RequestType.AccountCancellation, "申请注销利群网商账户。"),
        (RequestType.MarketingOptOut, "短信回复 TD 后仍收到促销短信，请停止发送营销信息。"),
        (RequestType.Explanation, "请说明为何 App 在后台读取位置信息，以及与哪些第三方共享。"),
        (RequestType.Transfer, "请将本人的订单与发票信息导出，以便转移至其他平台。"),
        (RequestType.DeceasedUserRequest, "家父已去世，作为近亲属申请查阅并删除其账户中的个人信息（附死亡证明与亲属关系证明）。"),
        (RequestType.Complaint, "投诉：未经同意收到合作商户的营销电话，怀疑个人信息被共享。"),
        (RequestType.Inquiry, "咨询：使用微信支付时，利群会向腾讯提供哪些个人信息？"),
    ];

    private const int Count = 60;

    /// <summary>
    /// How many of the sixty demo requests are of each type, as an office sees them: mostly access, deletion, cancellation
    /// and questions, a handful of the rest, one request from a deceased user's next of kin (each type at least once).
    /// </summary>
    private static readonly (RequestType Value, int Count)[] TypeMix =
    [
        (RequestType.Access, 12), (RequestType.Deletion, 9), (RequestType.AccountCancellation, 9), (RequestType.Inquiry, 8),
        (RequestType.Correction, 6), (RequestType.MarketingOptOut, 5), (RequestType.ConsentWithdrawal, 4), (RequestType.Complaint, 3),
        (RequestType.Explanation, 2), (RequestType.Transfer, 1), (RequestType.DeceasedUserRequest, 1),
    ];

    /// <summary>Mostly the hotline and the app; a few letters and cases passed on by a regulator.</summary>
    private static readonly (RequestChannel Value, int Count)[] ChannelMix =
    [
        (RequestChannel.Hotline, 22), (RequestChannel.App, 14), (RequestChannel.Email, 10), (RequestChannel.H5, 7), (RequestChannel.Letter, 3), (RequestChannel.Regulator, 4),
    ];

    /// <summary>The mix in a fixed shuffled order (the same demo on every machine).</summary>
    private static List<T> Mix<T>((T Value, int Count)[] mix, Random random)
    {
        var list = mix.SelectMany(m => Enumerable.Repeat(m.Value, m.Count)).ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>
    /// When a demo request came in, spread over the last two months: the hotline, e-mail, letters and regulators' referrals
    /// are taken in by the office on working days between 09:00 and 17:30; the app and H5 page any day from 07:00 to 23:00;
    /// minutes vary. Never later than an hour before now.
    /// </summary>
    private static DateTimeOffset ReceivedAt(int index, RequestChannel channel, DateTimeOffset now, Random random, WorkdayCalendar calendar)
    {
        var staffed = channel is RequestChannel.Hotline or RequestChannel.Email or RequestChannel.Letter or RequestChannel.Regulator;
        var day = ChinaTime.DateOf(now.AddHours(-(2 + (index * 23) + random.Next(0, 20))));
        while (true)
        {
            if (!staffed || calendar.IsWorkingDay(day))
            {
                var minutes = staffed ? random.Next(9 * 60, (17 * 60) + 30) : random.Next(7 * 60, 23 * 60);
                var at = ChinaTime.StartOfDay(day).AddMinutes(minutes);
                if (at <= now.AddHours(-1))
                {
                    return at;
                }
            }

            day = day.AddDays(-1);
        }
    }

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PrivacyRequests.AnyAsync(cancellationToken))
        {
            return;
        }

        var staff = await StaffAsync(db, cancellationToken);
        var calendar = new WorkdayCalendar((await db.CalendarYears.AsNoTracking().Select(y => y.Notice).ToListAsync(cancellationToken)).SelectMany(CalendarNotice.Parse));
        var lookup = services.GetRequiredService<RequesterLookupHasher>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var random = new Random(20261124);
        var year = Domain.Common.ChinaTime.ToShanghai(now).Year;

        var types = Mix(TypeMix, random);
        var channels = Mix(ChannelMix, random);

        // One explanation is answered (stage 4, see Advance): its letter quotes the policy, which the published-text checks read.
        var explained = types.IndexOf(RequestType.Explanation);
        var answered = Enumerable.Range(0, Count).First(i => i % 7 == 4 && types[i] != RequestType.Explanation);
        if (explained % 7 != 4)
        {
            (types[explained], types[answered]) = (types[answered], types[explained]);
        }
        for (var i = 0; i < Count; i++)
        {
            var type = types[i];
            var details = Requests.First(r => r.Type == type).Details;
            var channel = channels[i];
            var receivedAt = ReceivedAt(i, channel, now, random, calendar);
            var name = Surnames[random.Next(Surnames.Length)] + GivenNames[random.Next(GivenNames.Length)];
            var account = i % 20 == 3 ? "LQ88001234" : $"LQ{random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture)}";
            var requester = Requester.Create(name, $"13{random.Next(0, 10)}{random.Next(10000000, 99999999)}",
                i % 3 == 0 ? $"user{random.Next(1000, 9999)}@example.com" : null, account);
            var intake = i % 4 == 0 && i % 7 != 5 ? staff.Officer : staff.Supervisor;
            var lookups = await lookup.LookupsAsync(requester, cancellationToken);
            var hash = lookups.Account;
            var earlier = await db.PrivacyRequests.CountAsync(r => r.AccountLookup == hash, cancellationToken)
                + db.ChangeTracker.Entries<PrivacyRequest>().Count(e => e.Entity.AccountLookup == hash);

            var request = PrivacyRequest.Receive($"LQ-{year}-{i + 1:D6}", type, channel, requester,
                $"{details}（地址：{Streets[random.Next(Streets.Length)]}）", receivedAt, DefaultDeadlineRules.For(type), lookups, earlier, intake, calendar, receivedAt);
            Advance(request, i, receivedAt, now, staff, calendar);
            db.PrivacyRequests.Add(request);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Moves a request along so that every status appears, with a few overdue and a few due soon.</summary>
    private static void Advance(PrivacyRequest request, int index, DateTimeOffset receivedAt, DateTimeOffset now, DemoStaff staff, WorkdayCalendar calendar)
    {
        var step = receivedAt.AddHours(3) < now ? receivedAt.AddHours(3) : now;
        var stage = index % 7;
        if (stage == 0)
        {
            return; // Received
        }

        if (RequestWorkflow.NeedsIdentityVerification(request.Type))
        {
            request.RequestVerification(staff.Supervisor, step);
            if (stage == 1)
            {
                return; // Awaiting verification
            }

            request.VerifyIdentity(index % 2 == 0 ? VerificationMethod.SmsCode : VerificationMethod.AccountLogin, step, staff.Supervisor, calendar, step);
        }
        else
        {
            request.StartWork(staff.Supervisor, step);
        }

        request.Assign(index % 3 == 0 ? staff.Supervisor.Id : staff.Officer.Id, index % 3 == 0 ? staff.Supervisor.Name : staff.Officer.Name, staff.Officer, step);
        if (request.Type == RequestType.AccountCancellation)
        {
            foreach (var precondition in Enum.GetValues<CancellationPrecondition>())
            {
                request.CheckPrecondition(precondition, true, null, staff.Officer, step);
            }
        }

        if (RequestWorkflow.RequiresRecipientFollowUp(request.Type) && stage <= 4)
        {
            // Requests being worked or answered (not refused or withdrawn): the courier is written to; the analytics SDK is
            // still to be notified while the work goes on, and has confirmed on answered ones (a request is completed only
            // once every recipient is notified).
            var courier = request.AddFollowUp(Courier, staff.Recipients.GetValueOrDefault(Courier), staff.Officer, step);
            var analytics = request.AddFollowUp(Analytics, staff.Recipients.GetValueOrDefault(Analytics), staff.Officer, step);
            request.UpdateFollowUp(courier.Id, FollowUpStatus.Notified, "已发函", staff.Officer, step);
            if (stage == 4)
            {
                request.UpdateFollowUp(analytics.Id, FollowUpStatus.ConfirmedDeleted, "对方书面确认已删除", staff.Officer, ClosedAt(receivedAt, step, now, index));
            }
        }

        switch (stage)
        {
            case 2:
                request.AddNote("已电话联系请求人，确认诉求。", staff.Supervisor, step);
                break; // In progress
            case 3:
                request.AwaitRequester("请补充提供身份证正反面照片。", staff.Officer, step);
                break;
            case 4:
                var answered = ClosedAt(receivedAt, step, now, index);
                request.RecordAnswerSent(RequestChannel.Email, answered, staff.Officer, answered);
                request.Complete("已按请求处理并书面答复请求人。", staff.Officer, answered, DemoAnswer(request.Type));
                break;
            case 5 when RefusalGrounds.MayBeRefused(request.Type):
                request.Reject(RefusalReason.MaliceOrAbuse, "同一诉求短期内反复提出且提供的信息明显不实。", staff.Officer, ClosedAt(receivedAt, step, now, index));
                break;
            case 6:
                request.Withdraw("请求人来电表示问题已解决，撤回请求。", staff.Supervisor, ClosedAt(receivedAt, step, now, index));
                break;
        }
    }

    /// <summary>
    /// When a demo request is answered, refused or withdrawn: 2 to 24 days after receipt (so the dashboard's median and p90
    /// days to close look like an office's), never before its last step nor after now.
    /// </summary>
    private static DateTimeOffset ClosedAt(DateTimeOffset receivedAt, DateTimeOffset step, DateTimeOffset now, int index)
    {
        var closed = receivedAt.AddDays(2 + (index * 7 % 23)).AddHours(index % 9);
        var latest = now.AddMinutes(-30);
        if (closed > latest)
        {
            closed = latest;
        }

        return closed < step ? step : closed;
    }

    /// <summary>What a demo letter tells the requester beyond the standard sentence of its type.</summary>
    private static string? DemoAnswer(RequestType type) => type switch
    {
        RequestType.Explanation => "您询问的订单信息用途，见隐私政策一.(一)1(3)：我们使用订单信息进行身份核验、确定交易、支付结算、完成配送、查询订单以及提供客服咨询与售后服务。",
        RequestType.Complaint => "经核查，您反映的营销短信系系统未及时同步您的退订设置所致，我们已更正设置并向您致歉。",
        RequestType.Inquiry => "您可在 App“我的—设置—隐私”中逐项查看并开启或关闭位置、相机、相册、麦克风及通讯录权限。",
        _ => null,
    };

    private const string Courier = "顺丰速运";
    private const string Analytics = "百度统计 SDK";

    /// <summary>The demo accounts who work the requests, and the register entries their deletion follow-ups go to.</summary>
    private sealed record DemoStaff(Actor Supervisor, Actor Officer, IReadOnlyDictionary<string, Guid?> Recipients);

    private static async Task<DemoStaff> StaffAsync(ComplianceDbContext db, CancellationToken cancellationToken)
    {
        var cs = await db.Users.AsNoTracking().FirstAsync(u => u.Email == "cs@demo.liqun", cancellationToken);
        var officer = await db.Users.AsNoTracking().FirstAsync(u => u.Email == "officer@demo.liqun", cancellationToken);
        var recipients = new Dictionary<string, Guid?>
        {
            [Courier] = await Features.Register.RegisterEntryLookup.IdByNameAsync(db, Courier, cancellationToken),
            [Analytics] = await Features.Register.RegisterEntryLookup.IdByNameAsync(db, Analytics, cancellationToken),
        };
        return new DemoStaff(new Actor(cs.Id, cs.DisplayName, false), new Actor(officer.Id, officer.DisplayName, true), recipients);
    }

}
