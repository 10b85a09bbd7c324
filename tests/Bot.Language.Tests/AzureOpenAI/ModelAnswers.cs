using System.Text.Json.Nodes;

namespace Bot.Language.Tests.AzureOpenAI;

/// <summary>JSON the stand-in model writes into the message content.</summary>
public static class ModelAnswers
{
    public static string Understanding(
        string intent = "TrackShipment",
        string sentiment = "Neutral",
        string language = "en",
        bool legalThreat = false,
        params (string Kind, string Text, string Value)[] entities) =>
        new JsonObject
        {
            ["intent"] = intent,
            ["confidence"] = 0.93,
            ["language"] = language,
            ["sentiment"] = sentiment,
            ["entities"] = new JsonArray([.. entities.Select(e => (JsonNode)new JsonObject
            {
                ["kind"] = e.Kind,
                ["text"] = e.Text,
                ["value"] = e.Value,
            })]),
            ["signals"] = new JsonObject
            {
                ["asksForPerson"] = false,
                ["legalThreat"] = legalThreat,
                ["mediaThreat"] = false,
                ["regulatorThreat"] = false,
                ["switchingProvider"] = false,
            },
        }.ToJsonString();
}
