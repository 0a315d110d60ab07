using System.Security.Claims;
using HelpdeskDashboard.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Accounts;

public sealed class PolicyTests
{
    private static readonly IAuthorizationService Authorization = new ServiceCollection()
        .AddLogging()
        .AddAuthorizationBuilder().AddHelpdeskPolicies().Services
        .BuildServiceProvider()
        .GetRequiredService<IAuthorizationService>();

    public static TheoryData<string, string[], string?, string, bool> Cases => new()
    {
        { "agent meets Agent", [Roles.Agent], null, Policies.Agent, true },
        { "manager without the Agent role still meets Agent", [Roles.Manager], null, Policies.Agent, true },
        { "agent does not meet Manager", [Roles.Agent], null, Policies.Manager, false },
        { "manager meets Manager", [Roles.Manager, Roles.Agent], null, Policies.Manager, true },
        { "customer with a customer link meets Customer", [Roles.Customer], "7", Policies.Customer, true },
        { "customer without a customer link does not meet Customer", [Roles.Customer], null, Policies.Customer, false },
        { "customer with a garbled link does not meet Customer", [Roles.Customer], "7 OR 1=1", Policies.Customer, false },
        { "customer with a zero link does not meet Customer", [Roles.Customer], "0", Policies.Customer, false },
        { "customer does not meet Agent", [Roles.Customer], "7", Policies.Agent, false },
        { "agent with a customer claim does not meet Customer", [Roles.Agent], "7", Policies.Customer, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Policy_decision(string label, string[] roles, string? customerId, string policy, bool expected)
    {
        _ = label;
        var claims = roles.Select(role => new Claim(ClaimTypes.Role, role)).ToList();
        if (customerId is not null)
        {
            claims.Add(new Claim(HelpdeskClaimTypes.CustomerId, customerId));
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType: "test"));

        Assert.Equal(expected, (await Authorization.AuthorizeAsync(user, policy)).Succeeded);
    }

    [Theory]
    [InlineData(Policies.Agent)]
    [InlineData(Policies.Manager)]
    [InlineData(Policies.Customer)]
    public async Task Roles_of_an_unauthenticated_identity_count_for_nothing(string policy)
    {
        var claims = new[] { new Claim(ClaimTypes.Role, Roles.Manager), new Claim(ClaimTypes.Role, Roles.Agent), new Claim(ClaimTypes.Role, Roles.Customer), new Claim(HelpdeskClaimTypes.CustomerId, "7") };
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims));

        Assert.False((await Authorization.AuthorizeAsync(user, policy)).Succeeded);
    }
}
