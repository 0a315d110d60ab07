using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Mail;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Portal.Tickets;

/// <summary>
/// Files a customer's inquiry as a ticket of their own company, written by them: status New, the tier's priority, the
/// response clock started by the first message with the tier's target (none for Basic), exactly as the workflow
/// records it for later messages. An accepted rate or fee is kept in the conversation and the audit log. The change
/// is published on the <see cref="TicketChangeHub"/> after commit so every open board shows the new ticket.
/// </summary>
public sealed class PortalInquiryService(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    TicketClock clock,
    TierCatalog catalog,
    TicketChangeHub hub,
    AttachmentIntake attachments,
    TicketMailer mailer,
    IValidator<NewInquiry> validator,
    IOptions<PortalTicketsOptions> options)
{
    public const string CustomersOnly = "Only a customer's own people can file inquiries in the portal.";

    public const string AuditEntityType = "Ticket";

    /// <summary>What the signed-in customer may file; null when the user is not a linked customer user.</summary>
    public async Task<InquiryOffer?> GetOfferAsync(CancellationToken cancellationToken = default)
    {
        var author = await AuthorAsync(cancellationToken);
        return author is null ? null : new InquiryOffer(author.CompanyName, catalog.Get(author.Tier), options.Value.CommunityForumUrl);
    }

    /// <summary>Files the inquiry; the value is the new ticket's id. Unless it succeeded, nothing was written.</summary>
    public async Task<CommandResult<int>> SubmitAsync(NewInquiry inquiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        var author = await AuthorAsync(cancellationToken);
        return author is null ? CommandResult<int>.Denied(CustomersOnly) : await FileAsync(author, inquiry, viaEmail: false, cancellationToken);
    }

    /// <summary>
    /// Files an inquiry that arrived by e-mail from <paramref name="customerUserId"/>, exactly as if that person had
    /// filed it in the portal. No user is signed in: the caller (mail in, or an agent on the review page) vouches for
    /// the sender.
    /// </summary>
    public async Task<CommandResult<int>> FileReceivedMailAsync(int customerUserId, NewInquiry inquiry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inquiry);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var author = await db.CustomerUsers.AsNoTracking().Where(u => u.Id == customerUserId)
            .Select(u => new Author(u.Id, u.Email, u.CustomerId, u.Customer!.CompanyName, u.Customer.CurrentTier))
            .FirstOrDefaultAsync(cancellationToken);
        return author is null
            ? CommandResult<int>.NotFound($"There is no customer user #{customerUserId}.")
            : await FileAsync(author, inquiry, viaEmail: true, cancellationToken);
    }

    private async Task<CommandResult<int>> FileAsync(Author author, NewInquiry inquiry, bool viaEmail, CancellationToken cancellationToken)
    {
        // The tier decides the rules; the browser's idea of it does not count.
        inquiry.Tier = author.Tier;
        if (await validator.RefusalAsync<NewInquiry, int>(inquiry, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var stored = await attachments.StoreAsync(inquiry.Files, cancellationToken);
        if (!stored.Succeeded)
        {
            return CommandResult<int>.Refused(stored);
        }

        var tier = catalog.Get(author.Tier);
        var now = timeProvider.GetUtcNow();
        var message = new TicketMessage
        {
            AuthorKind = MessageAuthorKind.Customer,
            AuthorCustomerUserId = author.CustomerUserId,
            Body = inquiry.Body,
            CreatedUtcTicks = now.UtcTicks,
            ViaEmail = viaEmail,
            Attachments = [.. stored.Value!.Select(f => f.ToTicketAttachment(now.UtcTicks))],
        };
        var ticket = new Ticket
        {
            CustomerId = author.CustomerId,
            Subject = inquiry.Subject.Trim(),
            Kind = inquiry.Kind,
            Status = TicketStatus.New,
            Priority = tier.PriorityRank,
            CreatedUtcTicks = now.UtcTicks,
            UpdatedUtcTicks = now.UtcTicks,
            Messages = [message],
        };
        var acceptance = InquiryText.Acceptance(inquiry, tier);
        if (acceptance is not null)
        {
            // System messages leave the response clock alone; this one records the price the customer agreed to.
            ticket.Messages.Add(new TicketMessage { AuthorKind = MessageAuthorKind.System, Body = acceptance, CreatedUtcTicks = now.UtcTicks });
        }

        var generation = clock.Calendar.Generation;
        var events = clock.Events(ticket, CustomerTierHistory.CurrentOnly(author.Tier), ticket.Messages, []);
        clock.Record(ticket, events, now);

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
            db.Tickets.Add(ticket);
            await db.SaveChangesAsync(cancellationToken);
            if (clock.Calendar.Generation != generation)
            {
                // A calendar change committed meanwhile; holding the write lock now, the calendar read here is final.
                clock.Record(ticket, events, now);
            }

            if (acceptance is not null)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    AtUtcTicks = now.UtcTicks,
                    Actor = author.Email,
                    Action = inquiry.Kind == TicketKind.PaidSupportRequest ? "PaidSupportRateAccepted" : "ProjectFeeAccepted",
                    EntityType = AuditEntityType,
                    EntityId = ticket.Id.ToString(CultureInfo.InvariantCulture),
                    NewValue = inquiry.Kind == TicketKind.PaidSupportRequest ? tier.ExtraHourRate.ToString() : tier.NewProjectFee.ToString(),
                });
            }

            // The ticket has its number now; the mails that name it commit with it.
            await mailer.QueueReceivedAsync(db, ticket, author.CustomerUserId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await hub.PublishAsync(new TicketChanged(ticket.Id, TicketChangeKind.Created));
        return CommandResult<int>.Ok(ticket.Id);
    }

    private async Task<Author?> AuthorAsync(CancellationToken cancellationToken)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer))
        {
            return null;
        }

        var user = await currentUser.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CustomerUsers.AsNoTracking()
            .Where(u => u.IdentityUserId == user.UserId && u.CustomerId == user.CustomerId)
            .Select(u => new Author(u.Id, u.Email, u.CustomerId, u.Customer!.CompanyName, u.Customer.CurrentTier))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private sealed record Author(int CustomerUserId, string Email, int CustomerId, string CompanyName, Tier Tier);
}
