namespace Bot.Runtime.Storage;

/// <summary>One state document as stored: a JSON object and the ETag it was written with.</summary>
public sealed record StoredState(string Key, string Json, string ETag);
