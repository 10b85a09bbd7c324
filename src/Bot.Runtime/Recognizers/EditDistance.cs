namespace Bot.Runtime.Recognizers;

// Damerau-Levenshtein (optimal string alignment) with a cut-off, for typo-tolerant matching of short words.
internal static class EditDistance
{
    // Allowed typos for a word of this length: none below 4 characters, 1 for 4-7, 2 from 8.
    public static int Tolerance(int length) => length < 4 ? 0 : length < 8 ? 1 : 2;

    public static bool IsClose(string word, string candidate)
    {
        var tolerance = Tolerance(candidate.Length);
        return tolerance > 0 && Math.Abs(word.Length - candidate.Length) <= tolerance && Distance(word, candidate) <= tolerance;
    }

    public static int Distance(string a, string b)
    {
        var rows = a.Length + 1;
        var columns = b.Length + 1;
        Span<int> d = rows * columns <= 1024 ? stackalloc int[rows * columns] : new int[rows * columns];
        for (var i = 0; i < rows; i++)
        {
            d[i * columns] = i;
        }
        for (var j = 0; j < columns; j++)
        {
            d[j] = j;
        }
        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[(i - 1) * columns + j] + 1, d[i * columns + j - 1] + 1), d[(i - 1) * columns + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[(i - 2) * columns + j - 2] + 1);
                }
                d[i * columns + j] = value;
            }
        }
        return d[rows * columns - 1];
    }
}
