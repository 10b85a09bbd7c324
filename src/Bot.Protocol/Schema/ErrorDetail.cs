namespace Bot.Protocol.Schema;

public sealed record ErrorDetail(string Code, string Message)
{
    public InnerHttpError? InnerHttpError { get; init; }
}
