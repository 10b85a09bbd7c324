using Bot.Data.Import;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Bot.Host.Operations;

/// <summary>The operations API's ProblemDetails answers.</summary>
internal static class OperationsProblems
{
    public static ProblemHttpResult Invalid(IReadOnlyList<ImportProblem> problems, int status = StatusCodes.Status422UnprocessableEntity)
    {
        var details = new ProblemDetails
        {
            Status = status,
            Title = "The data has invalid rows; nothing was written.",
            Detail = $"{problems.Count} problem(s); each item of errors names the line, the field and the reason.",
        };
        details.Extensions["errors"] = Errors(problems);
        return TypedResults.Problem(details);
    }

    public static List<ImportError> Errors(IEnumerable<ImportProblem> problems) =>
        [.. problems.Select(p => new ImportError(p.Line, p.Field, p.Reason, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Kind.ToString()), p.Source))];

    public static ProblemHttpResult Status(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult UnsupportedMediaType(string accepted) =>
        Status(StatusCodes.Status415UnsupportedMediaType, $"Send the body as {accepted}.");

    public static ProblemHttpResult TooLarge(long limit) =>
        Status(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {limit} bytes (Operations:MaxImportBytes).");
}
