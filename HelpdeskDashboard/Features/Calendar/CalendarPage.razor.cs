using HelpdeskDashboard.Features.Calendar.Changes;
using HelpdeskDashboard.Features.Calendar.Holidays;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Platform.Commands;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HelpdeskDashboard.Features.Calendar;

/// <summary>
/// Managers edit the calendar here: hours per weekday, closures per year (typed or imported), when the change takes
/// effect; then preview and save. Every rule lives in <see cref="CalendarChangeService"/>; the page only holds the draft.
/// Any edit drops the preview, so what is saved is always what was last previewed.
/// </summary>
public sealed partial class CalendarPage
{
    private const string NotPreviewed = "Nothing was previewed. Please correct this:";

    private readonly Dictionary<DayOfWeek, string> _hours = [];
    private CalendarEditorState? _state;
    private BusinessCalendarDefinition _draft = new();
    private TimeZoneInfo _viewerZone = TimeZoneInfo.Utc;
    private int _year;
    private DateTime? _newDate;
    private string? _newName;
    private bool _newWholeDay = true;
    private string? _newClosedHours;
    private bool _now = true;
    private DateTime? _effectiveDate;
    private string? _effectiveTime = "00:00";
    private CalendarPlan? _plan;
    private CalendarChange? _previewed;
    private bool _confirming;
    private bool _busy;
    private CommandFeedback? _feedback;
    private CommandFeedback? _addFeedback;

    [Inject]
    private CalendarChangeService Service { get; set; } = default!;

    [Inject]
    private IViewerTimeZone ViewerTimeZone { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Inject]
    private IDialogService Dialogs { get; set; } = default!;

    private DateTimeOffset Now => Time.GetUtcNow();

    private IEnumerable<int> Years =>
        _draft.Closures.Select(c => c.Date.Year).Append(Today.Year).Append(Today.Year + 1).Append(_year).Distinct().Order();

