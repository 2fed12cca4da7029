using LiqunCompliance.Domain.PrivacyCenter;
using LiqunCompliance.Domain.Requests;
using LiqunCompliance.Web.Features.Requests.DeadlineRules;
using LiqunCompliance.Web.Resources;
using Microsoft.Extensions.Localization;

namespace LiqunCompliance.Web.Features.PrivacyCenter;

/// <summary>One request type as the privacy center explains it: its name, one sentence, its sources and the deadline the office works to.</summary>
public sealed record TopicView(RequestType Type, string Name, string Explanation, string Sources, string Deadline);

/// <summary>The request types the center offers (<see cref="RequestTopics"/>) with the deadline rule each gets today.</summary>
public sealed class PrivacyCenterTopics(DeadlineRuleService rules, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<TopicView>> AllAsync(CancellationToken cancellationToken = default)
    {
        var views = new List<TopicView>();
        foreach (var topic in RequestTopics.All)
        {
            var rule = await rules.RuleForAsync(topic.Type, cancellationToken);
            var sources = topic.PolicySections.Select(s => text["PrivacyCenter.Source.Policy", s].Value)
                .Concat(topic.PiplArticles.Select(a => text["PrivacyCenter.Source.Pipl", a].Value));
            views.Add(new TopicView(topic.Type, text[$"Requests.Type.{topic.Type}"], text[$"PrivacyCenter.Topic.{topic.Type}"],
                string.Join(text["PrivacyCenter.Source.Separator"], sources),
                text[$"PrivacyCenter.Deadline.{rule.Start}", rule.Days, text[$"Requests.RuleKind.{rule.Kind}"]]));
        }

        return views;
    }
}
