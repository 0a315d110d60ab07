using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.LoadTest;

/// <summary>
/// One signed-in agent's /board held as a browser holds it, without the browser: its own cookies, the circuit started
/// from the prerendered page's markers, every render batch acknowledged, every JS interop call answered.
/// </summary>
public sealed class BoardCircuit : IAsyncDisposable
{
    // JSCallResultType (Microsoft.JSInterop): what the server expects back from a JS call.
    private const int ResultJSObjectReference = 1;
    private const int ResultJSStreamReference = 2;

    private readonly Uri _baseAddress;
    private readonly LoadMetrics _metrics;
    private readonly JsInteropAnswers _answers;
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    private HubConnection? _connection;
    private long _nextJsObjectId;
    private int _closing;
    private int _open;
    private long _firstRenderSecond;
    private readonly Lock _seconds = new();
    private readonly HashSet<long> _secondsWithBatch = [];
    private readonly List<long> _laterBatchSeconds = [];

    public BoardCircuit(int number, Uri baseAddress, LoadMetrics metrics, JsInteropAnswers answers)
    {
        Number = number;
        _baseAddress = baseAddress;
        _metrics = metrics;
        _answers = answers;
        _http = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = true }) { BaseAddress = baseAddress };
    }

    public int Number { get; }

    /// <summary>Set once the first render batch arrived: the board is interactive.</summary>
    public bool IsRendered { get; private set; }

    /// <summary>How many seconds in [<paramref name="from"/>, <paramref name="until"/>) (Unix) brought this board a tick batch.</summary>
    public int SecondsWithBatch(long from, long until)
    {
        // Batches keep arriving on the connection's thread while the runner counts.
        lock (_seconds)
        {
            return _secondsWithBatch.Count(second => second >= from && second < until);
        }
    }

    /// <summary>How many batches in [<paramref name="from"/>, <paramref name="until"/>) came after the first of their second: live updates and other renders.</summary>
    public int LaterBatches(long from, long until)
    {
        lock (_seconds)
        {
            return _laterBatchSeconds.Count(second => second >= from && second < until);
        }
    }

    /// <summary>Signs in through the real login form (antiforgery token and all), as a person would.</summary>
    public Task SignInAsync(string email, string password, CancellationToken cancellationToken) =>
        FormSignIn.SignInAsync(_http, email, password, cancellationToken);

    /// <summary>Loads the prerendered /board, connects to /_blazor and starts the circuit with the page's components.</summary>
    public async Task OpenAsync(string path, CancellationToken cancellationToken)
    {
        var pageUri = new Uri(_baseAddress, path);
        var page = PrerenderedPage.Parse(await _http.GetStringAsync(pageUri, cancellationToken));
        if (page.ServerMarkers.Count == 0)
        {
            throw new LoadTestException($"{path} has no interactive server component markers (signed out?).");
        }

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(_baseAddress, "_blazor"), options =>
            {
                options.Cookies = _cookies;
                options.Transports = HttpTransportType.WebSockets;
            })
            .WithServerTimeout(TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var connection = builder.Build();
        _connection = connection;

        connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatchAsync);
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", OnBeginInvokeJS);
        connection.On<string>("JS.Error", error =>
        {
            _metrics.Failure($"board {Number}: the server reported a circuit error: {error}");
            return Task.CompletedTask;
        });
        connection.On<long>("JS.EndUpdateRootComponents", _ => Task.CompletedTask);
        connection.On<string>("JS.EndInvokeDotNet", _ => Task.CompletedTask);
        connection.Closed += error =>
        {
            if (Volatile.Read(ref _closing) == 0 && Interlocked.Exchange(ref _open, 0) == 1)
            {
                _metrics.Dropped($"board {Number}: the connection closed ({error?.Message ?? "by the server"}).");
            }

            return Task.CompletedTask;
        };

        await connection.StartAsync(cancellationToken);
        // As CircuitManager.startCore: no components in StartCircuit (a Blazor Web App adds them right after)...
        var circuitId = await connection.InvokeAsync<string?>(
            "StartCircuit", _baseAddress.ToString(), pageUri.ToString(), "[]", page.ApplicationState, cancellationToken);
        if (string.IsNullOrEmpty(circuitId))
        {
            throw new LoadTestException($"board {Number}: the server refused to start the circuit.");
        }

        // ...then WebRootComponentManager's first batch of operations, with the persisted state the first time.
        await connection.SendAsync("UpdateRootComponents", page.AddOperations(), page.ApplicationState, cancellationToken);
        Volatile.Write(ref _open, 1);
        _metrics.CircuitOpened();
    }

    private async Task OnRenderBatchAsync(long batchId, byte[] batch)
    {
        var arrival = DateTimeOffset.UtcNow;
        var second = arrival.ToUnixTimeSeconds();
        bool tick;
        lock (_seconds)
        {
            if (!IsRendered)
            {
                IsRendered = true;
                _firstRenderSecond = second;
                tick = false;
            }
            else if (second <= _firstRenderSecond + 1)
            {
                tick = false;
            }
            else if (_secondsWithBatch.Add(second))
            {
                tick = true;
            }
            else
            {
                _laterBatchSeconds.Add(second);
                tick = false;
            }
        }

        if (tick)
        {
            // The first batch of a second is that second's tick (the ticker fires on whole seconds, SlaTicker); later
            // ones in the same second are live updates or other renders. The board's first two seconds are left out:
            // the rest of its first render (JS interop answers, the rows) still arrives then.
            _metrics.TickBatch(second, (arrival - DateTimeOffset.FromUnixTimeSeconds(second)).TotalMilliseconds);
        }

        // A browser applies the batch, then confirms it; without the confirmation the server stops sending after a few.
        await SendQuietlyAsync("OnRenderCompleted", batchId, null);
    }

    private async Task OnBeginInvokeJS(long asyncHandle, string identifier, string argsJson, int resultType, long targetInstanceId, int callType)
    {
        var result = resultType switch
        {
            ResultJSObjectReference => new Dictionary<string, long> { ["__jsObjectId"] = Interlocked.Increment(ref _nextJsObjectId) },
            ResultJSStreamReference => null,
            _ => _answers.AnswerFor(identifier),
        };
        if (asyncHandle != 0)
        {
            // As DotNet.ts's beginInvokeJSFromDotNet: the result travels as the JSON array [asyncHandle, succeeded, result].
            var json = JsonSerializer.Serialize(new object?[] { asyncHandle, true, result });
            await SendQuietlyAsync("EndInvokeJSFromDotNet", asyncHandle, true, json);
        }
    }

    private async Task SendQuietlyAsync(string method, params object?[] args)
    {
        if (_connection is not { State: HubConnectionState.Connected } connection)
        {
            return;
        }

        try
        {
            await connection.SendCoreAsync(method, args);
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or OperationCanceledException)
        {
            // The close handler reports a dropped connection; a send racing it adds nothing.
        }
    }

    /// <summary>Closes the circuit as a browser tab closes: the connection goes, the server disposes the circuit later.</summary>
    public async Task CloseAsync()
    {
        Interlocked.Exchange(ref _closing, 1);
        if (Interlocked.Exchange(ref _open, 0) == 1)
        {
            _metrics.CircuitClosed();
        }

        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
            _connection = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _http.Dispose();
    }
}
