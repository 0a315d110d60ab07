using FluentValidation;

namespace HelpdeskDashboard.Platform.Commands;

public enum CommandOutcome
{
    Succeeded,
    Invalid,
    NotFound,
    Forbidden,

    /// <summary>Someone else changed the data since it was loaded; nothing was written.</summary>
    Conflict,
}

/// <summary>
/// The outcome of a command and, unless it succeeded, the reasons in words for the user; on any failure nothing was
/// written. Commands that hand something back answer a <see cref="CommandResult{T}"/>.
/// </summary>
public record CommandResult(CommandOutcome Outcome, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Outcome == CommandOutcome.Succeeded;

    public static CommandResult Ok() => new(CommandOutcome.Succeeded, []);

    public static CommandResult Invalid(IReadOnlyList<string> errors) => new(CommandOutcome.Invalid, errors);

    public static CommandResult NotFound(string message) => new(CommandOutcome.NotFound, [message]);

    public static CommandResult Denied(string why) => new(CommandOutcome.Forbidden, [why]);

    public static CommandResult Stale(string message) => new(CommandOutcome.Conflict, [message]);
}

/// <summary>A command result with what the command produced (<see cref="Value"/>; default unless it succeeded).</summary>
public sealed record CommandResult<T>(CommandOutcome Outcome, T? Value, IReadOnlyList<string> Errors) : CommandResult(Outcome, Errors)
{
    public static CommandResult<T> Ok(T value) => new(CommandOutcome.Succeeded, value, []);

    public static new CommandResult<T> Invalid(IReadOnlyList<string> errors) => new(CommandOutcome.Invalid, default, errors);

    public static new CommandResult<T> NotFound(string message) => new(CommandOutcome.NotFound, default, [message]);

    public static new CommandResult<T> Denied(string why) => new(CommandOutcome.Forbidden, default, [why]);

    public static new CommandResult<T> Stale(string message) => new(CommandOutcome.Conflict, default, [message]);

    /// <summary>The same refusal, typed for a command that would have returned a <typeparamref name="T"/>.</summary>
    public static CommandResult<T> Refused(CommandResult refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Succeeded
            ? throw new ArgumentException("A success carries its value; only a refusal can change its type.", nameof(refusal))
            : new(refusal.Outcome, default, refusal.Errors);
    }
}

/// <summary>Validate-then-refuse, the first step of every command.</summary>
public static class CommandValidation
{
    /// <summary>Null when <paramref name="command"/> is valid; otherwise Invalid with its distinct messages in rule order.</summary>
    public static async Task<CommandResult?> RefusalAsync<TCommand>(
        this IValidator<TCommand> validator, TCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var validation = await validator.ValidateAsync(command, cancellationToken);
        return validation.IsValid ? null : CommandResult.Invalid([.. validation.Errors.Select(e => e.ErrorMessage).Distinct()]);
    }

    /// <summary>As <see cref="RefusalAsync{TCommand}"/>, typed for a command that answers a <see cref="CommandResult{T}"/>.</summary>
    public static async Task<CommandResult<TValue>?> RefusalAsync<TCommand, TValue>(
        this IValidator<TCommand> validator, TCommand command, CancellationToken cancellationToken) =>
        await validator.RefusalAsync(command, cancellationToken) is { } refusal ? CommandResult<TValue>.Refused(refusal) : null;
}
