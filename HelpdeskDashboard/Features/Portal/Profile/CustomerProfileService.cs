using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Portal.Profile;

/// <summary>
/// A customer user's own profile. Only the signed-in customer user's row is ever read or written: it is found by the
/// sign-in's user id and customer claim, never by an id from the page.
/// </summary>
public sealed class CustomerProfileService(
    ICurrentUser currentUser, IDbContextFactory<HelpdeskDbContext> dbFactory, IValidator<ChangeTimeZone> validator)
{
    public const string NotACustomer = "Only a customer's own people have a portal profile.";

    /// <summary>The profile, or null when the user is not a linked customer user.</summary>
    public async Task<CustomerProfile?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer))
        {
            return null;
        }

        var user = await currentUser.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CustomerUsers.AsNoTracking()
            .Where(u => u.IdentityUserId == user.UserId && u.CustomerId == user.CustomerId)
            .Select(u => new CustomerProfile(u.DisplayName, u.Email, u.Customer!.CompanyName, u.TimeZone))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<CommandResult> ChangeTimeZoneAsync(ChangeTimeZone change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer))
        {
            return CommandResult.Denied(NotACustomer);
        }

        if (await validator.RefusalAsync(change, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        var user = await currentUser.GetAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.CustomerUsers.FirstOrDefaultAsync(u => u.IdentityUserId == user.UserId && u.CustomerId == user.CustomerId, cancellationToken);
        if (row is null)
        {
            return CommandResult.Denied(NotACustomer);
        }

        row.TimeZone = change.TimeZone;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok();
    }
}
