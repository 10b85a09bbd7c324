using Bot.Runtime.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Runtime.Leases;

/// <summary>
/// One turn per conversation at a time: an in-process async lock per conversation (no busy waiting between turns of
/// one instance), then a lease row in the store for the instances that share it. The row expires, so a crashed
/// instance blocks a conversation for at most <see cref="RuntimeOptions.LeaseDuration"/>.
/// </summary>
public sealed class ConversationLeaseManager(
    ITurnStore store, IOptions<RuntimeOptions> options, TimeProvider time, ILogger<ConversationLeaseManager> log)
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, LocalLock> _locks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>This instance's name in the lease rows.</summary>
    public string Owner { get; } = options.Value.InstanceId is { Length: > 0 } id
        ? id
        : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    internal async Task<LeaseHandle> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var local = Rent(conversationKey);
        try
        {
            await local.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Return(conversationKey, local);
            throw;
        }
        try
        {
            await AcquireStoreLeaseAsync(conversationKey, cancellationToken);
        }
        catch
        {
            local.Semaphore.Release();
            Return(conversationKey, local);
            throw;
        }
        var renewEvery = options.Value.LeaseDuration / 3;
        return new LeaseHandle(this, conversationKey, local, renewEvery, time);
    }

    /// <summary>Turns of this instance running or queued on the conversation.</summary>
    internal int ActiveTurns(string conversationKey)
    {
        lock (_gate)
        {
            return _locks.TryGetValue(conversationKey, out var local) ? local.Users : 0;
        }
    }

    internal async Task RenewAsync(string conversationKey)
    {
        try
        {
            await store.RenewLeaseAsync(conversationKey, Owner, time.GetUtcNow() + options.Value.LeaseDuration, CancellationToken.None);
        }
        catch (Exception ex)
        {
            RuntimeLog.LeaseRenewFailed(log, ex, conversationKey);
        }
    }

    internal async Task ReleaseAsync(string conversationKey, LocalLock local, bool releaseInStore)
    {
        try
        {
            if (releaseInStore)
            {
                await store.ReleaseLeaseAsync(conversationKey, Owner, CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            // The row expires on its own; the next turn of this instance takes it over anyway.
            RuntimeLog.LeaseReleaseFailed(log, ex, conversationKey);
        }
        finally
        {
            local.Semaphore.Release();
            Return(conversationKey, local);
        }
    }

    private async Task AcquireStoreLeaseAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var backoff = FirstBackoff;
        while (true)
        {
            var now = time.GetUtcNow();
            if (await store.TryAcquireLeaseAsync(conversationKey, Owner, now, now + options.Value.LeaseDuration, cancellationToken))
            {
                return;
            }
            var waited = now - started;
            if (waited >= options.Value.LeaseWaitTimeout)
            {
                throw new ConversationBusyException(conversationKey, waited);
            }
            RuntimeLog.WaitingForLease(log, conversationKey);
            await Task.Delay(backoff, time, cancellationToken);
            backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
        }
    }

    private LocalLock Rent(string key)
    {
        lock (_gate)
        {
            if (!_locks.TryGetValue(key, out var local))
            {
                local = new LocalLock();
                _locks[key] = local;
            }
            local.Users++;
            return local;
        }
    }

    private void Return(string key, LocalLock local)
    {
        lock (_gate)
        {
            if (--local.Users == 0)
            {
                _locks.Remove(key);
                local.Semaphore.Dispose();
            }
        }
    }

    internal sealed class LocalLock
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
