using System.Globalization;
using FluentValidation;
using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Agents;

public sealed class SetAgentActiveValidator : AbstractValidator<SetAgentActive>
{
    public SetAgentActiveValidator(IDbContextFactory<HelpdeskDbContext> dbFactory) =>
        RuleFor(c => c.AgentId).MustAsync(async (id, cancellationToken) =>
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                return await db.Agents.AnyAsync(a => a.Id == id, cancellationToken);
            })
            .WithMessage(c => $"There is no agent #{c.AgentId.ToString(CultureInfo.InvariantCulture)}.");
}