    private List<BusinessClosure> ClosuresOfYear => [.. _draft.Closures.Where(c => c.Date.Year == _year).OrderBy(c => c.Date)];

    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, _viewerZone).DateTime);

    private StoredCalendarVersion? Scheduled => _state?.ScheduledAfter(Now);

    protected override async Task OnInitializedAsync()
    {
        _viewerZone = await ViewerTimeZone.GetAsync();
        _year = Today.Year;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Service.CurrentAsync();
        if (!result.Succeeded)
        {
            _feedback = CommandFeedback.From(result, "", "calendar");
            return;
        }

        _state = result.Value!;
        _draft = _state.Draft.Clone();
        foreach (var day in CalendarDefinitionDiff.Week)
        {
            _hours[day] = WeeklyHoursText.Format(_draft.Hours.GetValueOrDefault(day));
        }

        Edited();
    }

    private void HoursChanged(DayOfWeek day, string? text)
    {
        _hours[day] = text ?? "";
        var ranges = WeeklyHoursText.Parse(text);
        if (ranges.Count == 0)
        {
            _draft.Hours.Remove(day);
        }
        else
        {
            _draft.Hours[day] = ranges;
        }

        Edited();
    }

    private void AddClosure()
    {
        var closure = new BusinessClosure
        {
            Date = _newDate is { } date ? DateOnly.FromDateTime(date) : default,
            Name = _newName?.Trim() ?? "",
            ClosedHours = _newWholeDay ? null : _newClosedHours?.Trim(),
        };
        List<string> problems = _newDate is null
            ? ["Choose the date of the closure."]
            : [.. BusinessCalendarRules.ClosureProblems([.. _draft.Closures, closure])
                .Where(p => p.Setting.StartsWith($"Closures[{_draft.Closures.Count}]", StringComparison.Ordinal))
                .Select(p => p.Message)];
        if (!_newWholeDay && string.IsNullOrWhiteSpace(_newClosedHours))
        {
            // Empty closed hours would make it a whole-day closure: more than the manager asked for.
            problems.Add("Enter the closed hours, e.g. 13:00-24:00, or switch on \"Closed all day\".");
        }

        if (problems.Count > 0)
        {
            _addFeedback = new CommandFeedback(false, "The closure was not added:", problems);
            return;
        }

        _draft.Closures.Add(closure);
        _year = closure.Date.Year;
        _addFeedback = CommandFeedback.Confirmed($"{CalendarDefinitionDiff.Describe(closure)} added to the draft; preview and save to apply it.");
        (_newDate, _newName, _newWholeDay, _newClosedHours) = (null, null, true, null);
        Edited();
    }

    private void RemoveClosure(BusinessClosure closure)
    {
        _draft.Closures.Remove(closure);
        _addFeedback = CommandFeedback.Confirmed($"{CalendarDefinitionDiff.Describe(closure)} removed from the draft; preview and save to apply it.");
        Edited();
    }

    private async Task ImportHolidaysAsync()
    {
        var parameters = new DialogParameters<HolidayImportDialog>
        {
            { d => d.ExistingDates, _draft.Closures.Select(c => c.Date).ToList() },
        };
        var options = new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small, FullWidth = true };
        var dialog = await Dialogs.ShowAsync<HolidayImportDialog>("Import public holidays", parameters, options);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: IReadOnlyList<BusinessClosure> imported } && imported.Count > 0)
        {
            var known = _draft.Closures.Select(c => c.Date).ToHashSet();
            var added = imported.Where(c => known.Add(c.Date)).ToList();
            _draft.Closures.AddRange(added);
            _year = added.Count > 0 ? added[0].Date.Year : _year;
            _addFeedback = CommandFeedback.Confirmed($"{added.Count} public holiday(s) added to the draft; preview and save to apply them.");
            Edited();
        }
    }

    /// <summary>Withdrawing a scheduled change is a change at its instant, previewed and saved like any other.</summary>
    private void WithdrawScheduled()
    {
        if (Scheduled is not { } scheduled)
        {
            return;
        }

        _draft = _state!.InForceBefore(scheduled).Definition.Clone();
        foreach (var day in CalendarDefinitionDiff.Week)
        {
            _hours[day] = WeeklyHoursText.Format(_draft.Hours.GetValueOrDefault(day));
        }

        var at = TimeZoneInfo.ConvertTime(scheduled.EffectiveFrom, _viewerZone);
        (_now, _effectiveDate, _effectiveTime) = (false, at.Date, at.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Edited();
        _feedback = CommandFeedback.Confirmed(
            $"The draft now undoes the change scheduled for {Platform.Time.DisplayFormat.Instant(scheduled.EffectiveFrom, _viewerZone)}: preview and save to withdraw it.");
    }

    private async Task PreviewAsync()
    {
        if (_state is null || ChangeFromForm() is not { } change)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Service.PreviewAsync(change);
            if (result.Succeeded)
            {
                (_plan, _previewed, _feedback) = (result.Value, change, null);
            }
            else
            {
                // An earlier preview must not stay on offer once previewing failed (it may no longer be valid).
                Edited();
                _feedback = result.Outcome == CommandOutcome.Invalid
                    ? new CommandFeedback(false, NotPreviewed, result.Errors)
                    : CommandFeedback.From(result, "", "calendar");
                if (result.Outcome == CommandOutcome.Conflict)
                {
                    await LoadAsync();
                }
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task SaveAsync()
    {
        if (_plan is not { } plan || _previewed is not { } change)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Service.SaveAsync(change, plan);
            if (result.Succeeded)
            {
                var saved = result.Value!;
                await LoadAsync();
                _feedback = CommandFeedback.Confirmed(
                    $"The calendar was saved and takes effect {Platform.Time.DisplayFormat.Instant(saved.EffectiveFrom, _viewerZone)}: {saved.Counts}.");
            }
            else if (result is { Outcome: CommandOutcome.Conflict, Value: { } fresh })
            {
                (_plan, _confirming) = (fresh, false); // the same change, previewed again
                _feedback = CommandFeedback.Refused(string.Join(" ", result.Errors));
            }
            else
            {
                _confirming = false;
                if (result.Outcome == CommandOutcome.Conflict)
                {
                    await LoadAsync();
                }

                _feedback = CommandFeedback.From(result, "", "calendar");
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private CalendarChange? ChangeFromForm()
    {
        DateTimeOffset? effectiveFrom = null;
        if (!_now)
        {
            if (_effectiveDate is not { } date)
            {
                _feedback = new CommandFeedback(false, NotPreviewed, ["Choose the date the change takes effect."]);
                return null;
            }

            if (!LocalTimeInput.TryParse(DateOnly.FromDateTime(date), _effectiveTime, _viewerZone, out var at, out var error))
            {
                _feedback = new CommandFeedback(false, NotPreviewed, [error]);
                return null;
            }

            effectiveFrom = at;
        }

        return new CalendarChange(_draft.Clone(), effectiveFrom, _state!.LatestVersionId);
    }

    private void Edited()
    {
        _plan = null;
        _previewed = null;
        _confirming = false;
    }
}
