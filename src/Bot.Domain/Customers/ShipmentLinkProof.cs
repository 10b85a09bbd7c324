using Bot.Domain.Shipments;

namespace Bot.Domain.Customers;

/// <summary>
/// Decides whether a requester may see a shipment's private details (address, signer, phone) — DOMAIN.md R22: by the
/// last four digits of the consignee's or shipper's phone, or by being a known contact of the owning customer.
/// </summary>
public static class ShipmentLinkProof
{
    private const int DigitsAsked = 4;

    /// <summary>
    /// True when <paramref name="answer"/> holds exactly four digits (other characters such as "尾号" are ignored;
    /// full-width digits count) equal to the last four digits of the consignee's or the shipper's phone.
    /// </summary>
    public static bool ByPhoneDigits(Shipment shipment, string? answer)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var given = Digits(answer);
        if (given.Length != DigitsAsked)
        {
            return false;
        }

        return EndsWith(shipment.Consignee.Phone, given) || EndsWith(shipment.Shipper.Phone, given);
    }

    /// <summary>True when the Teams user is a known contact of the customer that owns the shipment.</summary>
    public static bool ByKnownContact(Shipment shipment, Customer owner, string? aadObjectId)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.Owns(shipment) && owner.IsKnownContact(aadObjectId);
    }

    /// <summary>
    /// True when <paramref name="contact"/> is one of the contacts of the customer that owns the shipment (however the
    /// channel identified the contact: AAD object id or a verified email).
    /// </summary>
    public static bool ByKnownContact(Shipment shipment, Customer owner, CustomerContact contact)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(contact);
        return owner.Owns(shipment) && owner.Contacts.Contains(contact);
    }

    private static bool EndsWith(string? phone, string lastDigits)
    {
        var digits = Digits(phone);
        return digits.Length >= DigitsAsked && digits.EndsWith(lastDigits, StringComparison.Ordinal);
    }

    private static string Digits(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var buffer = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                buffer.Append((char)('0' + (int)char.GetNumericValue(c)));
            }
        }

        return buffer.ToString();
    }
}
