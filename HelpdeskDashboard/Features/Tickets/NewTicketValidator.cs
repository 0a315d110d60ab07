using FluentValidation;
using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Tickets;

/// <summary>
/// Checks a new ticket, including that its customer (and author) exist, so run it with ValidateAsync.
/// Uses a context factory because validators live as long as a Blazor circuit, longer than a context should.
/// </summary>
public sealed class NewTicketValidator : AbstractValidator<NewTicket>
{
    public NewTicketValidator(IDbContextFactory<HelpdeskDbContext> dbFactory)
    {
        RuleFor(t => t.Subject)
            .NotEmpty().WithMessage("Enter a subject.")
            .MaximumLength(TicketLimits.SubjectMaxLength)
            .WithMessage($"The subject can be at most {TicketLimits.SubjectMaxLength} characters; it has {{TotalLength}}.");

        RuleFor(t => t.Body).TicketBody("Describe the request.");

        RuleFor(t => t.Kind).IsInEnum().WithMessage("Choose what kind of request this is.");

        RuleFor(t => t.CustomerId)
            .MustAsync(async (id, ct) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                return await db.Customers.AnyAsync(c => c.Id == id, ct);
            })
            .WithMessage("Customer {PropertyValue} does not exist.")
            .DependentRules(() =>
                RuleFor(t => t.CustomerUserId)
                    .MustAsync(async (ticket, userId, ct) =>
                    {
                        await using var db = await dbFactory.CreateDbContextAsync(ct);
                        return await db.CustomerUsers.AnyAsync(u => u.Id == userId && u.CustomerId == ticket.CustomerId, ct);
                    })
                    .When(t => t.CustomerUserId is not null)
                    .WithMessage("The author is not a person at this customer."));
    }
}
