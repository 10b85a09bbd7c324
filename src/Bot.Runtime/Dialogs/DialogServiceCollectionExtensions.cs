using Bot.Runtime.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Runtime.Dialogs;

public static class DialogServiceCollectionExtensions
{
    /// <summary>Registers the <see cref="DialogRunner"/> (needs AddTurnRuntime for conversation state).</summary>
    public static IServiceCollection AddDialogRunner(this IServiceCollection services)
    {
        services.TryAddSingleton<DialogRunner>();
        return services;
    }

    /// <summary>Registers <typeparamref name="TDialog"/> as the root dialog and <see cref="DialogBot{TDialog}"/> as the bot.</summary>
    public static IServiceCollection AddDialogBot<TDialog>(this IServiceCollection services) where TDialog : Dialog =>
        services.AddDialogBot<TDialog, DialogBot<TDialog>>();

    /// <summary>Registers <typeparamref name="TDialog"/> as the root dialog and <typeparamref name="TBot"/> as the bot.</summary>
    public static IServiceCollection AddDialogBot<TDialog, TBot>(this IServiceCollection services)
        where TDialog : Dialog
        where TBot : DialogBot<TDialog>
    {
        services.AddDialogRunner();
        services.TryAddSingleton<TDialog>();
        services.AddSingleton<IBot, TBot>();
        return services;
    }
}
