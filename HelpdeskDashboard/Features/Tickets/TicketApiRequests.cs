using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>POST /api/tickets/{id}/replies: {"expectedVersion":3,"body":"…","internalNote":false}.</summary>
public sealed record ApiReply(int ExpectedVersion, string? Body, bool InternalNote = false);

/// <summary>PUT /api/tickets/{id}/status: {"expectedVersion":3,"status":"WaitingOnCustomer"}.</summary>
public sealed record ApiStatusChange(int ExpectedVersion, string? Status);

/// <summary>PUT /api/tickets/{id}/assignee: {"expectedVersion":3,"agentId":5} (null unassigns), with an optional reason.</summary>
public sealed record ApiAssignment(int ExpectedVersion, int? AgentId, string? Reason = null);

/// <summary>A successful write: the ticket's version after it, for the next write's expectedVersion.</summary>
public sealed record TicketVersion(int Version);

/// <summary>A refused request: what was wrong, in words; nothing was written.</summary>
public sealed record ApiErrors(IReadOnlyList<string> Errors);

/// <summary>The JSON's shape; the ticket workflow validates the content (the body, the status change, who may assign).</summary>
public sealed class ApiStatusChangeValidator : AbstractValidator<ApiStatusChange>
{
    public ApiStatusChangeValidator()
    {
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("expectedVersion must be the ticket's version (0 or more).");
        RuleFor(r => r.Status)
            // Names only: Enum.TryParse would also take numbers and "Open,WaitingOnCustomer" (flags syntax).
            .Must(s => Enum.GetNames<TicketStatus>().Contains(s?.Trim(), StringComparer.OrdinalIgnoreCase))
            .WithMessage($"status must be one of {string.Join(", ", Enum.GetNames<TicketStatus>())}.");
    }
}

public sealed class ApiReplyValidator : AbstractValidator<ApiReply>
{
    public ApiReplyValidator() =>
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("expectedVersion must be the ticket's version (0 or more).");
}

public sealed class ApiAssignmentValidator : AbstractValidator<ApiAssignment>
{
    public ApiAssignmentValidator() =>
        RuleFor(r => r.ExpectedVersion).GreaterThanOrEqualTo(0).WithMessage("expectedVersion must be the ticket's version (0 or more).");
}
