namespace Bot.Language.Offline;

/// <summary>Chinese phrases: substring matches by first character, with negation and intensifier cues.</summary>
internal sealed partial class KeywordMatcher
{
    private void FindChinese(string text, List<FeatureHit> hits)
    {
        // Per phrase: the first plain occurrence wins over an earlier negated one ("不是投诉…我要投诉").
        Span<int> hitAt = _chinese.Length <= 1024 ? stackalloc int[_chinese.Length] : new int[_chinese.Length];
        hitAt.Fill(-1);
        for (var position = 0; position < text.Length; position++)
        {
            if (!_chineseByFirstChar.TryGetValue(text[position], out var candidates))
            {
                continue;
            }

            foreach (var index in candidates)
            {
                var (phrase, feature) = _chinese[index];
                var earlier = hitAt[index];
                if ((earlier >= 0 && !hits[earlier].Negated) || string.CompareOrdinal(text, position, phrase, 0, phrase.Length) != 0
                    || position + phrase.Length > text.Length)
                {
                    continue;
                }

                var hit = new FeatureHit(feature, position, phrase.Length, ChineseCues.IsNegated(text, position), ChineseCues.IsIntensified(text, position));
                if (earlier < 0)
                {
                    hitAt[index] = hits.Count;
                    hits.Add(hit);
                }
                else if (!hit.Negated)
                {
                    hits[earlier] = hit;
                }
            }
        }
    }
}
