using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Platform.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

using static HelpdeskDashboard.Tests.Features.Sla.Support.SlaTestKit;

namespace HelpdeskDashboard.Tests.Features.Sla;

/// <summary>AddSla: binding of the "Sla" and "BusinessCalendar" sections, start-up validation, the registered services.</summary>
public sealed class SlaRegistrationTests
{
    private static IHost BuildHost(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        before?.Invoke(builder.Services);
        builder.Services.AddSla();
        return builder.Build();
    }

    private static BusinessCalendarOptions CalendarOptions(Dictionary<string, string?> settings)
    {
        using var host = BuildHost(settings);
        return host.Services.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value;
    }

    [Fact]
    public void Without_configuration_the_default_calendar_and_share_apply()
    {
        using var host = BuildHost([]);

        var calendar = host.Services.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value;

        Assert.Equal(BusinessCalendarOptions.DefaultHours(), calendar.Hours);
        Assert.Empty(calendar.Holidays);
        Assert.Equal(0.25, host.Services.GetRequiredService<IOptions<SlaOptions>>().Value.AtRiskShare);
    }

    [Fact]
    public void Configured_hours_replace_the_default_week_instead_of_merging_with_it()
    {
        var options = CalendarOptions(new()
        {
            ["BusinessCalendar:Hours:Monday:0"] = "09:00-12:00",
            ["BusinessCalendar:Hours:Monday:1"] = "13:00-17:00",
            ["BusinessCalendar:Hours:Saturday:0"] = "10:00-14:00",
        });

        var day = Assert.Contains(DayOfWeek.Monday, options.Hours);
        Assert.Equal(["09:00-12:00", "13:00-17:00"], day);
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Saturday], options.Hours.Keys.Order());
    }

    [Fact]
    public void A_day_may_be_written_as_one_string_of_comma_separated_ranges_and_an_empty_one_closes_it()
    {
        var options = CalendarOptions(new()
        {
            ["BusinessCalendar:Hours:monday"] = "09:00-12:00, 13:00-17:00",
            ["BusinessCalendar:Hours:Tuesday"] = "08:00-16:00",
            ["BusinessCalendar:Hours:Wednesday"] = "",
        });

        Assert.Equal(["09:00-12:00", "13:00-17:00"], options.Hours[DayOfWeek.Monday]);
        Assert.Equal(["08:00-16:00"], options.Hours[DayOfWeek.Tuesday]);
        Assert.Empty(options.Hours[DayOfWeek.Wednesday]);
    }

    [Fact]
    public void Configured_holidays_and_zone_are_bound()
    {
        var options = CalendarOptions(new()
        {
            ["BusinessCalendar:TimeZone"] = "America/New_York",
            ["BusinessCalendar:Holidays:0"] = "2026-07-04",
            ["BusinessCalendar:Holidays:1"] = "2026-12-25",
        });

        Assert.Equal("America/New_York", options.TimeZone);
        Assert.Equal([new DateOnly(2026, 7, 4), new DateOnly(2026, 12, 25)], options.Holidays);
    }

    [Theory]
    [InlineData("share of zero", "Sla:AtRiskShare", "Sla:AtRiskShare=0")]
    [InlineData("share given as a percentage", "Sla:AtRiskShare", "Sla:AtRiskShare=25")]
    [InlineData("unknown zone", "BusinessCalendar:TimeZone", "BusinessCalendar:TimeZone=Mars/Olympus")]
    [InlineData("unreadable range", "BusinessCalendar:Hours:Monday:0", "BusinessCalendar:Hours:Monday:0=9 to 5")]
    [InlineData("overlapping ranges", "BusinessCalendar:Hours:Monday", "BusinessCalendar:Hours:Monday=09:00-13:00,12:00-17:00")]
    [InlineData("misspelt weekday, which the binder would drop", "BusinessCalendar:Hours:Mondy", "BusinessCalendar:Hours:Mondy:0=09:00-17:00")]
    [InlineData("duplicate holiday", "BusinessCalendar:Holidays:1", "BusinessCalendar:Holidays:0=2026-12-24", "BusinessCalendar:Holidays:1=2026-12-24")]
    public async Task Bad_configuration_stops_start_up_with_a_message_naming_the_setting(string label, string setting, params string[] settings)
    {
        using var host = BuildHost(settings.Select(s => s.Split('=', 2)).ToDictionary(kv => kv[0], string? (kv) => kv[1]));

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.True(ex.Message.Contains(setting + ":", StringComparison.Ordinal), $"{label}: {ex.Message}");
    }

    [Fact]
    public void The_configured_calendar_and_share_drive_the_sla_engine()
    {
        var time = new FakeTimeProvider(Local("Tue 2026-03-10 15:00"));
        using var host = BuildHost(
            new()
            {
                ["Sla:AtRiskShare"] = "0.5",
                ["BusinessCalendar:Hours:Tuesday:0"] = "09:00-17:00",
                ["BusinessCalendar:Hours:Wednesday:0"] = "09:00-17:00",
            },
            services => services.AddSingleton<TimeProvider>(time));

        var reading = host.Services.GetRequiredService<SlaEngine>().Read([CustomerWrites("Tue 2026-03-10 09:00", Hours(8))], time.GetUtcNow());

        // 6 of 8 office hours used: with a 50 % share that is at risk; due at Tuesday's closing time.
        Assert.Equal(SlaState.AtRisk, reading.State);
        Assert.Equal(Local("Tue 2026-03-10 17:00"), reading.Due);
    }

    [Fact]
    public void The_company_clock_reads_the_calendars_zone_and_the_registered_time_provider()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 7, 4, 3, 30, 0, TimeSpan.Zero));
        using var host = BuildHost(new() { ["BusinessCalendar:TimeZone"] = "America/New_York" }, services => services.AddSingleton<TimeProvider>(time));

        var clock = host.Services.GetRequiredService<CompanyClock>();

        Assert.Same(host.Services.GetRequiredService<BusinessCalendar>().TimeZone, clock.Zone);
        Assert.Equal(new DateOnly(2026, 7, 3), clock.Today); // 23:30 the evening before in New York
        Assert.Same(clock, host.Services.GetRequiredService<CompanyClock>());
    }

    [Fact]
    public void The_system_clock_is_used_when_no_time_provider_is_registered()
    {
        using var host = BuildHost([]);

        Assert.Same(TimeProvider.System, host.Services.GetRequiredService<TimeProvider>());
        Assert.Same(host.Services.GetRequiredService<BusinessCalendar>(), host.Services.GetRequiredService<BusinessCalendar>());
    }
}
