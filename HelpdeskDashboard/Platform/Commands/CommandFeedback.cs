namespace HelpdeskDashboard.Platform.Commands;

/// <summary>What the ticket page says after a command: a confirmation, or a title and the reasons it did not work.</summary>
public sealed record CommandFeedback(bool Succeeded, string Title, IReadOnlyList<string> Details)
{
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
}
