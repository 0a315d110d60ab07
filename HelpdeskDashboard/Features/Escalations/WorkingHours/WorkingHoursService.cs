using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.Escalations.WorkingHours;

/// <summary>
/// The signed-in support team member's own working hours (found by the agent claim; a save naming anyone else is
/// refused). Saving asks the escalation scheduler to plan again, since held mails may now be due at another time.
/// </summary>
public sealed class WorkingHoursService(
    ICurrentUser currentUser,
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    BusinessCalendar company,
    TimeProvider time,
    EscalationScheduler scheduler)
{
    public const string OnlyYourOwn = "You can only change your own working hours.";

    private static readonly SaveWorkingHoursValidator Validator = new();

    public async Task<CommandResult<WorkingHoursView>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        if (await MeAsync() is not { } me)
        {
            return CommandResult<WorkingHoursView>.Denied(OnlyYourOwn);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var person = await db.Agents.AsNoTracking()
            .Where(a => a.Id == me)
            .Select(a => new { a.TimeZone, Hours = db.AgentWorkingHours.Where(h => h.AgentId == a.Id).Select(h => h.HoursJson).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null)
        {
            return CommandResult<WorkingHoursView>.NotFound("Your support team account no longer exists.");
        }

        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(person.TimeZone, out var own) ? own : company.TimeZone;
        var companyHours = CompanyHoursNow();
        var custom = person.Hours is { } json ? PersonalHours.ReadHours(json) : null;
        return CommandResult<WorkingHoursView>.Ok(new WorkingHoursView(
            me, zone, custom is null, custom ?? companyHours, company.TimeZone, companyHours));
    }

    public async Task<CommandResult> SaveMineAsync(SaveWorkingHours save, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(save);
        if (await MeAsync() is not { } me || me != save.AgentId)
        {
            return CommandResult.Denied(OnlyYourOwn);
        }

        if (await Validator.RefusalAsync(save, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.AgentWorkingHours.FirstOrDefaultAsync(h => h.AgentId == me, cancellationToken);
        if (save.UseCompanyHours)
        {
            if (row is not null)
            {
                db.AgentWorkingHours.Remove(row);
            }
        }
        else
        {
            var json = PersonalHours.WriteHours(save.Hours);
            if (row is null)
            {
                db.AgentWorkingHours.Add(new AgentWorkingHours { AgentId = me, HoursJson = json, UpdatedUtcTicks = time.GetUtcNow().UtcTicks });
            }
            else
            {
                row.HoursJson = json;
                row.UpdatedUtcTicks = time.GetUtcNow().UtcTicks;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same person saved twice at once (two tabs): the one stored last is what they asked for last.
            return CommandResult.Stale("Your working hours were saved in another window meanwhile; reload and try again.");
        }

        scheduler.Kick();
        return CommandResult.Ok();
    }

    private async Task<int?> MeAsync() =>
        await currentUser.IsAuthorizedAsync(Policies.Agent) ? (await currentUser.GetAsync()).AgentId : null;

    // The version in force now: what "the company's opening hours" means today.
    private Dictionary<DayOfWeek, List<string>> CompanyHoursNow()
    {
        var now = time.GetUtcNow();
        var versions = company.Versions;
        var current = versions.LastOrDefault(v => v.EffectiveFrom <= now) ?? versions[0];
        return current.Definition.Hours.ToDictionary(d => d.Key, d => new List<string>(d.Value ?? []));
    }
}
