using HelpdeskDashboard.Features.Tickets.Details;
using HelpdeskDashboard.Features.Tickets.Workflow;

using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Tests.Features.Tickets.Details;
using HelpdeskDashboard.Tests.Features.Tickets;
using HelpdeskDashboard.Tests.Features;
namespace HelpdeskDashboard.Tests.Platform.Commands;

public sealed class CommandFeedbackTests
{
    public static TheoryData<string, CommandResult<int>, bool, string, string[]> Results => new()
    {
        { "success confirms", CommandResult<int>.Ok(3), true, "Reply sent.", [] },
        { "invalid lists the errors", CommandResult<int>.Invalid(["Write a reply.", "Too long."]), false,
            "Nothing was saved. Please correct this:", ["Write a reply.", "Too long."] },
        { "conflict explains the reload", CommandResult<int>.Stale("Changed by Demo Manager."), false,
            "Someone else changed this ticket meanwhile; nothing was saved.",
            ["Changed by Demo Manager.", "The ticket has been reloaded: check its latest state and try again."] },
        { "not found", TicketCommandResults.Missing(), false, "The ticket is no longer available.",
            ["The ticket does not exist or you may not see it."] },
        { "forbidden", CommandResult<int>.Denied("Only a manager may assign others."), false, "You may not do that.",
            ["Only a manager may assign others."] },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Each_outcome_reads_as_words(string label, CommandResult<int> result, bool succeeded, string title, string[] details)
    {
        var feedback = CommandFeedback.From(result, "Reply sent.");

        Assert.True(succeeded == feedback.Succeeded && title == feedback.Title, $"{label}: got {feedback}");
        Assert.Equal(details, feedback.Details);
    }
}
