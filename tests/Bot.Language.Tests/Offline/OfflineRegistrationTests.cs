using Bot.Domain.Language;
using Bot.Language.Offline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Language.Tests.Offline;

public sealed class OfflineRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<LanguageOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddOfflineLanguageUnderstanding(configure);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Ports_resolve_to_the_offline_implementations()
    {
        using var provider = Build([]);
        var understanding = await provider.GetRequiredService<ILanguageUnderstanding>()
            .UnderstandAsync(new UnderstandingRequest("where is RA123456789CN"), CancellationToken.None);
        Assert.Equal(Intent.TrackShipment, understanding.Intent);
        Assert.IsType<OfflineComplaintClassifier>(provider.GetRequiredService<IComplaintClassifier>());
        Assert.IsType<OfflineHandoffSummarizer>(provider.GetRequiredService<IHandoffSummarizer>());
    }

    [Fact]
    public async Task A_configured_format_is_recognised_and_an_emptied_one_is_switched_off()
    {
        using var provider = Build(new()
        {
            ["Language:TrackingNumberFormats:acme"] = @"ACME\d{8}",
            ["Language:TrackingNumberFormats:sf-express"] = "",
        });
        var understanding = await provider.GetRequiredService<ILanguageUnderstanding>()
            .UnderstandAsync(new UnderstandingRequest("track acme12345678 and SF1234567890123"), CancellationToken.None);
        Assert.Equal(["ACME12345678"], understanding.OfKind(EntityKind.TrackingNumber).Select(e => e.Value));
    }

    [Fact]
    public void S10_check_digit_is_enforced_when_configured()
    {
        var strict = Recogniser.Create(o => o.RequireValidS10CheckDigit = true);
        // RA123456785CN has the right check digit (5); RA123456789CN does not.
        var found = strict.Understand(new UnderstandingRequest("RA123456785CN RA123456789CN")).OfKind(EntityKind.TrackingNumber);
        Assert.Equal(["RA123456785CN"], found.Select(e => e.Value));
    }

    [Fact]
    public void An_invalid_tracking_pattern_fails_validation()
    {
        using var provider = Build(new() { ["Language:TrackingNumberFormats:broken"] = "([A-Z" });
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LanguageOptions>>().Value);
    }

    [Fact]
    public void A_typical_message_is_understood_in_well_under_a_millisecond()
    {
        var recogniser = Recogniser.Create();
        var request = new UnderstandingRequest("Hi, my parcel SF1234567890123 is late again, 我要投诉! call 13812345678");
        recogniser.Understand(request);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            recogniser.Understand(request);
        }

        // Generous bound (debug build, shared CI machine); the release-build figure is about 20 µs.
        Assert.True(watch.Elapsed.TotalMilliseconds / 200 < 1, $"{watch.Elapsed.TotalMilliseconds / 200} ms per message");
    }
}
