namespace HelpdeskDashboard.Features.Billing;

/// <summary>Column sizes and ranges shared by the model configuration and the validators.</summary>
public static class BillingLimits
{
    public const int TimeEntryNoteMaxLength = 1000;

    public const int MaxMinutesPerEntry = 24 * 60;

    public const int ExternalOrderIdMaxLength = 100;
}
