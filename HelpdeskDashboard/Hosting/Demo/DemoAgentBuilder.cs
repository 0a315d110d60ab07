using HelpdeskDashboard.Features.Accounts;

namespace HelpdeskDashboard.Hosting.Demo;

internal static class DemoAgentBuilder
{
    public static void Build(DemoDataSet data)
    {
        var id = 1;
        foreach (var (name, email, isManager, isActive, timeZone) in DemoPeople.Agents)
        {
            data.Agents.Add(new Agent
            {
                Id = id++,
                DisplayName = name,
                Email = email,
                IsManager = isManager,
                IsActive = isActive,
                TimeZone = timeZone,
            });
        }
    }
}
