namespace Bot.Domain.Surveys;

/// <summary>How the satisfaction index C = b/a reads (DOMAIN.md §2.2, R17).</summary>
public enum SatisfactionBand
{
    /// <summary>C = 0: the customer's expectations were not met at all.</summary>
    NotMetAtAll,

    /// <summary>C &lt; 1 − ε.</summary>
    Dissatisfied,

    /// <summary>|C − 1| ≤ ε: fairly satisfied, "average".</summary>
    FairlySatisfied,

    /// <summary>C &gt; 1 + ε: the customer got more than expected.</summary>
    VerySatisfied,
}
