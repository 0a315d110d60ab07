using FluentValidation;

using HelpdeskDashboard.Platform.Validation;

namespace HelpdeskDashboard.Features.Notifications.Email;

public sealed class NewOutboxMessageValidator : AbstractValidator<NewOutboxMessage>
{
    public const int SubjectMaxLength = 300;
    public const int DeduplicationKeyMaxLength = 200;

    public NewOutboxMessageValidator()
    {
        RuleFor(m => m.To).ValidEmail();
        RuleFor(m => m.Subject).NotEmpty().MaximumLength(SubjectMaxLength)
            // A line break in a subject would let text inject headers.
            .Must(subject => subject is null || !subject.AsSpan().ContainsAny('\r', '\n')).WithMessage("The subject must be one line.");
        RuleFor(m => m.HtmlBody).NotEmpty();
        RuleFor(m => m.TextBody).NotEmpty();
        RuleFor(m => m.DeduplicationKey).MaximumLength(DeduplicationKeyMaxLength)
            .Must(key => key is null || !string.IsNullOrWhiteSpace(key)).WithMessage("A deduplication key must not be blank; leave it null instead.");
        RuleFor(m => m.ReplyTo!).ValidEmail().When(m => m.ReplyTo is not null);
        RuleFor(m => m.TicketId).GreaterThan(0).When(m => m.TicketId is not null);
    }
}
