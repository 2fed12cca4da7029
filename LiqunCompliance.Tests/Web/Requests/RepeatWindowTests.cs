using LiqunCompliance.Domain.Identity;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Tests.TestSupport;
using LiqunCompliance.Web.Features.Requests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LiqunCompliance.Tests.Web.Requests;

/// <summary>The repeat window of policy 五.5 is a setting (the policy names no period), not a constant.</summary>
public sealed class RepeatWindowTests(RepeatWindowTests.OneMonthFactory factory) : IClassFixture<RepeatWindowTests.OneMonthFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameAccount_TwoMonthsApart_NotARepeatWithAOneMonthWindow_ButWithinOne()
    {
        await using var scope = factory.ScopeAs("cs-repeat", "cs@demo.liqun", Roles.CustomerServiceSupervisor);
        var intake = scope.ServiceProvider.GetRequiredService<RequestIntakeService>();
        var now = TestClock.Now;
        IntakeForm Form(DateTimeOffset at) => new() { Type = RequestType.Access, Channel = RequestChannel.Hotline, Phone = "13812345678", AccountId = "REPEAT-WINDOW-1", ReceivedAt = at };

        (await intake.IntakeAsync(Form(now.AddMonths(-2)), Ct)).Succeeded.ShouldBeTrue();
        var later = await intake.IntakeAsync(Form(now.AddDays(-1)), Ct);
        var again = await intake.IntakeAsync(Form(now), Ct);

        later.Value!.IsRepeat.ShouldBeFalse();
        again.Value!.IsRepeat.ShouldBeTrue();
    }

    public sealed class OneMonthFactory : ComplianceWebFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Requests:RepeatWindowMonths", "1");
        }
    }
}
