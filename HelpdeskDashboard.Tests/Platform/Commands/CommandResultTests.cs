using FluentValidation;
using HelpdeskDashboard.Platform.Commands;

namespace HelpdeskDashboard.Tests.Platform.Commands;

public sealed class CommandResultTests
{
    private sealed record Rename(string Name, string Note);

    private sealed class RenameValidator : AbstractValidator<Rename>
    {
        public RenameValidator()
        {
            RuleFor(r => r.Name).NotEmpty().WithMessage("Enter a name.");
            RuleFor(r => r.Note).MaximumLength(3).WithMessage("Keep it short.");
            RuleFor(r => r.Note).Must(n => !n.Contains("long", StringComparison.Ordinal)).WithMessage("Keep it short.");
            RuleFor(r => r.Name).Must(n => n.Trim().Length > 0).WithMessage("Enter a name.");
        }
    }

    [Fact]
    public async Task A_valid_command_is_not_refused()
    {
        var validator = new RenameValidator();

        Assert.Null(await validator.RefusalAsync(new Rename("Ann", ""), TestContext.Current.CancellationToken));
        Assert.Null(await validator.RefusalAsync<Rename, int>(new Rename("Ann", ""), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_invalid_command_is_refused_with_its_distinct_messages_in_rule_order()
    {
        var validator = new RenameValidator();

        var refusal = await validator.RefusalAsync(new Rename("", "too long"), TestContext.Current.CancellationToken);
        var typed = await validator.RefusalAsync<Rename, int>(new Rename("", "too long"), TestContext.Current.CancellationToken);

        Assert.Equal(CommandOutcome.Invalid, refusal?.Outcome);
        Assert.Equal(["Enter a name.", "Keep it short."], refusal!.Errors);
        Assert.Equal((CommandOutcome.Invalid, 0), (typed?.Outcome, typed?.Value));
        Assert.Equal(["Enter a name.", "Keep it short."], typed!.Errors);
    }

    [Fact]
    public void Factories_name_the_outcome_and_keep_the_type()
    {
        CommandResult<int>[] typed =
        [
            CommandResult<int>.Ok(7),
            CommandResult<int>.Invalid(["Too long."]),
            CommandResult<int>.NotFound("Gone."),
            CommandResult<int>.Denied("Managers only."),
            CommandResult<int>.Stale("Changed meanwhile."),
        ];
        CommandResult[] plain =
        [
            CommandResult.Ok(),
            CommandResult.Invalid(["Too long."]),
            CommandResult.NotFound("Gone."),
            CommandResult.Denied("Managers only."),
            CommandResult.Stale("Changed meanwhile."),
        ];
        CommandOutcome[] expected = [CommandOutcome.Succeeded, CommandOutcome.Invalid, CommandOutcome.NotFound, CommandOutcome.Forbidden, CommandOutcome.Conflict];

        Assert.Equal(expected, typed.Select(r => r.Outcome));
        Assert.Equal(expected, plain.Select(r => r.Outcome));
        Assert.Equal([true, false, false, false, false], typed.Select(r => r.Succeeded));
        Assert.Equal([[], ["Too long."], ["Gone."], ["Managers only."], ["Changed meanwhile."]], typed.Select(r => r.Errors));
        Assert.Equal(typed.Select(r => r.Errors), plain.Select(r => r.Errors));
        Assert.Equal(7, typed[0].Value);
    }

    [Fact]
    public void A_refusal_can_be_retyped_but_a_success_cannot()
    {
        var refused = CommandResult<string>.Refused(CommandResult.Denied("Managers only."));

        Assert.Equal((CommandOutcome.Forbidden, null), (refused.Outcome, refused.Value));
        Assert.Equal(["Managers only."], refused.Errors);
        Assert.Throws<ArgumentException>(() => CommandResult<string>.Refused(CommandResult.Ok()));
    }
}
