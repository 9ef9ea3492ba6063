using System.Diagnostics;

namespace CustomGpt.Tests.Hostile;

/// <summary>How a call ended and when: its exception (null for success), or a hang past a bound.</summary>
internal sealed record Outcome(Exception? Failure, TimeSpan Elapsed, bool Hung)
{
    /// <summary>Runs <paramref name="call"/>; one still running after <paramref name="hangsAfter"/> is left behind and reported as hung.</summary>
    public static async Task<Outcome> OfAsync(Func<Task> call, TimeSpan hangsAfter)
    {
        var clock = Stopwatch.StartNew();
        var task = Task.Run(call);
        if (await Task.WhenAny(task, Task.Delay(hangsAfter)) != task) return new Outcome(null, clock.Elapsed, Hung: true);
        try
        {
            await task;
            return new Outcome(null, clock.Elapsed, false);
        }
        catch (Exception e)
        {
            return new Outcome(e, clock.Elapsed, false);
        }
    }

    /// <summary>Asserts the call failed with <typeparamref name="T"/> (that very type unless not <paramref name="exactly"/>) within <paramref name="within"/>.</summary>
    public T Threw<T>(TimeSpan within, bool exactly = true) where T : Exception
    {
        Assert.False(Hung, $"the call hangs: still running after {Elapsed.TotalSeconds:0.0} s");
        Assert.True(Failure is T && (!exactly || Failure.GetType() == typeof(T)),
            $"expected {typeof(T).Name}; the call {(Failure is null ? "succeeded" : $"threw {Failure}")}");
        Assert.True(Elapsed < within, $"the call took {Elapsed.TotalSeconds:0.00} s, more than {within.TotalSeconds:0.00} s");
        return (T)Failure!;
    }

    public override string ToString() =>
        Hung ? $"hung after {Elapsed.TotalSeconds:0.0} s" : Failure is null ? $"succeeded after {Elapsed.TotalSeconds:0.00} s" : $"threw after {Elapsed.TotalSeconds:0.00} s: {Failure}";
}
