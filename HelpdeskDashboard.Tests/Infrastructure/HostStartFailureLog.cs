using Microsoft.Extensions.Logging;

namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>
/// Keeps the exception the generic host logs when it fails to start ("Hosting failed to start", event 11). When the
/// app's start fails, WebApplicationFactory's deferred host can reach the app's already disposed services first and
/// report an ObjectDisposedException instead of the cause; the host logged the cause before it disposed them.
/// </summary>
internal sealed class HostStartFailureLog : ILoggerProvider
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private const int HostingFailedToStart = 11;

    private Exception? _failure;

    public Exception? Failure => Volatile.Read(ref _failure);

    public ILogger CreateLogger(string categoryName) =>
        categoryName == HostCategory ? new HostLogger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose()
    {
    }

    private sealed class HostLogger(HostStartFailureLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == HostingFailedToStart && exception is not null)
            {
                Volatile.Write(ref log._failure, exception);
            }
        }
    }
}
