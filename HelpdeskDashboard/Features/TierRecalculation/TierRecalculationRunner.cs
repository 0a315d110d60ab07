using HelpdeskDashboard.Data;
using Microsoft.EntityFrameworkCore;

namespace HelpdeskDashboard.Features.TierRecalculation;

/// <summary>
/// Runs a recalculation as a recorded run (the manager page's "last run"), one at a time in this process, and
/// publishes its progress. Both the Quartz job and "run now" come through here.
/// </summary>
public sealed class TierRecalculationRunner(
    TierRecalculator recalculator,
    IDbContextFactory<HelpdeskDbContext> dbFactory,
    TimeProvider timeProvider,
    ILogger<TierRecalculationRunner> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The run in progress, or null.</summary>
    public TierRunStatus? Current { get; private set; }

    /// <summary>Raised (on a pool thread) when a run starts, progresses or ends.</summary>
    public event Action? Changed;

    public bool IsRunning => Current is not null;

    /// <summary>Runs now, waiting for a run in progress to finish first. Errors are recorded on the run and rethrown.</summary>
    public async Task<TierRecalculationRun> RunAsync(CalendarQuarter quarter, TierRunTrigger trigger, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RunLockedAsync(quarter, trigger, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Starts a run in the background unless one is in progress; false when busy.</summary>
    public bool TryStart(CalendarQuarter quarter, TierRunTrigger trigger, CancellationToken stopping)
    {
        if (!_gate.Wait(0, CancellationToken.None))
        {
            return false;
        }

        Current = new TierRunStatus(quarter, 0, 0);
        _ = Task.Run(async () =>
        {
            try
            {
                await RunLockedAsync(quarter, trigger, stopping);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // Recorded on the run row; the page shows it.
                logger.LogError(exception, "Tier recalculation for {Quarter} failed", quarter);
            }
            finally
            {
                _gate.Release();
            }
        }, CancellationToken.None);
        return true;
    }

    public async Task<List<TierRecalculationRun>> LatestRunsAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<TierRecalculationRun>().AsNoTracking()
            .OrderByDescending(r => r.StartedUtcTicks).ThenByDescending(r => r.Id)
            .Take(count).ToListAsync(cancellationToken);
    }

    private async Task<TierRecalculationRun> RunLockedAsync(CalendarQuarter quarter, TierRunTrigger trigger, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var run = new TierRecalculationRun
        {
            Year = quarter.Year,
            Quarter = quarter.Number,
            Trigger = trigger,
            StartedUtcTicks = timeProvider.GetUtcNow().UtcTicks,
        };
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        Publish(new TierRunStatus(quarter, 0, 0));

        try
        {
            var outcome = await recalculator.RecalculateAsync(
                quarter, new InlineProgress(p => Publish(new TierRunStatus(quarter, p.Done, p.Total))), cancellationToken);
            run.Assigned = outcome.Assigned;
            run.AlreadyAssigned = outcome.AlreadyAssigned;
            run.Up = outcome.Up;
            run.Down = outcome.Down;
            run.Unchanged = outcome.Unchanged;
            run.First = outcome.First;
            run.EmailsWritten = outcome.EmailsWritten;
            logger.LogInformation("Tier recalculation for {Quarter}: {Assigned} assigned, {Skipped} already assigned", quarter, outcome.Assigned, outcome.AlreadyAssigned);
            return run;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            run.Error = exception.Message.Length > 2000 ? exception.Message[..2000] : exception.Message;
            throw;
        }
        finally
        {
            run.FinishedUtcTicks = timeProvider.GetUtcNow().UtcTicks;
            // Recorded even when the caller gave up, so the page does not show a finished run as running.
            await db.SaveChangesAsync(CancellationToken.None);
            Current = null;
            Changed?.Invoke();
        }
    }

    private void Publish(TierRunStatus status)
    {
        Current = status;
        Changed?.Invoke();
    }

    /// <summary>Reports synchronously; Progress&lt;T&gt; would post to a captured context and report after the run ended.</summary>
    private sealed class InlineProgress(Action<TierRecalculationProgress> report) : IProgress<TierRecalculationProgress>
    {
        public void Report(TierRecalculationProgress value) => report(value);
    }
}

/// <summary>A run in progress.</summary>
public sealed record TierRunStatus(CalendarQuarter Quarter, int Done, int Total)
{
    public double Percent => Total == 0 ? 0 : 100.0 * Done / Total;
}
