using System.Net;
using System.Text.Json;
using Bot.Domain.Complaints;
using Bot.Domain.Customers;
using Bot.Domain.Language;
using Bot.Domain.Shipments;

namespace Bot.Host.Tests.Operations;

public sealed class ComplaintsApiTests
{
    private static readonly DateTimeOffset OpenedAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task A_complaint_is_read_by_reference_and_unknown_or_malformed_references_are_404_and_400()
    {
        await using var host = new OperationsHost();
        var reference = await CreateComplaintAsync(host);

        using var found = await host.Client.GetAsync(new Uri($"/api/operations/complaints/{reference.ToString().ToLowerInvariant()}", UriKind.Relative));
        using var unknown = await host.Client.GetAsync(new Uri("/api/operations/complaints/CMP-2026-999999", UriKind.Relative));
        using var malformed = await host.Client.GetAsync(new Uri("/api/operations/complaints/C-12", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        using var json = JsonDocument.Parse(await found.Content.ReadAsStringAsync());
        Assert.Equal(reference.ToString(), json.RootElement.GetProperty("reference").GetString());
        Assert.Equal("open", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("delay", json.RootElement.GetProperty("category").GetString());
        Assert.Equal("JDIM2611260000105", json.RootElement.GetProperty("trackingNumber").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task A_progress_update_is_saved_moves_the_complaint_into_progress_and_is_notified()
    {
        await using var host = new OperationsHost();
        var reference = await CreateComplaintAsync(host);

        using var response = await host.PostAsync($"/api/operations/complaints/{reference}/updates",
            """{"text":"The driver has been contacted; redelivery tomorrow morning.","author":"Transport desk"}""", "application/json");
        using var missing = await host.PostAsync($"/api/operations/complaints/{reference}/updates", """{"author":"x"}""", "application/json");
        using var text = await host.PostAsync($"/api/operations/complaints/{reference}/updates", "Redelivery tomorrow", "text/plain");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await host.Service<IComplaintStore>().FindAsync(reference, default);
        Assert.Equal(ComplaintStatus.InProgress, stored!.Status);
        Assert.Equal(("The driver has been contacted; redelivery tomorrow morning.", "Transport desk"), (stored.LatestUpdate!.Text, stored.LatestUpdate.Author));
        Assert.Equal([(reference.ToString(), ComplaintStatus.InProgress, ComplaintChange.ProgressUpdated)], host.ComplaintNotifier.Calls);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        using var problem = JsonDocument.Parse(await missing.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("text", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Single(stored.Updates);
    }

    [Fact]
    public async Task Resolving_records_the_resolution_and_notifies_and_resolving_again_is_a_409()
    {
        await using var host = new OperationsHost();
        var reference = await CreateComplaintAsync(host);
        const string body = """{"resolution":"Redelivered and refunded the shipping fee.","compensation":{"kind":"Refund","amount":25.5},"rootCause":"Missed hand-over at the Chongqing hub."}""";

        using var resolved = await host.PostAsync($"/api/operations/complaints/{reference}/resolve", body, "application/json");
        using var again = await host.PostAsync($"/api/operations/complaints/{reference}/resolve", body, "application/json");

        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        using var json = JsonDocument.Parse(await resolved.Content.ReadAsStringAsync());
        Assert.Equal("resolved", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(25.5m, json.RootElement.GetProperty("resolution").GetProperty("compensation").GetProperty("amount").GetDecimal());
        var stored = await host.Service<IComplaintStore>().FindAsync(reference, default);
        Assert.Equal(ComplaintStatus.Resolved, stored!.Status);
        Assert.Equal(new Compensation(CompensationKind.Refund, 25.5m), stored.Resolution!.Compensation);
        Assert.Equal("Missed hand-over at the Chongqing hub.", stored.Resolution.RootCause);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);
        Assert.Equal([(reference.ToString(), ComplaintStatus.Resolved, ComplaintChange.Resolved)], host.ComplaintNotifier.Calls);
    }

    [Theory]
    [InlineData("""{"compensation":{"kind":"refund"}}""")]
    [InlineData("""{"resolution":"Done","compensation":{"kind":"voucher"}}""")]
    [InlineData("""{"resolution":"Done","compensation":{"kind":"refund","amount":-1}}""")]
    [InlineData("""{"resolution":""")]
    public async Task An_invalid_resolution_is_400_and_changes_nothing(string body)
    {
        await using var host = new OperationsHost();
        var reference = await CreateComplaintAsync(host);

        using var response = await host.PostAsync($"/api/operations/complaints/{reference}/resolve", body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ComplaintStatus.Open, (await host.Service<IComplaintStore>().FindAsync(reference, default))!.Status);
        Assert.Empty(host.ComplaintNotifier.Calls);
    }

    private static async Task<ComplaintReference> CreateComplaintAsync(OperationsHost host)
    {
        var complaint = await host.Service<IComplaintStore>().CreateAsync(new NewComplaint(
            OpenedAt, "directline", null, "en-US", "CUST-2003", CustomerTier.General, "+86 136 2604 7744",
            TrackingNumber.Parse("JDIM2611260000105"), ComplaintCategory.Delay, "My parcel is a week late.",
            "Parcel JDIM2611260000105 is late and the customer is worried.", "Deliver it this week",
            OpenedAt.AddHours(16), Department.Transport), default);
        return complaint.Reference;
    }
}
