namespace HelpdeskDashboard.LoadTest;

/// <summary>A board that could not sign in, open or start its circuit.</summary>
public sealed class LoadTestException : Exception
{
    public LoadTestException()
    {
    }

    public LoadTestException(string message)
        : base(message)
    {
    }

    public LoadTestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
