namespace Bot.Domain.Shipments;

/// <summary>
/// A waybill / tracking number, normalised: upper-case letters and digits only (spaces and dashes removed). The accepted
/// carrier formats are configuration of the language layer; the domain only guarantees a clean, comparable value.
/// </summary>
public sealed record TrackingNumber
{
    public const int MinLength = 6;
    public const int MaxLength = 32;

    private TrackingNumber(string value) => Value = value;

    public string Value { get; }

    public static TrackingNumber Parse(string text) =>
        TryParse(text, out var number)
            ? number
            : throw new FormatException("A tracking number is 6 to 32 letters and digits (spaces and dashes allowed).");

    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TrackingNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var buffer = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }

            buffer.Append(char.ToUpperInvariant(c));
        }

        if (buffer.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        number = new TrackingNumber(buffer.ToString());
        return true;
    }

    public override string ToString() => Value;
}
