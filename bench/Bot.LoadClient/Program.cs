using System.Diagnostics;
using System.Globalization;
using Bot.LoadClient;

// A load client for the Bot Connector endpoint: each virtual user runs 3-turn conversations and the client prints
// throughput and latency percentiles. --mode expect-replies (default): deliveryMode "expectReplies", so one HTTP request
// is one whole turn. --mode teams: Teams personal-chat activities whose replies go to a loopback Teams connector sink.
var url = new Uri(Arg("--url", "http://127.0.0.1:3978/api/messages"));
var mode = Arg("--mode", "expect-replies");
var concurrency = int.Parse(Arg("--concurrency", "8"), CultureInfo.InvariantCulture);
var seconds = int.Parse(Arg("--seconds", "20"), CultureInfo.InvariantCulture);
var warmup = int.Parse(Arg("--warmup", "3"), CultureInfo.InvariantCulture);
if (mode is not ("expect-replies" or "teams"))
{
    Console.Error.WriteLine($"unknown --mode {mode}: expect-replies (default) or teams");
    return 64;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    Timeout = TimeSpan.FromSeconds(30),
};
string[] turns = ["hi", "where is my parcel RA123456789CN?", "thanks, bye"];
var run = Guid.NewGuid().ToString("N")[..8];
await using var sink = new TeamsConnectorSink();
TeamsDriver? teams = null;
if (mode == "teams")
{
    await sink.StartAsync(CancellationToken.None);
    teams = new TeamsDriver(http, url, run, sink);
}
ITurnDriver driver = teams ?? (ITurnDriver)new ExpectRepliesDriver(http, url, run);

var latencies = new List<double>[concurrency];
var answers = new List<double>[concurrency];
var replies = new long[concurrency];
var errors = 0;
var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup * Stopwatch.Frequency);
var stopAt = measureFrom + (long)(seconds * Stopwatch.Frequency);

var workers = Enumerable.Range(0, concurrency).Select(async worker =>
{
    var mine = latencies[worker] = new List<double>(100_000);
    var answered = answers[worker] = new List<double>(100_000);
    var conversation = 0;
    while (Stopwatch.GetTimestamp() < stopAt)
    {
        var request = new TurnRequest(worker, conversation++, 0, turns[0]);
        for (var turn = 0; turn < turns.Length; turn++)
        {
            request = request with { Turn = turn, Text = turns[turn] };
            var outcome = await driver.RunTurnAsync(request, CancellationToken.None);
            if (!outcome.Ok)
            {
                Interlocked.Increment(ref errors);
            }
            if (outcome.Start >= measureFrom && outcome.Answered <= stopAt)
            {
                mine.Add(Stopwatch.GetElapsedTime(outcome.Start, outcome.End).TotalMilliseconds);
                answered.Add(Stopwatch.GetElapsedTime(outcome.Start, outcome.Answered).TotalMilliseconds);
                replies[worker] += outcome.Replies;
            }
        }
        driver.EndConversation(request);
    }
}).ToArray();
await Task.WhenAll(workers);

var all = latencies.SelectMany(l => l).Order().ToArray();
if (all.Length == 0)
{
    Console.WriteLine("no turns measured");
    return 1;
}
Console.WriteLine(driver.Describes);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"concurrency {concurrency}, {seconds} s measured: {all.Length} turns, {all.Length / (double)seconds:F0} turns/s, " +
    $"{Percentiles(all)}, errors {errors}, replies received {replies.Sum()}"));
if (teams is not null)
{
    var posts = answers.SelectMany(l => l).Order().ToArray();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"POST /api/messages answered: {Percentiles(posts)}; sink: {sink.Replies} replies in all, " +
        $"{teams.LateReplies} after their turn's POST had answered, {sink.MemberLookups} members lookups (404)"));
}
return errors == 0 ? 0 : 2;

static string Percentiles(double[] sorted)
{
    double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    return string.Create(CultureInfo.InvariantCulture,
        $"p50 {P(0.50):F2} ms, p90 {P(0.90):F2} ms, p95 {P(0.95):F2} ms, p99 {P(0.99):F2} ms, max {sorted[^1]:F2} ms");
}

string Arg(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
