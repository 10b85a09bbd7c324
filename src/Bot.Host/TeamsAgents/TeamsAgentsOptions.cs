using System.ComponentModel.DataAnnotations;

namespace Bot.Host.TeamsAgents;

/// <summary>
/// The agents' channel in Teams (section <c>TeamsAgents</c>): new escalations are posted there as cards agents claim and
/// work from. Off while <see cref="ChannelId"/> is empty.
/// </summary>
public sealed class TeamsAgentsOptions : IValidatableObject
{
    public const string Section = "TeamsAgents";

    /// <summary>The agents' channel id, e.g. <c>19:agents-desk@thread.tacv2</c>; empty turns the feature off.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The Teams connector base URL the threads are created at.</summary>
    public string ServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    /// <summary>The tenant id put in the thread's channelData (optional).</summary>
    public string? TenantId { get; set; }

    /// <summary>The language of the cards and of what the bot says in the channel: <c>en</c> (default) or <c>zh</c>.</summary>
    [RegularExpression("^(en|zh)(-[A-Za-z]+)?$")]
    public string Language { get; set; } = "en";

    /// <summary>Pending posts to Teams before new ones are dropped (and logged).</summary>
    [Range(16, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>How often the cards of waiting customers are redrawn, so their waiting time stays current.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan CardRefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    public bool Enabled => !string.IsNullOrWhiteSpace(ChannelId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult("TeamsAgents:ServiceUrl must be an absolute http(s) URL.", [nameof(ServiceUrl)]);
        }
    }
}
