using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bot.Data.Sqlite;

/// <summary>DateTimeOffset as the model stores it (see BotDbContext.ConfigureConventions), for raw SQL parameters.</summary>
internal static class StoreTime
{
    private static readonly Func<DateTimeOffset, long> Convert =
        new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();

    // Always UTC, so the stored numbers sort and compare in time order.
    public static long ToStore(DateTimeOffset value) => Convert(value.ToUniversalTime());
}
