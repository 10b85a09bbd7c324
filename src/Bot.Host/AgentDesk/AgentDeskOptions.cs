using System.ComponentModel.DataAnnotations;

namespace Bot.Host.AgentDesk;

/// <summary>The agent desk at <c>/agent</c>: sign-in, lock-out and the first account (section <c>AgentDesk</c>).</summary>
public sealed class AgentDeskOptions : IValidatableObject
{
    public const string Section = "AgentDesk";

    /// <summary>The first admin, created at start when the store has no desk account yet. Empty: none from configuration.</summary>
    public DeskAdminOptions Admin { get; set; } = new();

    /// <summary>In the Development environment with no account and no <see cref="Admin"/>, create one with a random password and print it to the console.</summary>
    public bool GenerateDevelopmentAccount { get; set; } = true;

    /// <summary>How long a sign-in lasts without activity (sliding).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins in a row after which the user name is locked.</summary>
    [Range(1, 100)]
    public int LockoutAttempts { get; set; } = 5;

    /// <summary>How long a locked user name stays locked.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Shortest password accepted for new accounts.</summary>
    [Range(8, 128)]
    public int MinimumPasswordLength { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(Admin, new ValidationContext(Admin), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => $"{nameof(Admin)}.{m}")]));
    }
}
