using Microsoft.AspNetCore.Components;

namespace HelpdeskDashboard.Features.Tickets.Details;

/// <summary>
/// A section that another feature adds to the ticket page's side column (time tracking, assignment history), so the
/// ticket page needs no reference to those features. The component takes one parameter,
/// <c>[Parameter, EditorRequired] public TicketPanelContext Ticket { get; set; }</c>, and decides itself who sees it.
/// Panels render in <see cref="Order"/>; the SLA timeline sits at <see cref="SlaTimelineOrder"/>.
/// </summary>
public sealed record TicketPagePanel(Type Component, int Order)
{
    public const int SlaTimelineOrder = 100;
}

/// <summary>What a panel knows of the ticket page: the ticket, the viewer's zone and whether the viewer is on the support team.</summary>
public sealed record TicketPanelContext(int TicketId, TimeZoneInfo TimeZone, bool IsAgent);

public static class TicketPagePanels
{
    public static IServiceCollection AddTicketPagePanel<TComponent>(this IServiceCollection services, int order)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new TicketPagePanel(typeof(TComponent), order));
        return services;
    }
}
