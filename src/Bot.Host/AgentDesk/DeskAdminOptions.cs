using System.ComponentModel.DataAnnotations;

namespace Bot.Host.AgentDesk;

/// <summary>The first admin account of the desk (<c>AgentDesk:Admin</c>); both values or neither.</summary>
public sealed class DeskAdminOptions : IValidatableObject
{
    /// <summary>Sign-in name of the first admin.</summary>
    [StringLength(64)]
    public string UserName { get; set; } = "";

    /// <summary>Its password; keep it in user secrets or the environment, never in appsettings.json.</summary>
    [StringLength(128)]
    public string Password { get; set; } = "";

    /// <summary>The name agents and customers see; empty: the user name.</summary>
    [StringLength(80)]
    public string DisplayName { get; set; } = "";

    public bool IsSet => UserName.Length > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(UserName) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(
                "Set both AgentDesk:Admin:UserName and AgentDesk:Admin:Password, or neither.",
                [nameof(UserName), nameof(Password)]);
        }
        else if (IsSet && !DeskAccountRules.IsValidUserName(UserName))
        {
            yield return new ValidationResult(DeskAccountRules.UserNameRule, [nameof(UserName)]);
        }
    }
}
