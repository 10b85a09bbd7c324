using System.Text.Json;
using Bot.Domain.Language;
using Bot.Language.Evaluation;

namespace Bot.Language.Tests.Evaluation;

public sealed class PredictionJsonTests
{
    [Fact]
    public async Task Prediction_line_reads_back_as_a_labelled_line()
    {
        var request = new UnderstandingRequest("我要投诉 RA123456785CN，不然找媒体", "zh-CN");
        var understanding = new Understanding(
            Intent.FileComplaint,
            0.91,
            [new RecognizedEntity(EntityKind.TrackingNumber, "RA123456785CN", "RA123456785CN", 5)],
            Sentiment.StronglyNegative,
            "zh",
            new EscalationSignals(MediaThreat: true),
            "offline");

        var line = PredictionJson.Format(request, understanding);
        using var reader = new StringReader(line);
        var readBack = Assert.Single(await JsonLines.ReadLabelledAsync(reader, CancellationToken.None));

        Assert.DoesNotContain('\n', line);
        Assert.Contains("我要投诉", line, StringComparison.Ordinal);
        Assert.Equal(request.Text, readBack.Text);
        Assert.Equal(Intent.FileComplaint, readBack.Intent);
        Assert.Equal(new LabelledEntity(EntityKind.TrackingNumber, "RA123456785CN"), Assert.Single(readBack.Entities));
        Assert.Equal(understanding.Signals, readBack.Signals);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("StronglyNegative", json.RootElement.GetProperty("sentiment").GetString());
        Assert.Equal("offline", json.RootElement.GetProperty("source").GetString());
    }
}
