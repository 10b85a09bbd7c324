using System.Text.Json;
using Bot.Domain.Language;

namespace Bot.Language.Evaluation;

/// <summary>
/// Reads JSON lines: labelled utterances {"text","locale","intent","entities":[{"kind","value"}],"signals":[..],"language"}
/// and parse requests {"text","locale"}. Blank lines are skipped; a bad line throws
/// <see cref="EvaluationFormatException"/> naming the line number and the problem.
/// </summary>
public static class JsonLines
{
    public static async Task<IReadOnlyList<LabelledUtterance>> ReadLabelledAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var utterances = new List<LabelledUtterance>();
        await foreach (var (number, root) in ReadObjectsAsync(reader, cancellationToken))
        {
            utterances.Add(ParseLabelled(number, root));
        }

        return utterances;
    }

    public static async Task<IReadOnlyList<UnderstandingRequest>> ReadRequestsAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var requests = new List<UnderstandingRequest>();
        await foreach (var (number, root) in ReadObjectsAsync(reader, cancellationToken))
        {
            requests.Add(new UnderstandingRequest(RequiredText(number, root), OptionalString(number, root, "locale")));
        }

        return requests;
    }

    private static async IAsyncEnumerable<(int Number, JsonElement Root)> ReadObjectsAsync(
        TextReader reader, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(line.TrimStart('\uFEFF'));
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new EvaluationFormatException(number, $"not valid JSON ({e.Message})", e);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvaluationFormatException(number, $"expected a JSON object but found {root.ValueKind}.");
            }

            yield return (number, root);
        }
    }

    private static LabelledUtterance ParseLabelled(int number, JsonElement root)
    {
        var text = RequiredText(number, root);
        var intentName = OptionalString(number, root, "intent")
            ?? throw new EvaluationFormatException(number, "\"intent\" is missing.");
        if (!Enum.TryParse<Intent>(intentName, ignoreCase: true, out var intent) || !Enum.IsDefined(intent))
        {
            throw new EvaluationFormatException(
                number, $"unknown intent \"{intentName}\"; expected one of {string.Join(", ", Enum.GetNames<Intent>())}.");
        }

        var entities = new List<LabelledEntity>();
        foreach (var entity in Array(number, root, "entities"))
        {
            entities.Add(ParseEntity(number, entity));
        }

        var signalNames = new List<string>();
        foreach (var signal in Array(number, root, "signals"))
        {
            signalNames.Add(signal.ValueKind == JsonValueKind.String
                ? signal.GetString()!
                : throw new EvaluationFormatException(number, "\"signals\" must be an array of strings."));
        }

        var signals = SignalNames.From(signalNames, out var unknown);
        if (unknown is not null)
        {
            throw new EvaluationFormatException(
                number, $"unknown signal \"{unknown}\"; expected any of {string.Join(", ", SignalNames.All)}.");
        }

        var language = OptionalString(number, root, "language");
        if (language is not null and not "en" and not "zh")
        {
            throw new EvaluationFormatException(number, $"\"language\" must be \"en\" or \"zh\", not \"{language}\".");
        }

        return new LabelledUtterance(text, OptionalString(number, root, "locale"), intent, entities, signals, language);
    }

    private static LabelledEntity ParseEntity(int number, JsonElement entity)
    {
        if (entity.ValueKind != JsonValueKind.Object)
        {
            throw new EvaluationFormatException(number, "each entity must be an object {\"kind\", \"value\"}.");
        }

        var kindName = OptionalString(number, entity, "kind")
            ?? throw new EvaluationFormatException(number, "an entity has no \"kind\".");
        if (!Enum.TryParse<EntityKind>(kindName, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new EvaluationFormatException(
                number, $"unknown entity kind \"{kindName}\"; expected one of {string.Join(", ", Enum.GetNames<EntityKind>())}.");
        }

        var value = OptionalString(number, entity, "value");
        return string.IsNullOrWhiteSpace(value)
            ? throw new EvaluationFormatException(number, $"the {kind} entity has no \"value\".")
            : new LabelledEntity(kind, value);
    }

    private static string RequiredText(int number, JsonElement root)
    {
        var text = OptionalString(number, root, "text");
        return string.IsNullOrWhiteSpace(text)
            ? throw new EvaluationFormatException(number, "\"text\" is missing or empty.")
            : text;
    }

    private static string? OptionalString(int number, JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new EvaluationFormatException(number, $"\"{name}\" must be a string but is {value.ValueKind}.");
    }

    private static JsonElement.ArrayEnumerator Array(int number, JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return default;
        }

        return value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new EvaluationFormatException(number, $"\"{name}\" must be an array but is {value.ValueKind}.");
    }
}
