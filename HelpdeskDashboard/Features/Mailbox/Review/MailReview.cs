using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Portal.Tickets;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Workflow;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Mailbox.Review;

/// <summary>
/// The support team's decisions on mail that did not become a ticket by itself: make it a ticket of a chosen
/// customer (adding the sender as one of its people if asked), add it to an existing ticket, or discard it. Agents
/// only, checked here. Each decision first claims the mail (a conditional update), so two agents deciding at once
/// cannot both act; each is audited.
/// </summary>
public sealed class MailReview(
    ICurrentUser currentUser,
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ITicketWorkflow workflow,
    PortalInquiryService inquiries,
    ContentStore store,
    TierCatalog catalog,
    IOptions<AttachmentOptions> attachmentOptions,
    TimeProvider time)
{
    public const string AgentsOnly = "Only the support team reviews received mail.";
    public const string AuditEntityType = "InboundMail";
    private const int RecentCount = 100;

    /// <summary>Mails waiting for a decision (oldest first), or the latest received mails of every outcome.</summary>
    public async Task<IReadOnlyList<ReceivedMailView>> ListAsync(bool waitingOnly, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.InboundMails.AsNoTracking();
        query = waitingOnly
            ? query.Where(m => m.Outcome == InboundOutcome.AwaitingReview).OrderBy(m => m.ReceivedUtcTicks).ThenBy(m => m.Id)
            : query.OrderByDescending(m => m.ReceivedUtcTicks).ThenByDescending(m => m.Id).Take(RecentCount);
        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.Select(m => new ReceivedMailView(m.Id, m.FromAddress, m.FromName, m.Subject, new DateTimeOffset(m.ReceivedUtcTicks, TimeSpan.Zero),
            m.Outcome, m.Detail, m.Text, m.AttachmentCount, m.TicketId, m.DecidedBy))];
    }

    public async Task<IReadOnlyList<ReviewCustomer>> CustomersAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.CompanyName).Select(c => new { c.Id, c.CompanyName, c.CurrentTier }).ToListAsync(cancellationToken);
        return [.. customers.Select(c => new ReviewCustomer(c.Id, c.CompanyName, catalog.Get(c.CurrentTier).DisplayName))];
    }

    public async Task<CommandResult<int>> CreateTicketAsync(CreateTicketFromMail command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await DecideAsync(command.InboundMailId, InboundOutcome.TicketCreatedInReview, "MailTicketCreated", async (mail, db) =>
        {
            var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == command.CustomerId, cancellationToken);
            if (customer is null)
            {
                return CommandResult<int>.Invalid([$"There is no customer #{command.CustomerId}."]);
            }

            if (!catalog.Get(customer.CurrentTier).PortalAccess)
            {
                return CommandResult<int>.Invalid([$"{customer.CompanyName} is on the {catalog.Get(customer.CurrentTier).DisplayName} plan, which has no support inquiries; ask them to request paid support in the portal."]);
            }

            var senderId = await SenderAsync(db, mail, customer, command.AddSenderAsUser, cancellationToken);
            if (senderId.Errors.Count > 0)
            {
                return CommandResult<int>.Invalid(senderId.Errors);
            }

            using var files = await ReceivedMailFiles.OpenAsync(store, mail.RawSha256, attachmentOptions.Value, cancellationToken);
            return await inquiries.FileReceivedMailAsync(senderId.Value, new NewInquiry
            {
                Kind = TicketKind.SupportInquiry,
                Subject = mail.Subject.Length > 0 ? mail.Subject : "(no subject)",
                Body = mail.Text,
                Files = files?.Content.Files ?? [],
            }, cancellationToken);
        }, cancellationToken);
    }

    public async Task<CommandResult<int>> AttachAsync(AttachMailToTicket command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await DecideAsync(command.InboundMailId, InboundOutcome.AttachedInReview, "MailAttached", async (mail, db) =>
        {
            var ticket = await db.Tickets.AsNoTracking().Where(t => t.Id == command.TicketId).Select(t => new { t.Id, t.CustomerId }).FirstOrDefaultAsync(cancellationToken);
            if (ticket is null)
            {
                return CommandResult<int>.Invalid([$"There is no ticket #{command.TicketId}."]);
            }

            // Written as the customer's person when the sender is one of them; otherwise the text says who wrote.
            var sender = await db.CustomerUsers.AsNoTracking().Where(u => u.Email == mail.FromAddress && u.CustomerId == ticket.CustomerId)
                .Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
            var body = sender is null ? $"From {Sender(mail)} by e-mail:\n\n{mail.Text}" : mail.Text;
            using var files = await ReceivedMailFiles.OpenAsync(store, mail.RawSha256, attachmentOptions.Value, cancellationToken);
            var added = await workflow.ReceiveCustomerMailAsync(new ReceiveCustomerMail(ticket.Id, sender, Fit(body), files?.Content.Files ?? []), cancellationToken);
            return added.Succeeded ? CommandResult<int>.Ok(ticket.Id) : added;
        }, cancellationToken);
    }

    public async Task<CommandResult<int>> DiscardAsync(DiscardMail command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return await DecideAsync(command.InboundMailId, InboundOutcome.Discarded, "MailDiscarded",
            (_, _) => Task.FromResult(CommandResult<int>.Ok(0)), cancellationToken);
    }

    /// <summary>Claims the mail for <paramref name="outcome"/>, acts, records the ticket and an audit entry; gives the claim back when the action fails.</summary>
    private async Task<CommandResult<int>> DecideAsync(
        int mailId, InboundOutcome outcome, string auditAction, Func<InboundMail, HelpdeskDbContext, Task<CommandResult<int>>> act, CancellationToken cancellationToken)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return CommandResult<int>.Denied(AgentsOnly);
        }

        var actor = await currentUser.GetAsync();
        var who = actor.Email ?? actor.DisplayName;
        var now = time.GetUtcNow().UtcTicks;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mail = await db.InboundMails.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mailId, cancellationToken);
        if (mail is null)
        {
            return CommandResult<int>.NotFound($"There is no received mail #{mailId}.");
        }

        var claimed = await db.InboundMails.Where(m => m.Id == mailId && m.Outcome == InboundOutcome.AwaitingReview)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Outcome, outcome).SetProperty(m => m.DecidedBy, who).SetProperty(m => m.DecidedUtcTicks, now), cancellationToken);
        if (claimed == 0)
        {
            return CommandResult<int>.Stale($"The mail \"{mail.Subject}\" was already decided ({ReviewText.Outcome(mail.Outcome)}{(mail.DecidedBy is { } by ? $" by {by}" : "")}).");
        }

        CommandResult<int> result;
        try
        {
            result = await act(mail, db);
        }
        catch
        {
            await Release(db, mailId);
            throw;
        }

        if (!result.Succeeded)
        {
            await Release(db, mailId);
            return result;
        }

        int? ticketId = result.Value > 0 ? result.Value : null;
        await db.InboundMails.Where(m => m.Id == mailId).ExecuteUpdateAsync(set => set.SetProperty(m => m.TicketId, ticketId), CancellationToken.None);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtcTicks = now,
            Actor = who,
            Action = auditAction,
            EntityType = AuditEntityType,
            EntityId = mailId.ToString(CultureInfo.InvariantCulture),
            OldValue = $"{Sender(mail)}: {mail.Subject}",
            NewValue = ticketId is { } id ? $"ticket #{id}" : null,
        });
        await db.SaveChangesAsync(CancellationToken.None);
        return result;
    }

    private static Task Release(HelpdeskDbContext db, int mailId) =>
        db.InboundMails.Where(m => m.Id == mailId).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Outcome, InboundOutcome.AwaitingReview)
            .SetProperty(m => m.DecidedBy, (string?)null)
            .SetProperty(m => m.DecidedUtcTicks, (long?)null), CancellationToken.None);

    /// <summary>The sender's customer-user id for <paramref name="customer"/>, added when asked; errors when neither.</summary>
    private async Task<CommandResult<int>> SenderAsync(HelpdeskDbContext db, InboundMail mail, Customer customer, bool add, CancellationToken cancellationToken)
    {
        var existing = await db.CustomerUsers.AsNoTracking().Where(u => u.Email == mail.FromAddress)
            .Select(u => new { u.Id, u.CustomerId }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing.CustomerId == customer.Id
                ? CommandResult<int>.Ok(existing.Id)
                : CommandResult<int>.Invalid([$"{mail.FromAddress} already belongs to another customer; file the mail there, or add it to a ticket instead."]);
        }

        if (!add)
        {
            return CommandResult<int>.Invalid([$"{mail.FromAddress} is not one of {customer.CompanyName}'s people: tick \"Add the sender\" to add them, or add the mail to an existing ticket."]);
        }

        var person = new CustomerUser
        {
            CustomerId = customer.Id,
            DisplayName = mail.FromName is { Length: > 0 } name ? name : mail.FromAddress,
            Email = mail.FromAddress,
            TimeZone = customer.DisplayTimeZone,
        };
        db.CustomerUsers.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        var actor = await currentUser.GetAsync();
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtcTicks = time.GetUtcNow().UtcTicks,
            Actor = actor.Email ?? actor.DisplayName,
            Action = "CustomerUserAddedFromMail",
            EntityType = "CustomerUser",
            EntityId = person.Id.ToString(CultureInfo.InvariantCulture),
            NewValue = $"{person.DisplayName} <{person.Email}> at {customer.CompanyName}",
            Reason = $"received mail #{mail.Id}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<int>.Ok(person.Id);
    }

    private static string Sender(InboundMail mail) => mail.FromName is { Length: > 0 } name ? $"{name} <{mail.FromAddress}>" : mail.FromAddress;

    private static string Fit(string body) => body.Length <= TicketLimits.BodyMaxLength ? body : body[..TicketLimits.BodyMaxLength];
}
