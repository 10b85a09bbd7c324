namespace Bot.Language.Evaluation;

/// <summary>A JSON-lines input is malformed; the message names the line and the problem.</summary>
public sealed class EvaluationFormatException : Exception
{
    public EvaluationFormatException()
    {
    }

    public EvaluationFormatException(string message)
        : base(message)
    {
    }

    public EvaluationFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EvaluationFormatException(int lineNumber, string problem, Exception? innerException = null)
        : base($"Line {lineNumber}: {problem}", innerException)
    {
        LineNumber = lineNumber;
    }

    public int LineNumber { get; }
}
