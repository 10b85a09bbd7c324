using System.Buffers;
using System.Text.Unicode;

namespace Bot.Data.Import;

/// <summary>UTF-8 input with or without a byte-order mark; invalid bytes are reported with their line.</summary>
internal static class ImportText
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith(Bom) ? utf8[Bom.Length..] : utf8;

    public static string? Decode(ReadOnlyMemory<byte> utf8, string? source, ImportBatch batch)
    {
        var bytes = WithoutBom(utf8).Span;
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }

        var line = LineAt(bytes, read);
        batch.Add(new ImportProblem(source, line, null, ImportProblemKind.Syntax, $"Line {line} is not UTF-8 text; save the file as UTF-8."));
        return null;
    }

    /// <summary>The 1-based line of a byte offset.</summary>
    public static int LineAt(ReadOnlySpan<byte> utf8, long offset) =>
        utf8[..(int)Math.Min(offset, utf8.Length)].Count((byte)'\n') + 1;
}
