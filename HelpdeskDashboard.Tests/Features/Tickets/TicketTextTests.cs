using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Tests.Features.Tickets;

public sealed class TicketTextTests
{
    [Fact]
    public void Every_kind_and_status_reads_as_words()
    {
        Assert.Equal(
            ["Support inquiry", "Paid support request", "New project request", "Change request"],
            Enum.GetValues<TicketKind>().Select(TicketText.Kind));
        Assert.Equal(
            ["New", "Open", "Waiting on customer", "On hold", "Resolved", "Closed"],
            Enum.GetValues<TicketStatus>().Select(TicketText.Status));
    }

    [Theory]
    [InlineData("named agent", "Demo Agent", "Demo Agent")]
    [InlineData("nobody", null, "Unassigned")]
    [InlineData("blank name", " ", "Unassigned")]
    public void Assignee_reads_as_a_name_or_unassigned(string label, string? name, string expected)
    {
        _ = label;
        Assert.Equal(expected, TicketText.Assignee(name));
    }
}
