using System.Text.Json.Nodes;

namespace Bot.Language.Tests.AzureOpenAI;

public sealed record ReceivedRequest(string Deployment, string ApiVersion, string ApiKey, JsonNode Body)
{
    public JsonArray Messages => Body["messages"]!.AsArray();

    public string MessageContent(int index) => Messages[index]!["content"]!.GetValue<string>();

    public string MessageRole(int index) => Messages[index]!["role"]!.GetValue<string>();
}
