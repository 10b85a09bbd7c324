using System.ComponentModel.DataAnnotations;

namespace Bot.Dialogs.Main;

/// <summary>How the customer-service dialog introduces itself and when it offers a person (section <c>CustomerService</c>).</summary>
public sealed class CustomerServiceOptions
{
    public const string Section = "CustomerService";

    /// <summary>The name the welcome message introduces the bot with.</summary>
    public string Name { get; set; } = "Logistics Assistant";

    /// <summary>
    /// After this many messages in a row that the menu did not understand, the bot offers a person (DOMAIN.md §10 R8, R10).
    /// A task that gives up on an answer (its question was not understood several times) offers a person at once.
    /// </summary>
    [Range(1, 10)]
    public int MisunderstandingsBeforeOffer { get; set; } = 2;

    /// <summary>
    /// How else customers reach the customer-service team (e.g. "400-800-0000 or service@example.com"), told when no agent
    /// can join the chat; empty: the bot only says phone or e-mail.
    /// </summary>
    public string Contact { get; set; } = string.Empty;
}
