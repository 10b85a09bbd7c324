using Bot.Dialogs.Complaints;
using Bot.Dialogs.Main;
using Bot.Dialogs.Surveys;
using Bot.Dialogs.Tracking;
using Bot.Domain.Complaints;
using Bot.Domain.Shipments;
using Bot.Runtime.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Dialogs;

public static class CustomerServiceServiceCollectionExtensions
{
    /// <summary>
    /// The customer-service bot: its dialogs, their options (sections CustomerService, Tracking, Complaints, Surveys) and
    /// the proactive notifiers. Needs the store's ports (AddBotData), language understanding, localization and the turn
    /// runtime.
    /// </summary>
    public static IServiceCollection AddCustomerService(this IServiceCollection services)
    {
        services.AddOptions<CustomerServiceOptions>().BindConfiguration(CustomerServiceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ComplaintOptions>().BindConfiguration(ComplaintOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SurveyOptions>().BindConfiguration(SurveyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CustomerServiceServices>();
        services.TryAddSingleton<IShipmentEventNotifier, ShipmentUpdateNotifier>();
        services.TryAddSingleton<IComplaintNotifier, ComplaintNotifier>();
        services.AddDialogBot<CustomerServiceDialog, CustomerServiceBot>();
        return services;
    }
}
