using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

/// <summary>An in-process SMTP server on a loopback port that records every message it accepts.</summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly RecordingStore _store = new();
    private Task? _running;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Received => [.. _store.Messages];

    /// <summary>A port nothing listens on right now (the OS hands out a free one, which is then released).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static async Task<SmtpTestServer> StartAsync(int? port = null)
    {
        var server = new SmtpTestServer(port ?? FreePort());
        await server.StartListeningAsync();
        return server;
    }

    private async Task StartListeningAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();

        // Waiting for the listener's own signal, not for time, tells when a client may connect.
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, _) => listening.TrySetResult();

        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(listeners);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);

        await await Task.WhenAny(listening.Task, _running);
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
                // The server stops by cancellation.
            }
        }

        _stop.Dispose();
    }

    private sealed class RecordingStore : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Messages { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
