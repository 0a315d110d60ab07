using HelpdeskDashboard.Platform.Commands;

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
        { "not found", CommandResult<int>.NotFound("The ticket does not exist or you may not see it."), false, "The ticket is no longer available.",
            ["The ticket does not exist or you may not see it."] },
        { "forbidden", CommandResult<int>.Denied("Only a manager may assign others."), false, "You may not do that.",
            ["Only a manager may assign others."] },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Each_outcome_reads_as_words(string label, CommandResult<int> result, bool succeeded, string title, string[] details)
    {
        var feedback = CommandFeedback.From(result, "Reply sent.", "ticket");

        Assert.True(succeeded == feedback.Succeeded && title == feedback.Title, $"{label}: got {feedback}");
        Assert.Equal(details, feedback.Details);
    }

    [Fact]
    public void The_titles_name_what_the_command_acted_on()
    {
        var feedback = CommandFeedback.From(CommandResult.NotFound("The time entry does not exist or you may not see it."), "Entry deleted.", "time entry");

        Assert.Equal("The time entry is no longer available.", feedback.Title);
    }

    [Fact]
    public void One_line_is_the_confirmation_or_the_reasons_in_one_sentence()
    {
        Assert.Equal((true, "Ticket #12 moved to Jonas Weber.", 0),
            Shape(CommandFeedback.OneLine(CommandResult<int>.Ok(6), "Ticket #12 moved to Jonas Weber.")));
        Assert.Equal((false, "Buy between 1 and 40 hours at a time; 0 was given. The rate shown is not valid; reload the page.", 0),
            Shape(CommandFeedback.OneLine(CommandResult.Invalid(["Buy between 1 and 40 hours at a time; 0 was given.", "The rate shown is not valid; reload the page."]), "Bought.")));
        Assert.Equal((true, "The assignment was saved.", 0), Shape(CommandFeedback.Confirmed("The assignment was saved.")));
        Assert.Equal((false, "The file is too large.", 0), Shape(CommandFeedback.Refused("The file is too large.")));

        static (bool, string, int) Shape(CommandFeedback feedback) => (feedback.Succeeded, feedback.Title, feedback.Details.Count);
    }
}
