namespace Bot.Deploy.Tests.Container;

/// <summary>A Dockerfile as instructions (continuation lines joined, comments dropped), split into build stages.</summary>
internal sealed class Dockerfile
{
    private Dockerfile(IReadOnlyList<IReadOnlyList<DockerInstruction>> stages) => Stages = stages;

    public IReadOnlyList<IReadOnlyList<DockerInstruction>> Stages { get; }

    public IReadOnlyList<DockerInstruction> FinalStage => Stages[^1];

    public static Dockerfile Parse(string text)
    {
        var stages = new List<List<DockerInstruction>>();
        var pending = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (pending.Length == 0 && line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var whole = (pending + line).Trim();
            pending = "";
            if (whole.Length == 0)
            {
                continue;
            }

            var space = whole.IndexOf(' ', StringComparison.Ordinal);
            var instruction = new DockerInstruction(
                (space < 0 ? whole : whole[..space]).ToUpperInvariant(),
                space < 0 ? "" : whole[(space + 1)..].Trim());
            if (instruction.Keyword == "FROM")
            {
                stages.Add([]);
            }

            if (stages.Count == 0)
            {
                throw new FormatException($"Instruction before the first FROM: {whole}");
            }

            stages[^1].Add(instruction);
        }

        return new Dockerfile(stages);
    }
}
