namespace HelpdeskDashboard.Platform.Commands;

/// <summary>
/// What a page says after a command: a confirmation, or a title and the reasons it did not work. Shown by
/// <see cref="CommandFeedbackView"/>.
/// </summary>
public sealed record CommandFeedback(bool Succeeded, string Title, IReadOnlyList<string> Details)
{
    /// <summary>
    /// A title per outcome above the reasons; <paramref name="noun"/> names what the command acted on ("ticket"), and a
    /// conflict adds that it was reloaded (the page reloads it after a conflict).
    /// </summary>
    public static CommandFeedback From(CommandResult result, string confirmation, string noun)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            CommandOutcome.Succeeded => new(true, confirmation, []),
            CommandOutcome.Invalid => new(false, "Nothing was saved. Please correct this:", result.Errors),
            CommandOutcome.Conflict => new(false, $"Someone else changed this {noun} meanwhile; nothing was saved.",
                [.. result.Errors, $"The {noun} has been reloaded: check its latest state and try again."]),
            CommandOutcome.NotFound => new(false, $"The {noun} is no longer available.", result.Errors),
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
