using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Host.AgentDesk;

/// <summary>
/// Locks a user name for <see cref="AgentDeskOptions.LockoutDuration"/> after <see cref="AgentDeskOptions.LockoutAttempts"/>
/// failed sign-ins in a row. Unknown user names are counted the same way, so a lock-out does not reveal which names exist.
/// Kept in this host's memory: with several hosts each counts its own attempts.
/// </summary>
internal sealed class LoginThrottle(IOptions<AgentDeskOptions> options, TimeProvider time)
{
    // Bounds the memory an attacker spraying random user names can take.
    private const int MaxTracked = 10_000;

    private readonly ConcurrentDictionary<string, Attempts> attempts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When the user name is locked, until when; otherwise null.</summary>
    public DateTimeOffset? LockedUntil(string userName)
    {
        var now = time.GetUtcNow();
        return attempts.TryGetValue(userName, out var entry) && entry.LockedUntil is { } until && until > now ? until : null;
    }

    /// <summary>Counts a failure; returns the end of the lock-out when the user name is locked now.</summary>
    public DateTimeOffset? Failed(string userName)
    {
        var now = time.GetUtcNow();
        if (attempts.Count >= MaxTracked)
        {
            Prune(now);
        }

        var limit = options.Value.LockoutAttempts;
        var updated = attempts.AddOrUpdate(
            userName,
            _ => Attempts.First(now, limit, options.Value.LockoutDuration),
            (_, current) => current.Next(now, limit, options.Value.LockoutDuration));
        return updated.LockedUntil is { } until && updated.Failures == 0 && until > now ? until : null;
    }

    public void Succeeded(string userName) => attempts.TryRemove(userName, out _);

    private void Prune(DateTimeOffset now)
    {
        var window = options.Value.LockoutDuration;
        foreach (var (key, value) in attempts)
        {
            if (value.LastFailure + window < now && (value.LockedUntil is null || value.LockedUntil < now))
            {
                attempts.TryRemove(key, out _);
            }
        }
    }

    // Failures since the last success or lock-out; a new lock starts the count again.
    private sealed record Attempts(int Failures, DateTimeOffset LastFailure, DateTimeOffset? LockedUntil)
    {
        public static Attempts First(DateTimeOffset now, int limit, TimeSpan duration) =>
            new Attempts(0, now, null).Next(now, limit, duration);

        public Attempts Next(DateTimeOffset now, int limit, TimeSpan duration)
        {
            if (LockedUntil is { } until && until > now)
            {
                return this;
            }
            var failures = Failures + 1;
            return failures >= limit ? new Attempts(0, now, now + duration) : new Attempts(failures, now, null);
        }
    }
}
