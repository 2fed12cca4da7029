using System.Net;
using System.Text.RegularExpressions;
using LiqunCompliance.Domain.Audit;
using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.PrivacyCenter;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Data;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.PrivacyCenter;

/// <summary>
/// The public privacy center (issue 18 §1), branch by branch, with codes received through a real SMTP server and the
/// SMS pickup folder: only a verified submission becomes a request; tracking never tells whether a reference exists.
/// </summary>
public sealed partial class PrivacyCenterTests(PrivacyCenterWebFactory factory) : IClassFixture<PrivacyCenterWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThePage_ExplainsEachRequest_WithItsSource_TheDeadline_AndThePolicysOwnWords_InBothLanguages()
    {
        using var client = factory.CreateBrowserLikeClient();

        var zh = await client.GetStringAsync("/privacy-center?culture=zh-CN", Ct);
        var en = await client.GetStringAsync("/privacy-center?culture=en-US", Ct);

        zh.ShouldContain("<h1>隐私中心</h1>");
        zh.ShouldContain("隐私政策 五.1；《个人信息保护法》第 45 条");
        zh.ShouldContain("《个人信息保护法》第 48 条");
        zh.ShouldContain("自核验您的身份之日起 30 日内答复");
        zh.ShouldContain("自收到请求之日起 15 个工作日内答复");
        zh.ShouldContain("我们将在收到您反馈并验证您的身份后的30天内答复您的请求");
        en.ShouldContain("<h1>Privacy center</h1>");
        en.ShouldContain("answered within 30 days after we verify your identity");
        foreach (var topic in RequestTopics.All)
        {
            zh.ShouldContain($"data-type=\"{topic.Type}\"");
            zh.ShouldContain($"<option value=\"{topic.Type}\"");
        }

        // Nothing loaded from another site.
        ExternalReference().IsMatch(zh).ShouldBeFalse();
        zh.ShouldContain("name=\"__RequestVerificationToken\"");
    }

    [Fact]
    public async Task AnEmailSubmission_BecomesARequest_OnlyWhenItsCodeIsEntered_AndOnlyOnce()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();

        var sent = await client.SubmitByEmailAsync(email);

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var verify = sent.Where();
        verify.ShouldStartWith("/privacy-center/verify/");
        (await RequestsToAsync(email)).ShouldBe(0);
        var mail = (await factory.WaitForMailAsync(email, 1)).ShouldHaveSingleItem();
        mail.Subject.ShouldBe("利群网商隐私中心验证码");
        var code = await factory.EmailCodeAsync(email);

        var wrong = await client.EnterCodeAsync(verify, code == "000000" ? "111111" : "000000");
        (await wrong.Content.ReadAsStringAsync(Ct)).ShouldContain("验证码不正确，还可尝试 4 次。");
        (await RequestsToAsync(email)).ShouldBe(0);

        var right = await client.EnterCodeAsync(verify, code);
        var page = await right.Content.ReadAsStringAsync(Ct);
        var reference = ReferenceIn(page);
        page.ShouldContain("您的联系方式已通过验证码验证，但这还不是身份核验");

        var again = await (await client.EnterCodeAsync(verify, code)).Content.ReadAsStringAsync(Ct);
        ReferenceIn(again).ShouldBe(reference);
        (await RequestsToAsync(email)).ShouldBe(1);

        await using var db = await Db();
        var request = await db.PrivacyRequests.Include(r => r.Events).SingleAsync(r => r.Reference == reference, Ct);
        request.Channel.ShouldBe(RequestChannel.H5);
        request.Type.ShouldBe(RequestType.Access);
        request.Status.ShouldBe(RequestStatus.Received);
        request.IdentityVerifiedAt.ShouldBeNull();
        request.DueDate.ShouldBeNull(); // the clock starts at identity verification, not at the code
        request.Requester.Email.ShouldBe(email);
        request.Requester.Name.ShouldBe("王小利");
        request.IntakeByName.ShouldBe(RequestActors.PrivacyCenter.Name);
        var proof = request.Events.Single(e => e.Kind == RequestEventKind.ContactVerified);
        proof.Detail.ShouldBe("Email");
        proof.At.ShouldBe(factory.Clock.GetUtcNow(), TimeSpan.FromMinutes(1));
        var challenge = await db.ContactChallenges.AsNoTracking().SingleAsync(c => c.RequestId == request.Id, Ct);
        challenge.Payload.ShouldBeNull();
        challenge.Attempts.ShouldBe(2);

        // At rest: the contact is encrypted, the code is a keyed hash, and no log line holds either.
        await using var raw = factory.OpenRawConnection();
        await using var command = raw.CreateCommand();
        command.CommandText = $"SELECT \"RequesterEmail\" FROM \"PrivacyRequests\" WHERE \"Reference\" = '{reference}'";
        ((string)(await command.ExecuteScalarAsync(Ct))!).ShouldNotContain(email);
        challenge.CodeHash.ShouldNotContain(code);
        factory.LogLines.ShouldNotContain(l => l.Contains(email, StringComparison.OrdinalIgnoreCase) || l.Contains(code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task APhoneSubmission_GetsItsCodeBySms_InTheUsersLanguage()
    {
        using var client = factory.CreateBrowserLikeClient();
        var phone = NewPhone();

        var sent = await client.SubmitAsync(new() { ["Form.Type"] = "MarketingOptOut", ["Form.ContactKind"] = "Phone", ["Form.Contact"] = phone }, "en-US");

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        factory.SmsTo(phone).ShouldHaveSingleItem().ShouldContain("valid for 10 minutes");
        var page = await (await client.EnterCodeAsync(sent.Where(), factory.LatestSmsCode(phone))).Content.ReadAsStringAsync(Ct);
        var reference = ReferenceIn(page);
        await using var db = await Db();
        var request = await db.PrivacyRequests.Include(r => r.Events).SingleAsync(r => r.Reference == reference, Ct);
        request.Requester.Phone.ShouldBe(phone);
        request.Requester.Email.ShouldBeNull();
        request.Events.Single(e => e.Kind == RequestEventKind.ContactVerified).Detail.ShouldBe("Phone");
    }

    [Theory]
    [InlineData("Foo", "Email", "ok", "", "请从列表中选择请求类型。")]
    [InlineData("3", "Email", "ok", "", "请从列表中选择请求类型。")]
    [InlineData("Access", "Fax", "ok", "", "请选择电子邮箱或手机号。")]
    [InlineData("Access", "Email", "not-an-email", "", "请填写有效的电子邮箱地址")]
    [InlineData("Access", "Phone", "call me", "", "请填写 7 至 15 位数字的手机号")]
    [InlineData("Access", "Email", "", "", "请填写电子邮箱地址。")]
    [InlineData("Access", "Email", "ok", "long", "最多 3000 个字符。")]
    [InlineData("Access", "Email", "ok", "bell", "请删除控制字符")]
    [InlineData("DeceasedUserRequest", "Email", "ok", "", "请填写您与已故用户的关系。")]
    public async Task ABadForm_IsRefusedWithALocalisedMessage_AndNothingIsStoredOrSent(string type, string kind, string contact, string details, string message)
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        var before = await ChallengesAsync();

        var response = await client.SubmitAsync(new()
        {
            ["Form.Type"] = type,
            ["Form.ContactKind"] = kind,
            ["Form.Contact"] = contact == "ok" ? email : contact,
            ["Form.Details"] = details switch { "long" => new string('字', 3001), "bell" => "请删除\u0007我的数据", _ => "" },
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync(Ct);
        page.ShouldContain(message);
        page.ShouldContain("role=\"alert\"");
        page.ShouldContain("aria-invalid=\"true\"");
        (await ChallengesAsync()).ShouldBe(before);
        factory.MailTo(email).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheNextOfKin_StatesTheRelationship_AndConfirmsProofToFollow_WhichTheOfficeReadsFirst()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        var fields = new Dictionary<string, string>
        {
            ["Form.Type"] = "DeceasedUserRequest", ["Form.ContactKind"] = "Email", ["Form.Contact"] = email,
            ["Form.Relationship"] = "子女", ["Form.Details"] = "请删除家父账户中的收货地址",
        };

        var unconfirmed = await (await client.SubmitAsync(fields)).Content.ReadAsStringAsync(Ct);
        unconfirmed.ShouldContain("请确认您将按要求提供证明材料。");

        fields["Form.ProofToFollow"] = "true";
        var sent = await client.SubmitAsync(fields, "en-US");
        var reference = ReferenceIn(await (await client.EnterCodeAsync(sent.Where(), await factory.EmailCodeAsync(email))).Content.ReadAsStringAsync(Ct));

        await using var db = await Db();
        var request = await db.PrivacyRequests.SingleAsync(r => r.Reference == reference, Ct);
        request.Type.ShouldBe(RequestType.DeceasedUserRequest);
        request.Details.ShouldStartWith("已故用户近亲属提出；与已故用户的关系：子女\n亲属关系及死亡证明材料：待提供（请求人已确认）。");
        request.Details.ShouldEndWith("请删除家父账户中的收货地址");
    }

    [Fact]
    public async Task AnExpiredCode_IsRefused_AndNothingIsRecorded()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        var verify = (await client.SubmitByEmailAsync(email)).Where();
        var code = await factory.EmailCodeAsync(email);

        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var page = await (await client.EnterCodeAsync(verify, code)).Content.ReadAsStringAsync(Ct);

        page.ShouldContain("验证码已过期（有效期 10 分钟），请重新获取。");
        page.ShouldContain("data-testid=\"pc-new-code\"");
        (await RequestsToAsync(email)).ShouldBe(0);
    }

    [Fact]
    public async Task FiveWrongCodes_EndTheCode_SoTheRightOneNoLongerWorks()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        var verify = (await client.SubmitByEmailAsync(email)).Where();
        var code = await factory.EmailCodeAsync(email);
        var wrong = code == "999999" ? "888888" : "999999";

        for (var i = 0; i < 4; i++)
        {
            await client.EnterCodeAsync(verify, wrong);
        }

        var fifth = await (await client.EnterCodeAsync(verify, wrong)).Content.ReadAsStringAsync(Ct);
        fifth.ShouldContain("错误次数过多，此验证码已失效，请重新获取。");
        var malformed = await (await PrivacyCenterForms.PostAsync(client, verify, "code", new() { ["Form.Code"] = "12ab" })).Content.ReadAsStringAsync(Ct);
        malformed.ShouldContain("验证码为 6 位数字。");

        // The form is gone from the page; a post made anyway is still refused.
        fifth.ShouldNotContain("name=\"Form.Code\"");
        await using var db = await Db();
        var challengeId = Guid.Parse(verify[(verify.LastIndexOf('/') + 1)..]);
        var challenge = await db.ContactChallenges.AsNoTracking().SingleAsync(c => c.Id == challengeId, Ct);
        challenge.Attempts.ShouldBe(OneTimeCode.MaxAttempts);
        challenge.IsVerified.ShouldBeFalse();
        (await RequestsToAsync(email)).ShouldBe(0);
    }

    [Fact]
    public async Task Tracking_SendsACodeOnlyWhenReferenceAndContactMatch_AndAnswersTheSameEitherWay()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        var stranger = NewEmail();
        var reference = await SubmitAndVerifyAsync(client, email);

        var match = await client.TrackAsync(reference.ToLowerInvariant(), "Email", email.ToUpperInvariant());
        var wrongContact = await client.TrackAsync(reference, "Email", stranger);
        var noSuchReference = await client.TrackAsync("LQ-2026-999999", "Email", email);

        foreach (var response in new[] { match, wrongContact, noSuchReference })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Where().ShouldStartWith("/privacy-center/verify/");
        }

        (await factory.WaitForMailAsync(email, 2)).Count.ShouldBe(2); // the submission's code and the tracking code
        factory.MailTo(stranger).ShouldBeEmpty();
        var pages = await Task.WhenAll(new[] { match, wrongContact, noSuchReference }.Select(async r =>
            Normalise(await client.GetStringAsync(r.Where(), Ct))));
        pages.Distinct().Count().ShouldBe(1);

        var guessed = await (await client.EnterCodeAsync(wrongContact.Where(), await factory.EmailCodeAsync(email))).Content.ReadAsStringAsync(Ct);
        guessed.ShouldContain("验证码不正确，还可尝试 4 次。");

        var opened = await client.EnterCodeAsync(match.Where(), await factory.EmailCodeAsync(email, 2));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        opened.Where().ShouldBe("/privacy-center/track/status");
        // Someone else holding the address of that code page (a shared phone's history) gets nothing with another code.
        using var other = factory.CreateBrowserLikeClient();
        var code = await factory.EmailCodeAsync(email, 2);
        var stolen = await other.EnterCodeAsync(match.Where(), code == "000000" ? "111111" : "000000");
        stolen.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await stolen.Content.ReadAsStringAsync(Ct)).ShouldContain("验证码不正确");
        (await other.GetStringAsync("/privacy-center/track/status", Ct)).ShouldContain("data-testid=\"pc-no-pass\"");

        var status = await client.GetStringAsync("/privacy-center/track/status", Ct);
        status.ShouldContain($"data-testid=\"pc-status-reference\">{reference}<");
        status.ShouldContain("data-testid=\"pc-status-state\">已收到<");
        status.ShouldContain("data-testid=\"pc-status-due\">自身份核验后起算<");

        // Nothing else about the request: not the name, the contact, the type or the details.
        status.ShouldNotContain("王小利");
        status.ShouldNotContain(email, Case.Insensitive);
        status.ShouldNotContain("订单信息");
        status.ShouldNotContain("查阅");
    }

    [Fact]
    public async Task TheAnswerLetter_IsDownloadable_OnlyWithATrackingPass_AndOnlyOnceAnswered()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        var reference = await SubmitAndVerifyAsync(client, email);

        (await client.GetAsync("/privacy-center/track/letter.pdf", Ct)).Where().ShouldBe("/privacy-center/track");
        (await client.GetStringAsync("/privacy-center/track/status", Ct)).ShouldContain("data-testid=\"pc-no-pass\"");

        await OpenTrackingAsync(client, reference, email);
        (await client.GetAsync("/privacy-center/track/letter.pdf?lang=zh-CN", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await AnswerAsync(reference);
        var status = await client.GetStringAsync("/privacy-center/track/status", Ct);
        status.ShouldContain("data-testid=\"pc-status-state\">已答复<");
        DueDate().IsMatch(status).ShouldBeTrue();
        status.ShouldContain("/privacy-center/track/letter.pdf?lang=zh-CN");
        var letter = await client.GetAsync("/privacy-center/track/letter.pdf?lang=zh-CN", Ct);
        letter.StatusCode.ShouldBe(HttpStatusCode.OK);
        letter.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await letter.Content.ReadAsByteArrayAsync(Ct))[..4].ShouldBe("%PDF"u8.ToArray());

        await using (var db = await Db())
        {
            var id = (await db.PrivacyRequests.SingleAsync(r => r.Reference == reference, Ct)).Id.ToString();
            (await db.AuditRecords.AnyAsync(a => a.Action == AuditAction.PersonalDataRevealed && a.EntityKey == id && a.UserName == RequestActors.PrivacyCenter.Name, Ct)).ShouldBeTrue();
        }

        // "Done" ends the pass.
        var token = await PortalClient.AntiforgeryTokenAsync(client, "/privacy-center/track/status");
        (await client.PostAsync("/privacy-center/track/end", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/privacy-center/track/status", Ct)).ShouldContain("data-testid=\"pc-no-pass\"");
        (await client.GetAsync("/privacy-center/track/letter.pdf", Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task CodesForOneContact_AreLimitedPerHour_WhateverTheyAreFor()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        for (var i = 0; i < 5; i++)
        {
            (await client.SubmitByEmailAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var sixth = await client.SubmitByEmailAsync(email);
        var tracking = await client.TrackAsync("LQ-2026-000001", "Email", email);

        sixth.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await sixth.Content.ReadAsStringAsync(Ct)).ShouldContain("该联系方式请求验证码次数过多，请 60 分钟后再试。");
        (await tracking.Content.ReadAsStringAsync(Ct)).ShouldContain("该联系方式请求验证码次数过多");
        (await factory.WaitForMailAsync(email, 6)).Count.ShouldBe(5);

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        (await client.SubmitByEmailAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryToken_IsRefused_AndNothingIsSent()
    {
        using var client = factory.CreateBrowserLikeClient();
        var email = NewEmail();
        var before = await ChallengesAsync();

        var response = await client.PostAsync("/privacy-center", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "privacy-request", ["Form.Type"] = "Access", ["Form.ContactKind"] = "Email", ["Form.Contact"] = email,
        }), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ChallengesAsync()).ShouldBe(before);
        factory.MailTo(email).ShouldBeEmpty();
    }

    private async Task<string> SubmitAndVerifyAsync(HttpClient client, string email)
    {
        var verify = (await client.SubmitByEmailAsync(email)).Where();
        return ReferenceIn(await (await client.EnterCodeAsync(verify, await factory.EmailCodeAsync(email))).Content.ReadAsStringAsync(Ct));
    }

    private async Task OpenTrackingAsync(HttpClient client, string reference, string email)
    {
        var verify = (await client.TrackAsync(reference, "Email", email)).Where();
        var entered = await client.EnterCodeAsync(verify, await factory.EmailCodeAsync(email, 2));
        entered.Where().ShouldBe("/privacy-center/track/status");
    }

    private async Task AnswerAsync(string reference)
    {
        Guid id;
        await using (var db = await Db())
        {
            id = (await db.PrivacyRequests.SingleAsync(r => r.Reference == reference, Ct)).Id;
        }

        await using var officer = factory.ScopeAs("officer-user", "officer@demo.liqun", Roles.PrivacyOfficer);
        var workflow = officer.ServiceProvider.GetRequiredService<RequestWorkflowService>();
        (await workflow.VerifyIdentityAsync(id, (await workflow.GetAsync(id, Ct))!.Version, VerificationMethod.SmsCode, factory.Clock.GetUtcNow(), Ct)).Succeeded.ShouldBeTrue();
        var done = await workflow.CompleteAsync(id, (await workflow.GetAsync(id, Ct))!.Version, "已提供订单信息副本", "您的订单信息副本见附件。", cancellationToken: Ct);
        done.Succeeded.ShouldBeTrue(done.Error);
    }

    private async Task<ComplianceDbContext> Db() =>
        await factory.Services.GetRequiredService<IDbContextFactory<ComplianceDbContext>>().CreateDbContextAsync(Ct);

    private async Task<int> RequestsToAsync(string email)
    {
        await using var db = await Db();
        var h5 = await db.PrivacyRequests.AsNoTracking().Where(r => r.Channel == RequestChannel.H5).ToListAsync(Ct);
        return h5.Count(r => r.Requester.Email == email);
    }

    private async Task<int> ChallengesAsync()
    {
        await using var db = await Db();
        return await db.ContactChallenges.CountAsync(Ct);
    }

    private static string ReferenceIn(string page) =>
        ReferencePattern().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new ShouldAssertException("No reference on the page: " + page[..Math.Min(page.Length, 3000)]);

    /// <summary>A verify page without what differs per response anyway: the challenge id, the antiforgery token and the framework's encrypted state.</summary>
    private static string Normalise(string page) =>
        Regex.Replace(Regex.Replace(Regex.Replace(page, "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID"), "value=\"CfDJ8[^\"]+\"", "TOKEN"),
            "<!--Blazor-Server-Component-State:[^>]*-->", "STATE");

    private static string NewEmail() => $"pc-{Guid.NewGuid():N}@example.com";

    private static string NewPhone() => "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("data-testid=\"pc-reference\">(LQ-\\d{4}-\\d{6})<")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("(src|href)=\"(https?:)?//")]
    private static partial Regex ExternalReference();

    [GeneratedRegex("data-testid=\"pc-status-due\">\\d{4}-\\d{2}-\\d{2}<")]
    private static partial Regex DueDate();
}

/// <summary>The per-address limit (ASP.NET Core rate limiting) on the privacy center's form posts.</summary>
public sealed class PrivacyCenterRateLimitTests(StrictPrivacyCenterWebFactory factory) : IClassFixture<StrictPrivacyCenterWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostsFromOneAddress_AreLimited_WithALocalisedPage_WhilePagesStillOpen()
    {
        using var client = factory.CreateBrowserLikeClient();
        for (var i = 0; i < StrictPrivacyCenterWebFactory.Permits; i++)
        {
            (await client.TrackAsync("LQ-2026-000001", "Phone", "1390000000" + i)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var refused = await client.TrackAsync("LQ-2026-000001", "Phone", "13900000009");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        page.ShouldContain("<html lang=\"zh-CN\">");
        page.ShouldContain("您的网络在短时间内提交次数过多");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await client.GetAsync("/privacy-center", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
