using HelpdeskDashboard.Features.Mailbox;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>Received mail for the demo's review page (/mail/review): two waiting for a person, one ignored auto-reply.</summary>
internal static class DemoInboundMail
{
    public static IEnumerable<InboundMail> Build(DateTimeOffset now)
    {
        yield return Mail(now.AddHours(-3), "demo-review-1@distributor.example", "Lena Fischer", "Reseller enquiry: CX-400 controllers",
            "Hello,\n\nwe are a distributor in Austria and would like to resell your CX-400 controllers. Who is the right contact?\n\nBest regards\nLena Fischer",
            InboundOutcome.AwaitingReview, "unknown sender");
        yield return Mail(now.AddHours(-1), "demo-review-2@plant-ops.example", "Marco Rossi", "Firmware 3.2 breaks Modbus polling",
            "Hi support,\n\nafter updating to 3.2 our SCADA no longer polls the controllers over Modbus TCP. Our company has a Gold contract (Kessler?), I am new there.\n\nMarco",
            InboundOutcome.AwaitingReview, "unknown sender");
        yield return Mail(now.AddMinutes(-30), "demo-auto@customer.example", null, "Automatic reply: [#12] Encoder fault",
            "I am out of the office until Monday.", InboundOutcome.Ignored, "out-of-office reply");
    }

    private static InboundMail Mail(DateTimeOffset at, string messageId, string? name, string subject, string text, InboundOutcome outcome, string detail) => new()
    {
        MessageId = messageId,
        FromAddress = messageId.Replace("demo-review-1@", "lena.fischer@", StringComparison.Ordinal)
            .Replace("demo-review-2@", "marco.rossi@", StringComparison.Ordinal).Replace("demo-auto@", "anna.keller@", StringComparison.Ordinal),
        FromName = name,
        Subject = subject,
        ReceivedUtcTicks = at.UtcTicks,
        Source = InboundSource.DropFolder,
        Outcome = outcome,
        Detail = detail,
        Text = text,
    };
}
