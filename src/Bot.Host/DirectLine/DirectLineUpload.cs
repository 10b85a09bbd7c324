namespace Bot.Host.DirectLine;

/// <summary>A parsed upload: the optional activity JSON part and the files.</summary>
internal sealed record DirectLineUpload(byte[]? ActivityJson, IReadOnlyList<DirectLineUploadFile> Files);
