using Bot.Domain.Language;
using Bot.Host.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Bot.Host.Language;

internal static class LanguageApi
{
    private const int MaxLocaleLength = 35;

    public static WebApplication MapLanguage(this WebApplication app)
    {
        var group = app.MapGroup("/api/language").AddEndpointFilter<OperatorKeyFilter>();
        group.MapPost("/parse", ParseAsync);
        return app;
    }

    private static async Task<Results<JsonHttpResult<Understanding>, ValidationProblem>> ParseAsync(
        ParseRequest request,
        ILanguageUnderstanding understanding,
        IOptions<LanguageApiOptions> options,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["Text is required."];
        }
        else if (request.Text.Length > options.Value.MaxTextLength)
        {
            errors["text"] = [$"Text must be at most {options.Value.MaxTextLength} characters."];
        }

        if (request.Locale is { Length: > MaxLocaleLength })
        {
            errors["locale"] = [$"Locale must be at most {MaxLocaleLength} characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await understanding.UnderstandAsync(new UnderstandingRequest(request.Text!, request.Locale), cancellationToken);
        return TypedResults.Json(result, LanguageJsonContext.Default.Understanding);
    }
}
