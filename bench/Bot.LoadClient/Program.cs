using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

// A load client for the Bot Connector endpoint: each virtual user runs 3-turn conversations with
// deliveryMode "expectReplies", so one HTTP request is one whole turn. Prints throughput and latency percentiles.
var url = Arg("--url", "http://127.0.0.1:3978/api/messages");
var concurrency = int.Parse(Arg("--concurrency", "8"), CultureInfo.InvariantCulture);
var seconds = int.Parse(Arg("--seconds", "20"), CultureInfo.InvariantCulture);
var warmup = int.Parse(Arg("--warmup", "3"), CultureInfo.InvariantCulture);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(30),
};
string[] turns = ["hi", "where is my parcel RA123456789CN?", "thanks, bye"];
var run = Guid.NewGuid().ToString("N")[..8];

var latencies = new List<double>[concurrency];
var errors = 0;
var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup * Stopwatch.Frequency);
var stopAt = measureFrom + (long)(seconds * Stopwatch.Frequency);

var workers = Enumerable.Range(0, concurrency).Select(async worker =>
{
    var mine = latencies[worker] = new List<double>(100_000);
    var conversation = 0;
    while (Stopwatch.GetTimestamp() < stopAt)
    {
        var conversationId = $"load-{run}-{worker}-{conversation++}";
        for (var turn = 0; turn < turns.Length; turn++)
        {
            var body = $$"""
                {"type":"message","id":"{{conversationId}}-{{turn}}","channelId":"loadtest","serviceUrl":"http://127.0.0.1:1/",
                 "deliveryMode":"expectReplies","conversation":{"id":"{{conversationId}}"},
                 "from":{"id":"user-{{worker}}","role":"user"},"recipient":{"id":"bot","role":"bot"},
                 "locale":"en-US","text":"{{turns[turn]}}"}
                """;
            using var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.PostAsync(url, content);
                var text = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode || !text.Contains("\"activities\"", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }
            var end = Stopwatch.GetTimestamp();
            if (start >= measureFrom && end <= stopAt)
            {
                mine.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
            }
        }
    }
}).ToArray();
await Task.WhenAll(workers);

var all = latencies.SelectMany(l => l).Order().ToArray();
if (all.Length == 0)
{
    Console.WriteLine("no turns measured");
    return 1;
}
double P(double q) => all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"concurrency {concurrency}, {seconds} s measured: {all.Length} turns, {all.Length / (double)seconds:F0} turns/s, " +
    $"p50 {P(0.50):F2} ms, p90 {P(0.90):F2} ms, p99 {P(0.99):F2} ms, max {all[^1]:F2} ms, errors {errors}"));
return errors == 0 ? 0 : 2;

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
