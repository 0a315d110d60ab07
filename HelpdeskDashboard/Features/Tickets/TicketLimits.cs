namespace HelpdeskDashboard.Features.Tickets;

/// <summary>Column sizes shared by the model configuration and the validators.</summary>
public static class TicketLimits
{
    public const int SubjectMaxLength = 200;

    public const int BodyMaxLength = 20_000;
}
