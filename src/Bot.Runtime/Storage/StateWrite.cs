namespace Bot.Runtime.Storage;

/// <summary>
/// A state document to save. <see cref="ExpectedETag"/> null means "must not exist yet"; otherwise the stored ETag must
/// still be this value.
/// </summary>
public sealed record StateWrite(string Key, string Json, string? ExpectedETag, string NewETag);
