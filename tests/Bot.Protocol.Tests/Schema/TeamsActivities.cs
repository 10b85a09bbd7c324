using System.Text.Json.Nodes;

namespace Bot.Protocol.Tests.Schema;

/// <summary>The recorded Teams activities (PROTOCOL.md appendix), copied into TestData.</summary>
internal static class TeamsActivities
{
    private static readonly Lazy<IReadOnlyList<(string Scenario, string Json)>> Lines = new(Load);

    public static IReadOnlyList<(string Scenario, string Json)> All => Lines.Value;

    public static TheoryData<int, string, string> Cases()
    {
        var data = new TheoryData<int, string, string>();
        for (var i = 0; i < All.Count; i++)
        {
            var type = JsonNode.Parse(All[i].Json)!["type"]!.GetValue<string>();
            data.Add(i, All[i].Scenario, type);
        }
        return data;
    }

    public static string Find(string scenario, Func<JsonObject, bool> match) =>
        All.First(l => l.Scenario == scenario && match(JsonNode.Parse(l.Json)!.AsObject())).Json;

    private static List<(string, string)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Schema", "TestData", "teams-activities.jsonl");
        return File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Select(o => (o["scenario"]!.GetValue<string>(), o["activity"]!.ToJsonString()))
            .ToList();
    }
}
