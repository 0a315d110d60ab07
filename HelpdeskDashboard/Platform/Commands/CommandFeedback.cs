namespace HelpdeskDashboard.Platform.Commands;

/// <summary>
/// What a page says after a command: a confirmation, or a title and the reasons it did not work. Shown by
/// <see cref="CommandFeedbackView"/>.
/// </summary>
public sealed record CommandFeedback(bool Succeeded, string Title, IReadOnlyList<string> Details)
{
    /// <summary>The ticket page's wording: a title per outcome above the reasons (a conflict adds that the ticket was reloaded).</summary>
    public static CommandFeedback From(CommandResult result, string confirmation)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            CommandOutcome.Succeeded => new(true, confirmation, []),
            CommandOutcome.Invalid => new(false, "Nothing was saved. Please correct this:", result.Errors),
            CommandOutcome.Conflict => new(false, "Someone else changed this ticket meanwhile; nothing was saved.",
                [.. result.Errors, "The ticket has been reloaded: check its latest state and try again."]),
            CommandOutcome.NotFound => new(false, "The ticket is no longer available.", result.Errors),
            CommandOutcome.Forbidden => new(false, "You may not do that.", result.Errors),
            _ => new(false, "Nothing was saved.", result.Errors),
        };
    }

    /// <summary>One line: the confirmation, or the reasons it did not work joined into one.</summary>
    public static CommandFeedback OneLine(CommandResult result, string confirmation)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? Confirmed(confirmation) : Refused(string.Join(" ", result.Errors));
    }

    public static CommandFeedback Confirmed(string confirmation) => new(true, confirmation, []);

    public static CommandFeedback Refused(string problem) => new(false, problem, []);
}
