using HelpdeskDashboard.Platform.Commands;
using HelpdeskDashboard.Platform.Time;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace HelpdeskDashboard.Features.Notifications.Outbox;

/// <summary>Managers watch the e-mail outbox and send failed messages again. The service enforces the role too.</summary>
public sealed partial class OutboxManagerPage : ComponentBase
{
    private static readonly OutboxStatus[] Statuses = [OutboxStatus.Pending, OutboxStatus.Sending, OutboxStatus.Sent, OutboxStatus.Failed];

    private OutboxListing? _listing;
    private OutboxStatus? _status;
    private int _page = 1;
    private bool _busy;
    private CommandFeedback? _feedback;
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    [Inject]
    private OutboxAdmin Admin { get; set; } = default!;

    [Inject]
    private CompanyClock Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _zone = Clock.Zone;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _listing = await Admin.ListAsync(new OutboxListQuery(_status, _page));

        // The last page may have emptied (e.g. a retry moved its only message to another status).
        if (_listing.Rows.Count == 0 && _page > 1)
        {
            _page = _listing.PageCount;
            _listing = await Admin.ListAsync(new OutboxListQuery(_status, _page));
        }
    }

    private async Task SetStatusAsync(OutboxStatus? status)
    {
        (_status, _page, _feedback) = (status, 1, null);
        await LoadAsync();
    }

    private async Task SetPageAsync(int page)
    {
        _page = page;
        await LoadAsync();
    }

    private async Task RetryAsync(long id)
    {
        if (_busy)
        {
            return;
        }

        _busy = true;
        try
        {
            _feedback = CommandFeedback.OneLine(await Admin.RetryAsync(new RetryOutboxMessage(id)), OutboxText.Retried(id));
            await LoadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private string When(DateTimeOffset? instant) => instant is { } value
        ? HelpdeskDashboard.Platform.Time.DisplayFormat.Instant(value, _zone)
        : "—";

    private static string StatusChoice(OutboxStatus? status) => status is { } s ? OutboxText.Status(s) : "All statuses";

    private static Color StatusColor(OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => Color.Success,
        OutboxStatus.Failed => Color.Error,
        OutboxStatus.Sending => Color.Info,
        _ => Color.Default,
    };
}
