using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CustomGpt.Tests.Hostile;

/// <summary>
/// An HTTP/1.1 server on a raw socket (127.0.0.1, a free port) that misbehaves on purpose: each
/// request it reads is handed to a script that writes whatever bytes it likes, stalls, or closes
/// the connection without a word. It counts connections and requests itself, so a test asserts what
/// went over the wire rather than what the client believes it sent. Everything it does is bounded:
/// a stall ends at <see cref="MaxStall"/> or when the server is disposed.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    /// <summary>The longest any script may stall; far beyond every limit a test sets on the client.</summary>
    public static readonly TimeSpan MaxStall = TimeSpan.FromSeconds(20);

    readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    readonly CancellationTokenSource _stop = new();
    readonly ConcurrentBag<TcpClient> _clients = [];
    readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    readonly Func<Exchange, Task> _script;
    readonly Task _accepting;
    int _connections;

    public HostileServer(Func<Exchange, Task> script)
    {
        _script = script;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>The same server under another host name: another origin to the client.</summary>
    public Uri OtherHostUrl => new($"http://localhost:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>Connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Requests read so far, in order of arrival.</summary>
    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch { return; }
            Interlocked.Increment(ref _connections);
            _clients.Add(client);
            _ = ServeAsync(client);
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        try
        {
            using (client)
            {
                var stream = client.GetStream();
                var reader = new RequestReader(stream);
                while (!_stop.IsCancellationRequested)
                {
                    var request = await reader.ReadAsync(_stop.Token);
                    if (request is null) return;
                    _requests.Enqueue(request);
                    var exchange = new Exchange(client, stream, reader, request, _requests.Count, _stop.Token);
                    await _script(exchange);
                    if (exchange.Closed) return;
                }
            }
        }
        catch
        {
            // The client went away mid-script (it gave up, as the tests want): nothing to do.
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _clients) client.Dispose();
        await _accepting;
        _stop.Dispose();
    }

    /// <summary>A request as it arrived: its line, its headers, and how many body bytes came.</summary>
    public sealed record ReceivedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, long BodyBytes)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }

    /// <summary>One request and the connection it came on, for the script to answer (or not).</summary>
    public sealed class Exchange(TcpClient client, NetworkStream stream, RequestReader reader, ReceivedRequest request, int number, CancellationToken stop)
    {
        public ReceivedRequest Request { get; } = request;

        /// <summary>1 for the first request the server read, 2 for the second, across connections.</summary>
        public int Number { get; } = number;

        public bool Closed { get; private set; }

        public Task WriteAsync(string text) => WriteAsync(Encoding.UTF8.GetBytes(text));

        public async Task WriteAsync(byte[] bytes)
        {
            await stream.WriteAsync(bytes, stop);
            await stream.FlushAsync(stop);
        }

        /// <summary>A status line and headers (no Content-Length added), then nothing.</summary>
        public Task HeadAsync(int status, params string[] headers) =>
            WriteAsync($"HTTP/1.1 {status} {Reason(status)}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n");

        /// <summary>A whole, well-formed answer with its Content-Length.</summary>
        public async Task RespondAsync(int status, string body, string contentType = "application/json", params string[] headers)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            await HeadAsync(status, [$"Content-Type: {contentType}", $"Content-Length: {bytes.Length}", .. headers]);
            await WriteAsync(bytes);
        }

        /// <summary>Waits without writing until the client gives up, the server stops, or <see cref="MaxStall"/>.</summary>
        public async Task StallAsync()
        {
            var buffer = new byte[1];
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(stop);
            bound.CancelAfter(MaxStall);
            try
            {
                // Reading notices the client closing its end; nothing is expected from it meanwhile.
                while (await reader.ReadRawAsync(buffer, bound.Token) > 0) { }
            }
            catch (OperationCanceledException) { }
            Close();
        }

        /// <summary>Closes the connection without answering (a FIN, as a server shutting an idle connection does).</summary>
        public void Close()
        {
            Closed = true;
            client.Client.Shutdown(SocketShutdown.Both);
            client.Close();
        }

        static string Reason(int status) => status switch
        {
            200 => "OK", 301 => "Moved Permanently", 302 => "Found", 307 => "Temporary Redirect", 308 => "Permanent Redirect",
            401 => "Unauthorized", 429 => "Too Many Requests", 500 => "Internal Server Error", 503 => "Service Unavailable",
            _ => "Status",
        };
    }

    /// <summary>Reads request heads and bodies (Content-Length or chunked) off one connection.</summary>
    public sealed class RequestReader(NetworkStream stream)
    {
        readonly byte[] _buffer = new byte[64 * 1024];
        int _start, _end;

        public async Task<ReceivedRequest?> ReadAsync(CancellationToken cancellationToken)
        {
            var head = await ReadLineAsync(cancellationToken);
            if (head is null) return null;
            var parts = head.Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var line = await ReadLineAsync(cancellationToken); !string.IsNullOrEmpty(line); line = await ReadLineAsync(cancellationToken))
            {
                var colon = line.IndexOf(':');
                if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
            long body = 0;
            if (headers.TryGetValue("Content-Length", out var length)) body = await SkipAsync(long.Parse(length), cancellationToken);
            else if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                for (var size = ChunkSize(await ReadLineAsync(cancellationToken)); size > 0; size = ChunkSize(await ReadLineAsync(cancellationToken)))
                {
                    body += await SkipAsync(size, cancellationToken);
                    await ReadLineAsync(cancellationToken);
                }
                while (!string.IsNullOrEmpty(await ReadLineAsync(cancellationToken))) { }
            }
            return new ReceivedRequest(parts[0], parts.Length > 1 ? parts[1] : "", headers, body);
        }

        public async Task<int> ReadRawAsync(byte[] into, CancellationToken cancellationToken)
        {
            if (_end > _start)
            {
                var n = Math.Min(into.Length, _end - _start);
                Array.Copy(_buffer, _start, into, 0, n);
                _start += n;
                return n;
            }
            return await stream.ReadAsync(into, cancellationToken);
        }

        static long ChunkSize(string? line) => line is null ? 0 : Convert.ToInt64(line.Split(';')[0].Trim(), 16);

        async Task<long> SkipAsync(long count, CancellationToken cancellationToken)
        {
            long skipped = 0;
            while (skipped < count)
            {
                if (_end == _start && !await FillAsync(cancellationToken)) break;
                var n = (int)Math.Min(count - skipped, _end - _start);
                _start += n;
                skipped += n;
            }
            return skipped;
        }

        async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_end == _start && !await FillAsync(cancellationToken)) return line.Length == 0 ? null : line.ToString();
                var b = _buffer[_start++];
                if (b == '\n') return line.ToString().TrimEnd('\r');
                if (line.Length > 16 * 1024) throw new InvalidDataException("request line too long");
                line.Append((char)b);
            }
        }

        async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, cancellationToken);
            return _end > 0;
        }
    }
}
