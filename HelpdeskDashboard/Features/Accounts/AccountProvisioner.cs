using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Customers;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>
/// Creates sign-in accounts and links them to their agent or customer user row (found by e-mail, created when
/// missing). Runs in one transaction on the scope's context, which Identity's stores share, so an account never
/// exists without its link.
/// </summary>
public sealed class AccountProvisioner(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    HelpdeskDbContext db)
{
    public async Task EnsureRolesAsync()
    {
        // Under the write lock: two instances starting on one new database create each role once.
        await using var transaction = await db.Database.BeginWriteTransactionAsync(CancellationToken.None);
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), $"create the {role} role");
            }
        }

        await transaction.CommitAsync(CancellationToken.None);
    }

    public async Task<bool> AnyManagerAsync() => (await userManager.GetUsersInRoleAsync(Roles.Manager)).Count > 0;

    /// <summary>A new manager (roles Manager and Agent) with an agent row; refuses an address that already has an account.</summary>
    public async Task<ApplicationUser> CreateManagerAsync(NewManager manager, string timeZone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(manager);
        if (await userManager.FindByEmailAsync(manager.Email) is not null)
        {
            throw new AccountProvisioningException($"An account for {manager.Email} already exists.");
        }

        return await EnsureAgentAccountAsync(
            new Agent { Email = manager.Email, DisplayName = manager.DisplayName, IsManager = true, TimeZone = timeZone },
            manager.Password,
            cancellationToken);
    }

    /// <summary>
    /// Makes sure <paramref name="template"/>'s address has an agent account (Agent role, plus Manager when the
    /// template is a manager). An existing agent row with that address is linked and kept as it is;
    /// <paramref name="template"/> is only inserted when there is none. An existing account keeps its password.
    /// </summary>
    public async Task<ApplicationUser> EnsureAgentAccountAsync(Agent template, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        string[] roles = template.IsManager ? [Roles.Agent, Roles.Manager] : [Roles.Agent];

        await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        var agent = await db.Agents.SingleOrDefaultAsync(a => a.Email == template.Email, cancellationToken);
        if (agent is null)
        {
            agent = template;
            db.Agents.Add(agent);
        }

        var user = await EnsureUserAsync(agent.Email, agent.DisplayName, password, roles);
        Link(agent.Email, agent.IdentityUserId, user);
        agent.IdentityUserId = user.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>
    /// Makes sure <paramref name="email"/> has a customer account linked to its customer user row. When there is no
    /// such row, one is created for the customer <paramref name="newCustomer"/> returns (called only then).
    /// </summary>
    public async Task<ApplicationUser> EnsureCustomerAccountAsync(
        string email, string displayName, string password, Func<Customer> newCustomer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newCustomer);

        await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        var customerUser = await db.CustomerUsers.SingleOrDefaultAsync(u => u.Email == email, cancellationToken);
        if (customerUser is null)
        {
            var customer = newCustomer();
            customerUser = new CustomerUser { Email = email, DisplayName = displayName, Customer = customer, TimeZone = customer.DisplayTimeZone };
            db.CustomerUsers.Add(customerUser);
        }

        var user = await EnsureUserAsync(customerUser.Email, customerUser.DisplayName, password, [Roles.Customer]);
        Link(customerUser.Email, customerUser.IdentityUserId, user);
        customerUser.IdentityUserId = user.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    private async Task<ApplicationUser> EnsureUserAsync(string email, string displayName, string password, IEnumerable<string> roles)
    {
        var user = await userManager.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            Check(await userManager.CreateAsync(user, password), $"create the account for {email}");
        }

        var missing = new List<string>();
        foreach (var role in roles)
        {
            if (!await userManager.IsInRoleAsync(user, role))
            {
                missing.Add(role);
            }
        }

        if (missing.Count > 0)
        {
            Check(await userManager.AddToRolesAsync(user, missing), $"give {email} the roles {string.Join(", ", missing)}");
        }

        return user;
    }

    private static void Link(string email, string? linkedUserId, ApplicationUser user)
    {
        if (linkedUserId is not null && linkedUserId != user.Id)
        {
            throw new AccountProvisioningException($"{email} is already linked to a different account.");
        }
    }

    private static void Check(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            var reasons = string.Join(" ", result.Errors.Select(e => e.Description));
            throw new AccountProvisioningException($"Could not {action}: {reasons}");
        }
    }
}
