namespace Bot.Protocol.Schema;

public sealed record TeamsTenantInfo(string? Id);
