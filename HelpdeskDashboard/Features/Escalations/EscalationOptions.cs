using FluentValidation;

namespace HelpdeskDashboard.Features.Escalations;

/// <summary>
/// The "Escalations" section: who is told when a response clock becomes at risk or breaches. The at-risk threshold
/// itself stays <c>Sla:AtRiskShare</c> (the board's orange is the same instant).
/// </summary>
public sealed class EscalationOptions
{
    public const string SectionName = "Escalations";

    /// <summary>
    /// Whether this process runs the scheduler. Test hosts turn it off (as "Scheduling:Enabled"); one app process only
    /// should run it (the notices are once-only either way, the bell is per process).
    /// </summary>
    public bool Enabled { get; set; } = true;

    public AtRiskEscalation AtRisk { get; set; } = new();

    public BreachedEscalation Breached { get; set; } = new();

    /// <summary>True: e-mails wait for the recipient's working hours (the bell rings at once). False: mailed at once.</summary>
    public bool RespectWorkingHours { get; set; } = true;
}

public sealed class AtRiskEscalation
{
    /// <summary>False: at-risk clocks are recorded (outcome Disabled) but nobody is told.</summary>
    public bool Enabled { get; set; } = true;

    public bool NotifyAssignee { get; set; } = true;

    /// <summary>An unassigned clock at risk tells every active manager.</summary>
    public bool NotifyManagersWhenUnassigned { get; set; } = true;
}

public sealed class BreachedEscalation
{
    /// <summary>False: breached clocks are recorded (outcome Disabled) but nobody is told.</summary>
    public bool Enabled { get; set; } = true;

    public bool NotifyAssignee { get; set; } = true;

    public bool NotifyManagers { get; set; } = true;
}

public sealed class EscalationOptionsValidator : AbstractValidator<EscalationOptions>
{
    public EscalationOptionsValidator()
    {
        RuleFor(o => o.AtRisk).NotNull().WithMessage("is required (leave the section out for the defaults)");
        RuleFor(o => o.Breached).NotNull().WithMessage("is required (leave the section out for the defaults)");
        RuleFor(o => o.AtRisk.NotifyAssignee)
            .Must((o, assignee) => assignee || o.AtRisk.NotifyManagersWhenUnassigned || !o.AtRisk.Enabled)
            .When(o => o.AtRisk is not null)
            .WithMessage("tells nobody together with NotifyManagersWhenUnassigned = false; set Escalations:AtRisk:Enabled = false to switch at-risk notices off");
        RuleFor(o => o.Breached.NotifyAssignee)
            .Must((o, assignee) => assignee || o.Breached.NotifyManagers || !o.Breached.Enabled)
            .When(o => o.Breached is not null)
            .WithMessage("tells nobody together with NotifyManagers = false; set Escalations:Breached:Enabled = false to switch breach notices off");
    }
}
