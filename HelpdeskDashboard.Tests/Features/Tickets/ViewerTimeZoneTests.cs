using HelpdeskDashboard.Tests.Features.Tickets.Support;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Tests.Features.Tickets;

public sealed class ViewerTimeZoneTests
{
    public static TheoryData<string, string, string?, string> Viewers => new()
    {
        // label, who signs in, the zone stored on their agent row (null: leave it), the zone times are shown in
        { "an agent reads times in their own zone", "Alex", "Europe/Lisbon", "Europe/Lisbon" },
        { "a manager is an agent too", "Morgan", "America/New_York", "America/New_York" },
        { "an agent in the company's zone", "Jonas", null, "Europe/Berlin" },
        { "a customer has no agent row: the company's zone", "Anna", null, "Europe/Berlin" },
        { "a zone id this machine does not know: the company's zone", "Alex", "Mars/Olympus_Mons", "Europe/Berlin" },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task Times_are_shown_in_the_signed_in_agents_zone_else_the_companys(string label, string who, string? stored, string expected)
    {
        await using var world = await TicketTestWorld.CreateAsync();
        if (stored is not null)
        {
            await using var db = world.Database.CreateDbContext();
            var agentId = world.AgentNamed(who).Id;
            await db.Agents.Where(a => a.Id == agentId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.TimeZone, stored), TestContext.Current.CancellationToken);
        }

        await using var session = world.As(world.SignedIn(who));
        var zone = await session.ViewerZone.GetAsync(TestContext.Current.CancellationToken);

        Assert.True(expected == zone.Id, $"{label}: expected {expected}, got {zone.Id}");
    }
}
