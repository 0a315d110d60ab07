using System.Globalization;
using HelpdeskDashboard.Platform.Time;

namespace HelpdeskDashboard.Features.Sla;

/// <summary>How a countdown looks: tone drives colour and icon; colour is never the only signal, the words say it too.</summary>
public enum SlaTone
{
    None,
    OnTrack,
    AtRisk,
    Breached,
    Paused,
    OutsideHours,
    Met,
}

/// <param name="Tone">Colour and icon.</param>
/// <param name="Text">The short visible text ("2:03:12", "breached 0:12:05 ago").</param>
/// <param name="Badge">A visible state word where <paramref name="Text"/> alone does not say the state (running, at risk).</param>
/// <param name="Sentence">The full sentence, time included (the ticket's SLA timeline says it).</param>
/// <param name="RunningLabel">
/// For a clock that runs: the sentence without the time, so the countdown's accessible name and tooltip stay the same
/// from one second to the next and a tick changes only the visible time (one text edit per countdown on the wire).
/// </param>
public sealed record SlaCountdownView(SlaTone Tone, string Text, string? Badge, string Sentence, string? RunningLabel = null)
{
    /// <summary>The countdown's accessible name and tooltip: stable while the clock runs, the full sentence otherwise.</summary>
    public string Label => RunningLabel ?? Sentence;
}

/// <summary>
/// The words of a countdown, kept out of the component so every state's wording is tested. Instants are shown in the
/// viewer's zone; durations are business time except "breached … ago", which is wall-clock time since the due instant
/// (that is what "ago" means to a reader, and it keeps counting over a weekend).
/// </summary>
/// <summary>Who reads a countdown: the support team reads about "the customer", the customer about "you".</summary>
public enum SlaAudience
{
    Team,
    Customer,
}

public static class SlaCountdownText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static SlaCountdownView Describe(SlaReading reading, TimeZoneInfo zone, SlaAudience audience = SlaAudience.Team)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(zone);
        var remaining = reading.Remaining ?? TimeSpan.Zero;
        return reading.State switch
        {
            SlaState.NoSla => new(SlaTone.None, "no SLA", null, "No response target applies."),
            SlaState.Met => Met(reading, audience),
            SlaState.Breached when reading.IsStopped => Stopped(reading),
            SlaState.Breached => LiveBreach(reading, audience),
            SlaState.Paused => Paused(reading, remaining),
            SlaState.OutsideBusinessHours => OutsideHours(reading, remaining, zone),
            SlaState.AtRisk => Running(SlaTone.AtRisk, "at risk", "At risk", AtRiskLabel, remaining),
            _ => Running(SlaTone.OnTrack, "on track", "On track", OnTrackLabel, remaining),
        };
    }

    // Constants, so the every-second path formats one duration and one sentence per countdown, not the label too.
    private const string AtRiskLabel = "At risk: business time left to respond.";
    private const string OnTrackLabel = "On track: business time left to respond.";

    private static SlaCountdownView Running(SlaTone tone, string badge, string state, string label, TimeSpan remaining)
    {
        var left = Duration(remaining);
        return new(tone, left, badge, $"{state}: {left} of business time left to respond.", label);
    }

    /// <summary>"h:mm:ss", with days above 24 hours ("2d 03:12:05"); whole seconds, sign dropped.</summary>
    public static string Duration(TimeSpan span)
    {
        var seconds = Math.Abs(span.Ticks / TimeSpan.TicksPerSecond);
        var (days, rest) = Math.DivRem(seconds, 86_400);
        var hours = rest / 3600;
        var minutes = rest % 3600 / 60;
        var secs = rest % 60;
        return seconds > 86_400
            ? string.Create(Invariant, $"{days}d {hours:00}:{minutes:00}:{secs:00}")
            : string.Create(Invariant, $"{seconds / 3600}:{minutes:00}:{secs:00}");
    }

    /// <summary>An instant in the viewer's zone, in the one display style: "Mon 30 Nov 2026, 20:00".</summary>
    public static string Instant(DateTimeOffset instant, TimeZoneInfo zone) => DisplayFormat.Instant(instant, zone);

    /// <summary>A weekday and time in the viewer's zone: "Mon 00:00".</summary>
    public static string WeekdayAndTime(DateTimeOffset instant, TimeZoneInfo zone) => DisplayFormat.WeekdayAndTime(instant, zone);

    public static string PauseText(SlaPauseReason? reason) => reason is null ? "paused" : $"paused: {PauseReasonWords(reason)}";

    private static SlaCountdownView Met(SlaReading reading, SlaAudience audience) => reading.StopReason == SlaStopReason.AgentReply
        ? new(SlaTone.Met, "replied in time", null, audience == SlaAudience.Customer
            ? "Met: you got a reply within the response target."
            : "Met: the customer got a reply within the response target.")
        : new(SlaTone.Met, "met", null, "Met: the ticket was resolved within the response target.");

    private static SlaCountdownView Stopped(SlaReading reading)
    {
        // A stopped clock no longer ticks: hours and minutes, like every other finished duration.
        var by = DisplayFormat.Duration(reading.BreachedBy ?? TimeSpan.Zero);
        return new(SlaTone.Breached, $"breached by {by}", null, $"Breached: the response came {by} of business time after the target.");
    }

    private static SlaCountdownView LiveBreach(SlaReading reading, SlaAudience audience)
    {
        var ago = Duration(reading.Due is { } due ? reading.AsOf - due : reading.BreachedBy ?? TimeSpan.Zero);
        var waits = audience == SlaAudience.Customer ? "you are still waiting for a reply" : "the customer still waits for a reply";
        return new(SlaTone.Breached, $"breached {ago} ago", null, $"Breached: the response target passed {ago} ago and {waits}.",
            audience == SlaAudience.Customer ? CustomerBreachLabel : TeamBreachLabel);
    }

    private const string TeamBreachLabel = "Breached: time since the response target passed; the customer still waits for a reply.";
    private const string CustomerBreachLabel = "Breached: time since the response target passed; you are still waiting for a reply.";

    private static SlaCountdownView Paused(SlaReading reading, TimeSpan remaining)
    {
        var pause = PauseText(reading.PauseReason);
        var why = PauseReasonWords(reading.PauseReason);
        var left = Duration(remaining);
        return reading.IsBreached
            ? new(SlaTone.Paused, $"breached by {left}, {pause}", null,
                $"Paused ({why}): already breached by {left} of business time; the clock stands still.")
            : new(SlaTone.Paused, $"{left}, {pause}", null,
                $"Paused ({why}): {left} of business time left; the clock stands still.");
    }

    private static SlaCountdownView OutsideHours(SlaReading reading, TimeSpan remaining, TimeZoneInfo zone)
    {
        if (reading.ResumesAt is not { } resumes)
        {
            return new(SlaTone.OutsideHours, $"{Duration(remaining)}, outside business hours", null,
                $"Outside business hours: {Duration(remaining)} of business time left; business hours do not resume.");
        }

        var at = WeekdayAndTime(resumes, zone);
        return new(SlaTone.OutsideHours, $"{Duration(remaining)}, resumes {at}", null,
            $"Outside business hours: {Duration(remaining)} of business time left; the clock resumes {at}.");
    }

    private static string PauseReasonWords(SlaPauseReason? reason) => reason switch
    {
        SlaPauseReason.WaitingOnCustomer => "waiting on customer",
        SlaPauseReason.OnHold => "on hold",
        _ => "no reason given",
    };
}
