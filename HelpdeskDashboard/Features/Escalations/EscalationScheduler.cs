using System.Threading.Channels;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Escalations.WorkingHours;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HelpdeskDashboard.Features.Escalations;

/// <summary>
/// Tells people when a live response clock becomes at risk or breaches, once per clock and threshold. A timer
/// (<see cref="TimeProvider.CreateTimer"/>) wakes at the next instant the SLA columns say something is due, not a
/// sweep: wake, <see cref="ProcessDueAsync"/>, plan the next instant, sleep at most <see cref="MaxSleep"/>. Any
/// ticket change (a calendar save too) re-plans at once. Everything it knows is in the database, so a restart just
/// plans again; the unique notice row (ticket, clock start, threshold) makes a second pass send nothing twice.
/// </summary>
public sealed class EscalationScheduler : BackgroundService
{
    /// <summary>The longest sleep: a safety net should a change ever arrive without a kick.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromHours(1);

    /// <summary>How long to wait after a failed pass before trying again.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly IDbContextFactory<HelpdeskDbContext> _dbFactory;
    private readonly TimeProvider _time;
    private readonly BusinessCalendar _calendar;
    private readonly EscalationOptions _options;
    private readonly PersonalHours _hours;
    private readonly EscalationMailStep _mailStep;
    private readonly AgentNotificationCenter _bell;
    private readonly TicketChangeHub _tickets;
    private readonly ILogger<EscalationScheduler> _logger;

    // At most one pending kick: ten changes while a pass runs mean one more pass, not ten.
    private readonly Channel<bool> _kicks = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SemaphoreSlim _pass = new(1, 1);

    public EscalationScheduler(
        IDbContextFactory<HelpdeskDbContext> dbFactory,
        TimeProvider time,
        BusinessCalendar calendar,
        IOptions<EscalationOptions> options,
        PersonalHours hours,
        EscalationMailStep mailStep,
        AgentNotificationCenter bell,
        TicketChangeHub tickets,
        ILogger<EscalationScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dbFactory = dbFactory;
        _time = time;
        _calendar = calendar;
        _options = options.Value;
        _hours = hours;
        _mailStep = mailStep;
        _bell = bell;
        _tickets = tickets;
        _logger = logger;
    }

    /// <summary>Plans the next wake-up again now (a ticket or someone's working hours changed).</summary>
    public void Kick() => _kicks.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var subscription = _tickets.Subscribe(_ =>
        {
            Kick();
            return Task.CompletedTask;
        });
        await Task.Yield(); // the host's start-up goes on while the first pass runs

        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset wakeAt;
            try
            {
                // A kick that arrives during the pass is kept: the pass may have read the ticket before the change.
                while (_kicks.Reader.TryRead(out _))
                {
                }

                var now = _time.GetUtcNow();
                await ProcessDueAsync(now, stoppingToken);
                var next = await NextInstantAsync(now, stoppingToken);
                wakeAt = next ?? now + MaxSleep;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                _logger.LogError(error, "The escalation pass failed; trying again in {Retry}.", RetryAfterFailure);
                wakeAt = _time.GetUtcNow() + RetryAfterFailure;
            }

            if (!await SleepAsync(wakeAt, stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Notices for every live clock that crossed a threshold by <paramref name="now"/> and has none yet, in one
    /// write transaction (BEGIN IMMEDIATE, so a second process waits and then finds the rows): breaches first, then
    /// at-risk; held e-mails written and the due ones sent; the bell rings after the commit.
    /// </summary>
    public async Task ProcessDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _pass.WaitAsync(cancellationToken);
        try
        {
            var bells = await WriteNoticesAsync(now, cancellationToken);
            foreach (var (agentId, ticketId, text) in bells)
            {
                await _bell.NotifyAsync(agentId, ticketId, text, cancellationToken);
            }
        }
        finally
        {
            _pass.Release();
        }
    }

    /// <summary>The next instant anything is due after <paramref name="now"/>; null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> NextInstantAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        return await EscalationPlanner.NextInstantAsync(db, _calendar, now, cancellationToken);
    }

    public override void Dispose()
    {
        _pass.Dispose();
        base.Dispose();
    }

