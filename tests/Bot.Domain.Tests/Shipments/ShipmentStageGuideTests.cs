using Bot.Domain.Shipments;

namespace Bot.Domain.Tests.Shipments;

public sealed class ShipmentStageGuideTests
{
    [Fact]
    public void Every_stage_is_explained_by_distinct_resource_keys_not_sentences()
    {
        var stages = Enum.GetValues<ShipmentStage>();
        var keys = stages.Select(ShipmentStageGuide.For)
            .SelectMany(e => new[] { e.NameKey, e.DescriptionKey, e.NextStepKey })
            .ToList();

        Assert.Equal(stages, ShipmentStageGuide.All.Select(e => e.Stage));
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.All(keys, key => Assert.Matches("^shipment\\.stage\\.[a-z-]+\\.(name|description|next)$", key));
    }

    [Fact]
    public void Only_delivered_and_returned_end_the_journey()
    {
        var final = ShipmentStageGuide.All.Where(e => e.IsFinal).Select(e => e.Stage);

        Assert.Equal([ShipmentStage.Delivered, ShipmentStage.Returned], final);
    }
}
