using System.Globalization;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Tiers;
using HelpdeskDashboard.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace HelpdeskDashboard.Benchmarks.Features.Mailbox;

/// <summary>
/// The app's own services (<c>AddHelpdesk</c>, Production, the app's appsettings.json) on a SQLite file migrated to the
/// current schema, with the database, the content store and the drop folder in a temporary folder, and one Gold
/// customer whose person sends every mail. Nothing is faked; the host is built but not started (no server, no jobs).
/// </summary>
internal sealed class MailBenchApp : IAsyncDisposable
{
    public const int OneMegabyte = 1024 * 1024;
    public const string Sender = "anna@gold-bench.example";

    private int _sequence;

    private MailBenchApp(string root, WebApplication app)
    {
        Root = root;
        App = app;
    }

    public string Root { get; }

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<MailBenchApp> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"helpdesk-mail-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = root, EnvironmentName = "Production" });
        // The app's own settings (tiers and their SLA targets), then the benchmark's folders and limits.
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Helpdesk"] = $"Data Source={Path.Combine(root, "helpdesk.db")};Default Timeout=30",
            ["Files:Root"] = Path.Combine(root, "files"),
            ["Email:PickupFolder"] = Path.Combine(root, "mail-pickup"),
            ["Email:Inbound:Source"] = "DropFolder",
            ["Email:Inbound:DropFolder"] = Path.Combine(root, "mail-inbox"),
            // Every mail comes from one person; the flood limit (20 an hour by default) would send the rest to review.
            ["Email:Inbound:MaxMailsPerSenderPerHour"] = "100000",
            // The default per-file limit is 10 MB; the 25 MB case needs a larger one to be stored at all.
            ["Attachments:MaxFileBytes"] = (32 * OneMegabyte).ToString(CultureInfo.InvariantCulture),
            ["Attachments:MaxMessageBytes"] = (32 * OneMegabyte).ToString(CultureInfo.InvariantCulture),
            ["Demo:Seed"] = "false",
            ["Scheduling:Enabled"] = "false",
            // One information line per mail would go to the console between BenchmarkDotNet's lines.
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddHelpdesk();
        var app = builder.Build();

        var factory = app.Services.GetRequiredService<IDbContextFactory<HelpdeskDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            var customer = new Customer
            {
                CompanyName = "Gold Bench GmbH",
                ContactEmail = "it@gold-bench.example",
                Country = "DE",
                DisplayTimeZone = "Europe/Berlin",
                CurrentTier = Tier.Gold,
            };
            db.CustomerUsers.Add(new CustomerUser { Customer = customer, DisplayName = "Anna Gold", Email = Sender, TimeZone = "Europe/Berlin" });
            await db.SaveChangesAsync();
        }

        return new MailBenchApp(root, app);
    }

    /// <summary>A mail from the Gold person: a short text and, unless <paramref name="attachmentBytes"/> is 0, one file of random bytes.</summary>
    public MimeMessage NewMail(int attachmentBytes)
    {
        var number = Interlocked.Increment(ref _sequence);
        var body = new BodyBuilder { TextBody = $"Hello,\n\nthe export fails again (run {number}); the log is attached.\n\nAnna" };
        if (attachmentBytes > 0)
        {
            var bytes = new byte[attachmentBytes];
            Random.Shared.NextBytes(bytes); // different bytes each time: the content store keeps equal bytes only once
            body.Attachments.Add($"export-{number}.log", bytes, new ContentType("application", "octet-stream"));
        }

        var message = new MimeMessage
        {
            Subject = $"Export fails ({number})",
            MessageId = $"bench-{number}-{Guid.NewGuid():N}@gold-bench.example",
            Body = body.ToMessageBody(),
        };
        message.From.Add(new MailboxAddress("Anna Gold", Sender));
        message.To.Add(new MailboxAddress("Support", "support@helpdesk.local"));
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
