using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Billing.Usage;
using HelpdeskDashboard.Platform;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Billing.Purchases;

/// <summary>Buying extra hours; an interface so the portal's components can be tested without a database.</summary>
public interface IHourPurchases
{
    Task<CommandResult<HourPurchase>> BuyAsync(BuyExtraHours command, CancellationToken cancellationToken = default);
}

/// <summary>
/// Extra hours for the running company month, bought by a customer user for their own company only. The price is the
/// month's tier's extra-hour rate per hour; if the rate changed since the page showed it, nothing is bought.
/// </summary>
public sealed class HourPurchaseService(
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    ICurrentUser currentUser,
    TimeProvider timeProvider,
    UsageLedger ledger,
    UsageChangeHub usageHub,
    IValidator<BuyExtraHours> validator) : IHourPurchases
{
    public const string Purchased = "ExtraHoursPurchased";

    public async Task<CommandResult<HourPurchase>> BuyAsync(BuyExtraHours command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var user = await currentUser.GetAsync();
        if (!await currentUser.IsAuthorizedAsync(Policies.Customer) || user.CustomerId is not { } customerId)
        {
            return CommandResult<HourPurchase>.Denied("Only a customer's own people can buy extra hours.");
        }

        if (await validator.RefusalAsync<BuyExtraHours, HourPurchase>(command, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null)
        {
            return CommandResult<HourPurchase>.NotFound("Your company could not be found.");
        }

        var now = timeProvider.GetUtcNow();
        var month = ledger.MonthOf(now);
        var usage = await ledger.ComputeAsync(db, customer, month, cancellationToken);
        var rate = usage.Tier.ExtraHourRate;
        if (rate.Cents != command.ExpectedRateCents)
        {
            return CommandResult<HourPurchase>.Stale($"The rate is now {rate} per hour; please check and confirm again.");
        }

        var purchase = new HourPurchase
        {
            CustomerId = customer.Id,
            Year = month.Year,
            Month = month.Month,
            Minutes = command.Hours * 60,
            PriceCents = (rate * command.Hours).Cents,
            PurchasedBy = user.Email ?? user.DisplayName,
            PurchasedUtcTicks = now.UtcTicks,
        };
        db.HourPurchases.Add(purchase);
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtcTicks = now.UtcTicks,
            Actor = purchase.PurchasedBy,
            Action = Purchased,
            EntityType = "Customer",
            EntityId = customer.Id.ToString(CultureInfo.InvariantCulture),
            NewValue = string.Create(CultureInfo.InvariantCulture, $"{command.Hours} h for {month.Label} at {rate} per hour = {new Money(purchase.PriceCents)}"),
        });
        await db.SaveChangesAsync(cancellationToken);
        await usageHub.PublishAsync(customer.Id);
        return CommandResult<HourPurchase>.Ok(purchase);
    }
}
