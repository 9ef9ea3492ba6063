using System.Diagnostics;
using System.Globalization;

namespace CustomGpt.Cli.Output;

/// <summary>
/// A spinner and the seconds waited, redrawn in place on stderr while a request has gone unanswered
/// for more than a second, then erased, so a slow or silent server is not mistaken for a hung CLI.
/// Only for a terminal: a log or a pipe would keep every frame.
/// </summary>
internal sealed class WaitIndicator(TextWriter error)
{
    static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    const string Frames = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    /// <summary>Back to the start of the line and erase it (ANSI), leaving the cursor where the line began.</summary>
    public const string EraseLine = "\r\u001b[2K";

    readonly object _gate = new();
    int _waiting;
    int _suppressed;
    long _since;
    int _frame;
    bool _drawn;
    string _server = "";
    Timer? _timer;

    /// <summary>A request to <paramref name="server"/> is on its way; disposing the result says it was answered.</summary>
    public IDisposable Begin(string server)
    {
        lock (_gate)
        {
            if (_waiting++ == 0)
            {
                _since = Stopwatch.GetTimestamp();
                _server = server;
                _timer = new Timer(_ => Draw(), null, Delay, Interval);
            }
        }
        return new Scope(End);
    }

    /// <summary>Keeps the indicator off while something else draws on stderr (an upload's progress bar).</summary>
    public IDisposable Suppress()
    {
        lock (_gate)
        {
            _suppressed++;
            Erase();
        }
        return new Scope(() => { lock (_gate) _suppressed--; });
    }

    /// <summary>Erases the indicator before other output is written.</summary>
    public void Clear()
    {
        lock (_gate) Erase();
    }

    void End()
    {
        lock (_gate)
        {
            if (--_waiting > 0) return;
            _timer?.Dispose();
            _timer = null;
            Erase();
        }
    }

    void Draw()
    {
        lock (_gate)
        {
            if (_waiting == 0 || _suppressed > 0) return;
            var elapsed = Stopwatch.GetElapsedTime(_since);
            // A timer may fire a hair early: never show "0 s" for a wait that is said to pass a second.
            if (elapsed < Delay) return;
            var seconds = (int)elapsed.TotalSeconds;
            error.Write(string.Create(CultureInfo.InvariantCulture, $"{EraseLine}{Frames[_frame++ % Frames.Length]} Waiting for {_server}… {seconds} s"));
            error.Flush();
            _drawn = true;
        }
    }

    void Erase()
    {
        if (!_drawn) return;
        error.Write(EraseLine);
        error.Flush();
        _drawn = false;
    }

    sealed class Scope(Action end) : IDisposable
    {
        int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0) end();
        }
    }
}
