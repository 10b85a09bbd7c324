using System.Globalization;
using System.Text;
using Bot.Domain.Conversations;
using Bot.Domain.Surveys;

namespace Bot.Dialogs.Surveys;

/// <summary>
/// Whether a conversation is in the sample for a trigger: a deterministic draw in [0, 1) from a hash of the conversation
/// and the trigger, compared with the rate. The same conversation always gets the same answer (a restart does not
/// re-draw), and tests are repeatable.
/// </summary>
public static class SurveySampling
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static bool IsSampled(double rate, ConversationAddress conversation, SurveyTrigger trigger) =>
        rate >= 1 || (rate > 0 && Draw(conversation, trigger) < rate);

    /// <summary>The draw in [0, 1) for this conversation and trigger.</summary>
    public static double Draw(ConversationAddress conversation, SurveyTrigger trigger)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var hash = FnvOffset;
        foreach (var b in Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{conversation}/{trigger}")))
        {
            hash = (hash ^ b) * FnvPrime;
        }
        // The top 53 bits make an evenly spread double.
        return (hash >> 11) * (1.0 / (1UL << 53));
    }
}
