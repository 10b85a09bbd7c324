using System.Net;
using Bot.Protocol.Schema;

namespace Bot.Protocol.Connector;

/// <summary>A Connector call the channel refused, or that kept failing after the retries.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException() { }

    public ConnectorException(string message) : base(message) { }

    public ConnectorException(string message, Exception innerException) : base(message, innerException) { }

    public ConnectorException(string message, HttpStatusCode statusCode, ErrorResponse? error, string? responseBody)
        : base(message)
    {
        StatusCode = statusCode;
        Error = error;
        ResponseBody = responseBody;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The Bot Framework error body, when the channel sent one in that shape.</summary>
    public ErrorResponse? Error { get; }

    /// <summary>The raw response body (truncated), e.g. Teams' own <c>{"errorCode":209,...}</c> shape.</summary>
    public string? ResponseBody { get; }
}
