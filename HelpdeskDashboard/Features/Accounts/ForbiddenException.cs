namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// The signed-in user may not do this. Derives from <see cref="UnauthorizedAccessException"/> so callers that
/// only know the framework type still catch it.
/// </summary>
public sealed class ForbiddenException : UnauthorizedAccessException
{
    public ForbiddenException()
        : this("You are not allowed to do this.")
    {
    }

    public ForbiddenException(string message)
        : base(message)
    {
    }

    public ForbiddenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ForbiddenException ForPolicy(string policy) =>
        new($"This needs the {policy} permission, which the signed-in user does not have.") { Policy = policy };

    /// <summary>The policy that was not met, when one was.</summary>
    public string? Policy { get; private init; }
}
