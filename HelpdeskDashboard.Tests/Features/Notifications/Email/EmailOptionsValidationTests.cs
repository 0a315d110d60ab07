using HelpdeskDashboard.Features.Notifications.Email;
using HelpdeskDashboard.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

public sealed class EmailOptionsValidationTests
{
    public static TheoryData<string, Action<EmailOptions>, string> BadOptions() => new()
    {
        { "sender is not an address", o => o.From = "helpdesk", "From" },
        { "smtp port zero", o => { o.Smtp.Host = "smtp.example.com"; o.Smtp.Port = 0; }, "Smtp.Port" },
        { "user without password", o => { o.Smtp.Host = "smtp.example.com"; o.Smtp.UserName = "mailer"; }, "Smtp.Password" },
        { "unknown security", o => o.Smtp.Security = (SmtpSecurity)42, "Smtp.Security" },
        { "no pickup folder without smtp", o => o.PickupFolder = "", "PickupFolder" },
        { "zero attempts", o => o.Delivery.MaxAttempts = 0, "Delivery.MaxAttempts" },
        { "no first delay", o => o.Delivery.FirstRetryDelay = TimeSpan.Zero, "Delivery.FirstRetryDelay" },
        { "cap below first delay", o => o.Delivery.MaxRetryDelay = TimeSpan.FromSeconds(1), "Delivery.MaxRetryDelay" },
        { "lease shorter than the smtp timeout", o => o.Delivery.Lease = TimeSpan.FromSeconds(30), "Delivery.Lease" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_setting_is_reported_by_name(string label, Action<EmailOptions> spoil, string setting)
    {
        _ = label;
        var options = new EmailOptions();
        spoil(options);

        var result = new EmailOptionsValidator().Validate(options);

        Assert.Contains(result.Errors, failure => failure.PropertyName == setting);
    }

    [Fact]
    public void Defaults_are_valid_and_write_to_the_pickup_folder()
    {
        var options = new EmailOptions();

        Assert.True(new EmailOptionsValidator().Validate(options).IsValid);
        Assert.False(options.UsesSmtp);
        Assert.Equal("App_Data/mail-pickup", options.PickupFolder);
    }

    [Fact]
    public async Task Bad_smtp_port_stops_start_up_naming_the_setting()
    {
        await using var app = new HelpdeskAppFactory();
        app.Settings["Email:Smtp:Host"] = "smtp.example.com";
        app.Settings["Email:Smtp:Port"] = "70000";

        var error = Record.Exception(() => app.CreateClient());

        var validation = StartupFailure.OptionsValidation(error);
        Assert.Contains("Email:Smtp:Port", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task App_without_smtp_settings_writes_mail_under_the_content_root_pickup_folder()
    {
        await using var app = new HelpdeskAppFactory();
        app.Settings["Email:PickupFolder"] = "App_Data/mail-pickup"; // the shipped default (the test host points it elsewhere)
        app.CreateClient().Dispose();

        var transport = app.Services.GetRequiredService<IMailTransport>();

        var pickup = Assert.IsType<PickupFolderMailTransport>(transport);
        Assert.EndsWith(Path.Combine("App_Data", "mail-pickup"), pickup.Folder, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(pickup.Folder));
    }

    [Fact]
    public async Task App_with_an_smtp_host_sends_over_smtp()
    {
        await using var app = new HelpdeskAppFactory();
        app.Settings["Email:Smtp:Host"] = "smtp.example.com";
        app.CreateClient().Dispose();

        Assert.IsType<SmtpMailTransport>(app.Services.GetRequiredService<IMailTransport>());
    }
}
