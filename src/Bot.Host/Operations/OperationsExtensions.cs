using Bot.Data.Import;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Operations;

internal static class OperationsExtensions
{
    /// <summary>The operators' API (section <c>Operations</c>): import, real-time events, complaint handling.</summary>
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OperationsOptions>()
            .BindConfiguration(OperationsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<ShipmentImporter>();
        builder.Services.TryAddSingleton<OperationsNotifications>();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, OperationsJsonContext.Default));
        return builder;
    }

    /// <summary>Everything under <c>/api/operations</c>, each route behind the operator key.</summary>
    public static WebApplication MapOperations(this WebApplication app)
    {
        var group = app.MapGroup("/api/operations").AddEndpointFilter<OperatorKeyFilter>();
        group.MapImport();
        group.MapComplaints();
        return app;
    }
}
