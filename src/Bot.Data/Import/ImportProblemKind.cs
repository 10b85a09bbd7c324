namespace Bot.Data.Import;

/// <summary>Why a row was rejected; reported as <c>code</c> next to the human-readable reason.</summary>
public enum ImportProblemKind
{
    /// <summary>The file cannot be read: not UTF-8, not valid JSON, a broken CSV quote, a wrong number of fields.</summary>
    Syntax,
    MissingField,
    UnknownField,
    InvalidValue,
    TooLong,
    BadTrackingNumber,
    UnknownStage,
    UnknownTier,
    TimestampWithoutOffset,
    InvalidTimestamp,
    WindowEndsBeforeStart,
    UnknownCustomer,
    UnknownShipment,
    Duplicate,
    Conflict,
}
