namespace HelpdeskDashboard.Platform.Validation;

/// <summary>Sizes of contact data (names, e-mail addresses, time zones) shared by the model configuration and the validators.</summary>
public static class ContactLimits
{
    public const int CompanyNameMaxLength = 200;

    /// <summary>The longest address RFC 5321 allows in a path.</summary>
    public const int EmailMaxLength = 254;

    public const int DisplayNameMaxLength = 200;

    public const int TimeZoneMaxLength = 64;
}
