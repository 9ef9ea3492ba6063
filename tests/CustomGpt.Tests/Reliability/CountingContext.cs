namespace CustomGpt.Tests.Reliability;

// The harness of the tests that check the SDK never resumes on the caller's SynchronizationContext.

/// <summary>A caller's context that counts the continuations posted to it and runs them on the pool.</summary>
internal sealed class CountingContext : SynchronizationContext
{
    readonly int[] _posts;

    public CountingContext() : this(new int[1]) { }

    CountingContext(int[] posts) => _posts = posts;

    /// <summary>Posts to this context and to every one it handed out with <see cref="Later"/>.</summary>
    public int Posts => Volatile.Read(ref _posts[0]);

    public override void Post(SendOrPostCallback callback, object? state)
    {
        Interlocked.Increment(ref _posts[0]);
        ThreadPool.QueueUserWorkItem(_ => callback(state));
    }

    public override void Send(SendOrPostCallback callback, object? state) => callback(state);

    /// <summary>Starts <paramref name="start"/> with this context current, as a caller on its UI thread would.</summary>
    public T Run<T>(Func<T> start)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try { return start(); }
        finally { SetSynchronizationContext(previous); }
    }

    /// <summary>
    /// <paramref name="value"/>, a moment later, from a thread with a counting context of its own
    /// (another instance, so a continuation captured elsewhere is posted rather than run inline).
    /// </summary>
    public Task<T> Later<T>(T value)
    {
        var answer = new TaskCompletionSource<T>();
        new Thread(() =>
        {
            SetSynchronizationContext(new CountingContext(_posts));
            Thread.Sleep(10);
            answer.SetResult(value);
        }) { IsBackground = true }.Start();
        return answer.Task;
    }
}

/// <summary>A body whose every read completes a moment later, from the caller's context.</summary>
internal sealed class LateStream(CountingContext context, byte[] bytes) : MemoryStream(bytes)
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        await context.Later(Read(buffer.Span)).ConfigureAwait(false);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
}
