using System.Diagnostics;

namespace CustomGpt.Http;

/// <summary>
/// The time limit of one attempt, on one timer: its AttemptTimeout, or what is left of the call's
/// Timeout when that comes sooner, in which case its expiry ends the call. One timer per attempt
/// instead of one for the attempt and one for the call: a timer is a good part of what a call costs.
/// </summary>
internal sealed class AttemptDeadline : IDisposable
{
    readonly CancellationTokenSource _source;
    readonly PipelineLimits _limits;
    readonly long _callStarted;
    // Only goes from false to true: what is left of the Timeout shrinks, the AttemptTimeout does not.
    volatile bool _endsCall;

    public AttemptDeadline(PipelineLimits limits, long callStarted, CancellationToken callerToken)
    {
        _limits = limits;
        _callStarted = callStarted;
        // Stryker disable once Conditional : a source linked to a token that cannot be cancelled behaves as an unlinked one; the check only saves the link.
        _source = callerToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callerToken) : new CancellationTokenSource();
        Restart();
    }

    /// <summary>Cancelled by the caller, or when the attempt's time is up.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>Whether the attempt's time ran out because the call's Timeout did: no attempt may follow.</summary>
    public bool EndedCall => _endsCall && _source.IsCancellationRequested;

    /// <summary>Starts the attempt's clock again from now (each piece of an upload that goes out does).</summary>
    public void Restart()
    {
        var limit = _limits.AttemptTimeout;
        if (_limits.Timeout != Timeout.InfiniteTimeSpan)
        {
            var left = _limits.Timeout - Elapsed(_callStarted);
            // Stryker disable once Equality : the call's time left equal to the attempt's, to the tick: either way the expiry ends the call (BackOffAsync finds no time left), with the same exception.
            var callEndsFirst = left <= limit;
            if (limit == Timeout.InfiniteTimeSpan || callEndsFirst)
            {
                limit = left;
                _endsCall = true;
            }
        }
        if (limit == Timeout.InfiniteTimeSpan) return;
        try
        {
            if (limit <= TimeSpan.Zero) _source.Cancel();
            else _source.CancelAfter(limit);
        }
        catch (ObjectDisposedException)
        {
            // The attempt is over; a late write has nothing left to extend.
        }
    }

    /// <summary>The time since <paramref name="started"/>, a <see cref="Stopwatch.GetTimestamp"/> (no Stopwatch object per call).</summary>
    public static TimeSpan Elapsed(long started) =>
        TimeSpan.FromTicks((long)((Stopwatch.GetTimestamp() - started) * ((double)TimeSpan.TicksPerSecond / Stopwatch.Frequency)));

    public void Dispose() => _source.Dispose();
}
