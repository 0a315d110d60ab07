using FluentValidation;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Board;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Features.Tickets.Mail;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Platform.Changes;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Tickets;

public static class TicketsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the ticket workflow, the board and the ticket details query (scoped: they act for the signed-in user),
    /// the <see cref="TicketClock"/> and the validators they use. Needs the SLA, tier, notification, database and
    /// account registrations.
    /// </summary>
    public static IServiceCollection AddTickets(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton<TicketClock>();
        services.TryAddSingleton<IValidator<NewTicketMessage>, NewTicketMessageValidator>();
        services.AddChangeHub<TicketChangeHub>();
        services.TryAddSingleton<IValidator<ChangeTicketStatus>, ChangeTicketStatusValidator>();
        services.TryAddSingleton<IValidator<AssignTicket>, AssignTicketValidator>();
        services.TryAddSingleton<IValidator<ApiReply>, ApiReplyValidator>();
        services.TryAddSingleton<IValidator<ApiStatusChange>, ApiStatusChangeValidator>();
        services.TryAddSingleton<IValidator<ApiAssignment>, ApiAssignmentValidator>();

        services.AddValidatedOptions<AttachmentOptions, AttachmentOptionsValidator>(AttachmentOptions.SectionName);
        services.TryAddSingleton<IValidator<IReadOnlyList<IncomingFile>>, IncomingFilesValidator>();
        services.TryAddSingleton<AttachmentIntake>();
        services.TryAddSingleton<TicketMailer>();
        services.TryAddScoped<ITicketWorkflow, TicketWorkflow>();
        services.TryAddScoped<IBoardQuery, BoardQuery>();
        services.TryAddSingleton<SharedBoardPages>();
        services.TryAddSingleton<IValidator<SaveBoardView>, SaveBoardViewValidator>();
        services.TryAddScoped<ISavedBoardViews, SavedBoardViews>();
        services.TryAddScoped<ITicketDetailsQuery, TicketDetailsQuery>();
        services.TryAddScoped<IViewerTimeZone, ViewerTimeZone>();
        return services;
    }
}
