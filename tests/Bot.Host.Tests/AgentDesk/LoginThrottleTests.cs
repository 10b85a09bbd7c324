using Bot.Host.AgentDesk;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Host.Tests.AgentDesk;

public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle throttle;

    public LoginThrottleTests()
    {
        throttle = new LoginThrottle(Options.Create(new AgentDeskOptions()), time);
    }

    [Fact]
    public void Four_failures_do_not_lock_and_the_fifth_locks_for_five_minutes()
    {
        var results = Enumerable.Range(0, 5).Select(_ => throttle.Failed("alice")).ToList();

        Assert.All(results.Take(4), Assert.Null);
        Assert.Equal(time.GetUtcNow().AddMinutes(5), results[4]);
        Assert.Equal(time.GetUtcNow().AddMinutes(5), throttle.LockedUntil("ALICE"));
    }

    [Fact]
    public void The_lock_ends_after_five_minutes_and_counting_starts_again()
    {
        for (var i = 0; i < 5; i++)
        {
            throttle.Failed("alice");
        }

        time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var stillLocked = throttle.LockedUntil("alice");
        time.Advance(TimeSpan.FromSeconds(1));
        var unlocked = throttle.LockedUntil("alice");
        var nextFailure = throttle.Failed("alice");

        Assert.NotNull(stillLocked);
        Assert.Null(unlocked);
        Assert.Null(nextFailure);
    }

    [Fact]
    public void A_success_clears_the_failures()
    {
        for (var i = 0; i < 4; i++)
        {
            throttle.Failed("alice");
        }

        throttle.Succeeded("alice");

        Assert.Null(throttle.Failed("alice"));
        Assert.Null(throttle.LockedUntil("alice"));
    }

    [Fact]
    public void User_names_are_counted_separately()
    {
        for (var i = 0; i < 5; i++)
        {
            throttle.Failed("alice");
        }

        Assert.NotNull(throttle.LockedUntil("alice"));
        Assert.Null(throttle.LockedUntil("bob"));
    }
}
