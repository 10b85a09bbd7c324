using Bot.Domain.Language;
using Bot.Language.Evaluation;

namespace Bot.Language.Tests.Evaluation;

public sealed class JsonLinesTests
{
    [Fact]
    public async Task Labelled_line_is_read_with_entities_signals_and_language()
    {
        const string line = """
            {"text":"I'll sue you, RA123456785CN","locale":"en-US","intent":"FileComplaint","entities":[{"kind":"TrackingNumber","value":"RA123456785CN"}],"signals":["LegalThreat"],"language":"en"}
            """;

        var utterance = Assert.Single(await ReadLabelledAsync("\n" + line + "\n\n"));

        Assert.Equal(Intent.FileComplaint, utterance.Intent);
        Assert.Equal(new LabelledEntity(EntityKind.TrackingNumber, "RA123456785CN"), Assert.Single(utterance.Entities));
        Assert.Equal(new EscalationSignals(LegalThreat: true), utterance.Signals);
        Assert.Equal(("en-US", "en"), (utterance.Locale, utterance.Language));
    }

    [Theory]
    [InlineData("{\"text\":\"hi\",\"intent\":\"Greeting\"", "Line 2: not valid JSON")]
    [InlineData("[1,2]", "Line 2: expected a JSON object but found Array.")]
    [InlineData("{\"intent\":\"Greeting\"}", "Line 2: \"text\" is missing or empty.")]
    [InlineData("{\"text\":\"hi\"}", "Line 2: \"intent\" is missing.")]
    [InlineData("{\"text\":\"hi\",\"intent\":\"Weather\"}", "Line 2: unknown intent \"Weather\"; expected one of OutOfScope, TrackShipment")]
    [InlineData("{\"text\":\"hi\",\"intent\":\"Greeting\",\"entities\":[{\"kind\":\"Parcel\",\"value\":\"x\"}]}", "Line 2: unknown entity kind \"Parcel\"")]
    [InlineData("{\"text\":\"hi\",\"intent\":\"Greeting\",\"entities\":[{\"kind\":\"PhoneNumber\"}]}", "Line 2: the PhoneNumber entity has no \"value\".")]
    [InlineData("{\"text\":\"hi\",\"intent\":\"Greeting\",\"signals\":[\"Angry\"]}", "Line 2: unknown signal \"Angry\"; expected any of AsksForPerson")]
    [InlineData("{\"text\":\"hi\",\"intent\":\"Greeting\",\"signals\":\"LegalThreat\"}", "Line 2: \"signals\" must be an array but is String.")]
    [InlineData("{\"text\":42,\"intent\":\"Greeting\"}", "Line 2: \"text\" must be a string but is Number.")]
    [InlineData("{\"text\":\"hi\",\"intent\":\"Greeting\",\"language\":\"fr\"}", "Line 2: \"language\" must be \"en\" or \"zh\", not \"fr\".")]
    public async Task Bad_line_is_reported_with_its_number_and_the_problem(string badLine, string expectedStart)
    {
        const string good = "{\"text\":\"hello\",\"intent\":\"Greeting\"}";

        var error = await Assert.ThrowsAsync<EvaluationFormatException>(() => ReadLabelledAsync(good + "\n" + badLine + "\n"));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public async Task Parse_requests_need_only_text_and_keep_the_locale()
    {
        using var reader = new StringReader("{\"text\":\"你好\",\"locale\":\"zh-CN\"}\n{\"text\":\"hi\"}\n");

        var requests = await JsonLines.ReadRequestsAsync(reader, CancellationToken.None);

        Assert.Equal([new UnderstandingRequest("你好", "zh-CN"), new UnderstandingRequest("hi")], requests);
    }

    private static async Task<IReadOnlyList<LabelledUtterance>> ReadLabelledAsync(string text)
    {
        using var reader = new StringReader(text);
        return await JsonLines.ReadLabelledAsync(reader, CancellationToken.None);
    }
}
