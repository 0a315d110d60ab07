using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Notifications.Preferences;

/// <summary>One category as the profile page shows it.</summary>
public sealed record MailPreference(MailCategory Category, string Title, string Description, bool On);

/// <summary>Switch one category on or off for the signed-in person.</summary>
public sealed record ChangeMailPreference(MailCategory Category, bool On);

/// <summary>
/// The signed-in person's own mail preferences (a customer user found by their sign-in and customer claim, an agent by
/// the agent claim; never by an id from the page), and the lookup the mail writers use before queuing a mail.
/// </summary>
public sealed class MailPreferences(ICurrentUser currentUser, IDbContextFactory<HelpdeskDbContext> dbFactory)
{
    public const string NobodyToAsk = "Only the helpdesk's people and the customers' people receive mail.";

    /// <summary>The person's categories in profile order, or null for a user who receives no mail.</summary>
    public async Task<IReadOnlyList<MailPreference>?> GetMineAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WhoAmIAsync(db, cancellationToken) is not { } me)
        {
            return null;
        }

        var off = await db.MailOptOuts.AsNoTracking()
            .Where(o => o.RecipientKind == me.Kind && o.RecipientId == me.Id)
            .Select(o => o.Category)
            .ToListAsync(cancellationToken);
        return [.. MailCategories.For(me.Kind, me.IsManager).Select(c => new MailPreference(c, MailCategories.Title(c), MailCategories.Description(c), !off.Contains(c)))];
    }

    public async Task<CommandResult> SetMineAsync(ChangeMailPreference change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WhoAmIAsync(db, cancellationToken) is not { } me)
        {
            return CommandResult.Denied(NobodyToAsk);
        }

        if (!MailCategories.For(me.Kind, me.IsManager).Contains(change.Category))
        {
            return CommandResult.Invalid([$"\"{change.Category}\" is not a kind of mail you receive."]);
        }

        var row = await db.MailOptOuts.FirstOrDefaultAsync(
            o => o.RecipientKind == me.Kind && o.RecipientId == me.Id && o.Category == change.Category, cancellationToken);
        if (change.On && row is not null)
        {
            db.MailOptOuts.Remove(row);
        }
        else if (!change.On && row is null)
        {
            db.MailOptOuts.Add(new MailOptOut { RecipientKind = me.Kind, RecipientId = me.Id, Category = change.Category });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same switch flipped twice at once (two tabs): the state the person asked for is already stored.
        }

        return CommandResult.Ok();
    }

    /// <summary>Of <paramref name="recipientIds"/>, those who switched <paramref name="category"/> off.</summary>
    public static async Task<HashSet<int>> OptedOutAsync(
        HelpdeskDbContext db, MailRecipientKind kind, IReadOnlyCollection<int> recipientIds, MailCategory category, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (recipientIds.Count == 0)
        {
            return [];
        }

        var ids = await db.MailOptOuts.AsNoTracking()
            .Where(o => o.RecipientKind == kind && o.Category == category && recipientIds.Contains(o.RecipientId))
            .Select(o => o.RecipientId)
            .ToListAsync(cancellationToken);
        return [.. ids];
    }

    private async Task<(MailRecipientKind Kind, int Id, bool IsManager)?> WhoAmIAsync(HelpdeskDbContext db, CancellationToken cancellationToken)
    {
        var user = await currentUser.GetAsync();
        if (await currentUser.IsAuthorizedAsync(Policies.Agent))
        {
            return user.AgentId is { } agentId ? (MailRecipientKind.Agent, agentId, await currentUser.IsAuthorizedAsync(Policies.Manager)) : null;
        }

        if (await currentUser.IsAuthorizedAsync(Policies.Customer) && user.CustomerId is { } customerId)
        {
            var id = await db.CustomerUsers.AsNoTracking()
                .Where(u => u.IdentityUserId == user.UserId && u.CustomerId == customerId)
                .Select(u => (int?)u.Id)
                .FirstOrDefaultAsync(cancellationToken);
            return id is { } customerUserId ? (MailRecipientKind.Customer, customerUserId, false) : null;
        }

        return null;
    }
}
