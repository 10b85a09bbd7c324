using System.Text.RegularExpressions;
using Bot.Domain.Language;
using Bot.Language.Evaluation;

namespace Bot.Language.Tests.Evaluation;

// Guards the hand-written evaluation set (eval/language/utterances.jsonl) against labelling slips.
public sealed partial class UtteranceSetTests
{
    private static readonly Lazy<Task<IReadOnlyList<LabelledUtterance>>> Set = new(LoadAsync);

    [Fact]
    public async Task Set_is_large_and_bilingual()
    {
        var set = await Set.Value;

        Assert.True(set.Count >= 320, $"{set.Count} lines");
        var english = set.Count(u => u.Language == "en");
        var chinese = set.Count(u => u.Language == "zh");
        Assert.Equal(set.Count, english + chinese);
        Assert.InRange(english, set.Count * 2 / 5, set.Count * 3 / 5);
    }

    [Fact]
    public async Task Every_intent_has_enough_lines()
    {
        var set = await Set.Value;

        foreach (var intent in Enum.GetValues<Intent>())
        {
            var count = set.Count(u => u.Intent == intent);
            Assert.True(count >= (intent == Intent.OutOfScope ? 30 : 20), $"{intent}: {count} lines");
        }
    }

    [Fact]
    public async Task Every_gold_entity_appears_in_its_text()
    {
        foreach (var utterance in await Set.Value)
        {
            var text = EntityValues.Normalize(EntityKind.TrackingNumber, utterance.Text);
            foreach (var entity in utterance.Entities.Where(e => e.Kind is not EntityKind.Date))
            {
                Assert.True(
                    text.Contains(EntityValues.Normalize(entity.Kind, entity.Value), StringComparison.Ordinal),
                    $"{entity.Kind} {entity.Value} is not in: {utterance.Text}");
            }
        }
    }

    [Fact]
    public async Task Every_upu_tracking_number_has_a_correct_check_digit()
    {
        var numbers = (await Set.Value).SelectMany(u => u.Entities)
            .Where(e => e.Kind == EntityKind.TrackingNumber && S10().IsMatch(e.Value))
            .Select(e => e.Value)
            .ToArray();

        Assert.True(numbers.Length > 50);
        Assert.All(numbers, number => Assert.Equal(CheckDigit(number[2..10]), number[10] - '0'));
    }

    [Fact]
    public async Task Tracking_numbers_are_unique_across_the_set()
    {
        var numbers = (await Set.Value).SelectMany(u => u.Entities).Where(e => e.Kind == EntityKind.TrackingNumber).Select(e => e.Value).ToArray();

        Assert.Equal(numbers.Length, numbers.Distinct().Count());
    }

    private static int CheckDigit(string serial)
    {
        int[] weights = [8, 6, 4, 2, 3, 5, 9, 7];
        var sum = serial.Select((digit, i) => (digit - '0') * weights[i]).Sum();
        var check = 11 - (sum % 11);
        return check switch { 10 => 0, 11 => 5, _ => check };
    }

    private static async Task<IReadOnlyList<LabelledUtterance>> LoadAsync()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        using var reader = new StreamReader(Path.Combine(directory.FullName, "eval", "language", "utterances.jsonl"));
        return await JsonLines.ReadLabelledAsync(reader, CancellationToken.None);
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{9}[A-Z]{2}$")]
    private static partial Regex S10();
}
