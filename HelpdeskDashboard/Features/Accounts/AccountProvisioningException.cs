namespace HelpdeskDashboard.Features.Accounts;

/// <summary>An account could not be created; the message says why in words an operator can act on.</summary>
public sealed class AccountProvisioningException : Exception
{
    public AccountProvisioningException()
    {
    }

    public AccountProvisioningException(string message)
        : base(message)
    {
    }

    public AccountProvisioningException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