    private async Task<List<(int AgentId, int TicketId, string Text)>> WriteNoticesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken);
        var breached = await EscalationPlanner.BreachedAsync(db, _calendar, now, cancellationToken);
        var atRisk = await EscalationPlanner.AtRiskAsync(db, now, cancellationToken);
        var bells = new List<(int, int, string)>();
        if (breached.Count > 0 || atRisk.Count > 0)
        {
            var people = await db.Agents.AsNoTracking().Where(a => a.IsActive)
                .Select(a => new { a.Id, a.IsManager, a.TimeZone })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
            var managers = people.Values.Where(a => a.IsManager).Select(a => a.Id).ToList();
            var breachedNow = breached.Select(c => (c.TicketId, c.ClockStartedUtcTicks)).ToHashSet();
            var limit = TicketSlaFields.BreachedIfDueAtOrBeforeUtcTicks(_calendar, now);
            var notices = new List<(EscalationNotice Notice, DueClock Clock, IReadOnlyList<EscalationRecipient> To)>();

            foreach (var clock in breached)
            {
                notices.Add(Notice(clock, EscalationThreshold.Breached, _options.Breached.Enabled, superseded: false));
            }

            foreach (var clock in atRisk)
            {
                // Reached only once breached (a restart after both instants, or at-risk and due in the same closed spell).
                var superseded = breachedNow.Contains((clock.TicketId, clock.ClockStartedUtcTicks)) || clock.DueUtcTicks <= limit;
                notices.Add(Notice(clock, EscalationThreshold.AtRisk, _options.AtRisk.Enabled, superseded));
            }

            db.Escalations.AddRange(notices.Select(n => n.Notice));
            await db.SaveChangesAsync(cancellationToken);

            await AddMailsAsync(db, notices.SelectMany(n => n.To.Select(to => (n.Notice, to))).ToList(), now, cancellationToken);
            foreach (var (notice, clock, to) in notices)
            {
                foreach (var recipient in to)
                {
                    var zone = Zone(people[recipient.AgentId].TimeZone);
                    bells.Add((recipient.AgentId, clock.TicketId, BellText(notice, clock, zone, now)));
                }
            }

            (EscalationNotice, DueClock, IReadOnlyList<EscalationRecipient>) Notice(DueClock clock, EscalationThreshold threshold, bool enabled, bool superseded)
            {
                var assignee = clock.AssigneeAgentId is { } id && people.ContainsKey(id) ? id : (int?)null;
                var outcome = superseded ? EscalationOutcome.Superseded : enabled ? EscalationOutcome.Notified : EscalationOutcome.Disabled;
                var notice = new EscalationNotice
                {
                    TicketId = clock.TicketId,
                    ClockStartedUtcTicks = clock.ClockStartedUtcTicks,
                    Threshold = threshold,
                    DueUtcTicks = clock.DueUtcTicks ?? 0,
                    ProcessedUtcTicks = now.UtcTicks,
                    AssigneeAgentId = clock.AssigneeAgentId,
                    Outcome = outcome,
                };
                var to = outcome == EscalationOutcome.Notified
                    ? EscalationRecipients.For(threshold, assignee, managers, _options)
                    : Array.Empty<EscalationRecipient>();
                return (notice, clock, to);
            }
        }

        await _mailStep.RunAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return bells;
    }

    // One held e-mail per recipient who has not muted the category; the mail step sends the due ones.
    private async Task AddMailsAsync(
        HelpdeskDbContext db, List<(EscalationNotice Notice, EscalationRecipient To)> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var muted = new Dictionary<MailCategory, HashSet<int>>();
        foreach (var category in items.Select(i => i.To.Category).Distinct())
        {
            muted[category] = await MailPreferences.OptedOutAsync(
                db, MailRecipientKind.Agent, [.. items.Where(i => i.To.Category == category).Select(i => i.To.AgentId).Distinct()], category, cancellationToken);
        }

        var sendAfter = new Dictionary<int, DateTimeOffset>();
        foreach (var (notice, to) in items)
        {
            if (muted[to.Category].Contains(to.AgentId))
            {
                continue; // the bell only
            }

            if (!sendAfter.TryGetValue(to.AgentId, out var after))
            {
                after = _options.RespectWorkingHours ? await _hours.SendAfterAsync(db, to.AgentId, now, cancellationToken) : now;
                sendAfter[to.AgentId] = after;
            }

            db.EscalationMails.Add(new EscalationMail
            {
                EscalationId = notice.Id,
                RecipientAgentId = to.AgentId,
                Category = (int)to.Category,
                SendAfterUtcTicks = after.UtcTicks,
                Status = EscalationMailStatus.Held,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private string BellText(EscalationNotice notice, DueClock clock, TimeZoneInfo zone, DateTimeOffset now)
    {
        var due = TicketSlaEvents.Instant(notice.DueUtcTicks);
        var unassigned = clock.AssigneeAgentId is null;
        return notice.Threshold == EscalationThreshold.AtRisk
            ? EscalationText.AtRisk(clock.TicketId, clock.Subject, _calendar.BusinessTimeBetween(now, due), due, zone, unassigned)
            : EscalationText.Breached(clock.TicketId, clock.Subject, due, zone, unassigned);
    }

    private TimeZoneInfo Zone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : _calendar.TimeZone;

    // Sleeps until wakeAt (a timer of the TimeProvider) or a kick; false when the host stops.
    private async Task<bool> SleepAsync(DateTimeOffset wakeAt, CancellationToken stoppingToken)
    {
        var delay = wakeAt - _time.GetUtcNow();
        if (delay <= TimeSpan.Zero)
        {
            return !stoppingToken.IsCancellationRequested;
        }

        if (delay > MaxSleep)
        {
            delay = MaxSleep;
        }

        var woken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var timer = _time.CreateTimer(_ => woken.TrySetResult(), null, delay, Timeout.InfiniteTimeSpan);
        _logger.LogDebug("Escalations: next pass in {Delay} (or at the next ticket change).", delay);
        // The kick's wait ends with the sleep, so waits do not pile up on the channel between kicks.
        using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(woken.Task, _kicks.Reader.WaitToReadAsync(sleep.Token).AsTask());
        await sleep.CancelAsync();
        return !stoppingToken.IsCancellationRequested;
    }
}
