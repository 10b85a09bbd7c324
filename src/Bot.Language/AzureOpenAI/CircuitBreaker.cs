namespace Bot.Language.AzureOpenAI;

// Counts consecutive service failures; open means "do not call", and after the break one trial call (half-open) decides.
internal sealed class CircuitBreaker(int failureThreshold, TimeSpan breakDuration, TimeProvider time)
{
    private readonly Lock _gate = new();
    private int _failures;
    private DateTimeOffset? _openUntil;
    private bool _trialInFlight;

    public bool TryEnter()
    {
        lock (_gate)
        {
            if (_openUntil is not { } until)
            {
                return true;
            }
            if (time.GetUtcNow() < until || _trialInFlight)
            {
                return false;
            }
            _trialInFlight = true;
            return true;
        }
    }

    public void OnSuccess()
    {
        lock (_gate)
        {
            _failures = 0;
            _openUntil = null;
            _trialInFlight = false;
        }
    }

    /// <returns>True when this failure opened the circuit.</returns>
    public bool OnFailure()
    {
        lock (_gate)
        {
            var wasTrial = _trialInFlight;
            _trialInFlight = false;
            _failures++;
            if (!wasTrial && (_openUntil is not null || _failures < failureThreshold))
            {
                return false;
            }
            _openUntil = time.GetUtcNow() + breakDuration;
            return true;
        }
    }

    // A call that ended without saying anything about the service's health (cancelled by the caller, rejected input).
    public void OnNeutral()
    {
        lock (_gate)
        {
            _trialInFlight = false;
        }
    }
}
