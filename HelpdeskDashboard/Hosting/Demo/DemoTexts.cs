using HelpdeskDashboard.Features.Tickets;

namespace HelpdeskDashboard.Hosting.Demo;

/// <summary>Ticket subjects and message bodies; placeholders are filled from the product and firmware lists.</summary>
internal static class DemoTexts
{
    private static readonly string[] Devices =
    [
        "IOX-400 I/O module", "GW-22 fieldbus gateway", "MC-7 motor controller", "HMI-10 operator panel",
        "PLC-S3 controller", "SN-8 sensor node", "DRV-120 servo drive", "EDGE-5 edge box",
    ];

    private static readonly string[] Firmware = ["v2.4.1", "v2.5.0", "v3.0.0-rc2", "v1.9.7", "v3.1.2", "v2.6.3"];

    private static readonly string[] SupportSubjects =
    [
        "Firmware {fw} fails to flash on {device}",
        "{device} drops off the CAN bus after a few hours",
        "Modbus TCP holding registers return stale values on {device}",
        "Watchdog reset loop after power cycle ({device})",
        "OPC UA server certificate rejected by {device}",
        "Bootloader checksum error during OTA update to {fw}",
        "EtherCAT slave stuck in PRE-OP on {device}",
        "Analog input drift on {device}",
        "SPI flash wear warning in diagnostics log",
        "Web interface of {device} unreachable after IP change",
        "PROFINET device name lost after update to {fw}",
        "Real-time clock of {device} loses seconds every day",
        "Encoder position jumps on {device} under load",
        "Brown-out resets when relays switch on {device}",
    ];

    private static readonly string[] PaidSubjects =
    [
        "Paid support: commissioning help for {device}",
        "Paid support: review of our PLC program",
        "Paid support: root-cause analysis of field failures on {device}",
        "Paid support: migration from {fw} to the current firmware",
    ];

    private static readonly string[] ProjectSubjects =
    [
        "New project: gateway firmware for the {device} successor",
        "New project: retrofit of a packaging line with {device}",
        "New project: condition monitoring with {device}",
    ];

    private static readonly string[] ChangeSubjects =
    [
        "Change request: MQTT publishing on {device}",
        "Change request: extended register map for {device}",
        "Change request: 24 V sensor inputs on {device}",
        "Change request: configurable watchdog timeout in {fw}",
    ];

    private static readonly string[] Openings =
    [
        "Hello,\n\nsince last week we see this on several units in the field. It happens roughly once per shift and a power cycle clears it.",
        "Hi team,\n\nafter updating our test rig the problem appears every time we start the line. Nothing in our setup changed apart from the update.",
        "Good morning,\n\nour commissioning engineer ran into this on site today. We have three machines waiting to ship, so we would appreciate a quick answer.",
        "Hello support,\n\nwe can reproduce this on the bench with the attached configuration. The log shows the same error code each time.",
    ];

    private static readonly string[] AgentReplies =
    [
        "Hi {first},\n\nthanks for the details. Could you export the diagnostic log (Service > Diagnostics > Export) and attach it here? Then we can see which task triggers the reset.",
        "Hi {first},\n\nwe could reproduce this on our bench unit. It is caused by a timing issue in the driver; a patched build is in testing and we will send it to you this week.",
        "Hi {first},\n\nthis is a known issue with the factory configuration. Please set the bus timeout to 250 ms and restart the device; that should make the problem go away.",
        "Hi {first},\n\nthank you for the report. Please check that the device runs the bootloader from the same release as the application; a mismatch causes exactly this error.",
    ];

    private static readonly string[] CustomerFollowUps =
    [
        "Thanks, the log is attached. The error appeared again last night at 02:14.",
        "We tried the workaround and it helps on two of three machines. The third still shows the error.",
        "Thanks for the quick help. One more question: does the fix also apply to the older hardware revision?",
    ];

    private static readonly string[] InternalNotes =
    [
        "Reproduced on bench unit #3; looks like the same root cause as last month's gateway issue.",
        "Escalated to the firmware team, they will check the driver timing.",
        "Customer is an OEM; their end customer is waiting, keep them updated daily.",
        "Checked the serial number: unit is out of warranty, time is billable.",
    ];

    private static readonly string[] PauseNotes =
    [
        "Phoned {first}: they will measure the supply voltage on site and report back.",
        "Asked {first} by phone for the exact hardware revision; waiting for their answer.",
    ];

    private static readonly string[] HoldNotes =
    [
        "Waiting for a replacement board from our supplier (expected next week).",
        "On hold until the firmware team publishes the patched build.",
    ];

    private static readonly string[] Resolutions =
    [
        "Hi {first},\n\nthe fixed firmware is released and your test confirmed it works, so I am marking this ticket as resolved. Reply here if the problem comes back.",
        "Hi {first},\n\nas discussed, the configuration change solved the issue. I am resolving this ticket; feel free to reopen it by replying.",
    ];

    public static string Subject(TicketKind kind, Random random)
    {
        var templates = kind switch
        {
            TicketKind.PaidSupportRequest => PaidSubjects,
            TicketKind.NewProjectRequest => ProjectSubjects,
            TicketKind.ChangeRequest => ChangeSubjects,
            _ => SupportSubjects,
        };
        return Fill(Pick(templates, random), random);
    }

    public static string Opening(string signature, Random random) =>
        $"{Pick(Openings, random)}\n\nDevice: {Pick(Devices, random)}, firmware {Pick(Firmware, random)}.\n\nRegards,\n{signature}";

    public static string AgentReply(string customerFirstName, string agentName, Random random) =>
        $"{Pick(AgentReplies, random).Replace("{first}", customerFirstName, StringComparison.Ordinal)}\n\nBest regards,\n{agentName}";

    public static string CustomerFollowUp(string signature, Random random) => $"{Pick(CustomerFollowUps, random)}\n\n{signature}";

    public static string InternalNote(Random random) => Pick(InternalNotes, random);

    public static string PauseNote(string customerFirstName, Random random) =>
        Pick(PauseNotes, random).Replace("{first}", customerFirstName, StringComparison.Ordinal);

    public static string HoldNote(Random random) => Pick(HoldNotes, random);

    public static string Resolution(string customerFirstName, string agentName, Random random) =>
        $"{Pick(Resolutions, random).Replace("{first}", customerFirstName, StringComparison.Ordinal)}\n\nBest regards,\n{agentName}";

    public const string AutoClose = "This ticket was closed automatically a few days after it was resolved.";

    public static string TimeNote(Random random) => Pick(
        ["Analysis of logs", "Bench reproduction", "Call with customer", "Firmware patch and test", "Configuration review", "Documentation of workaround"],
        random);

    private static string Fill(string template, Random random) =>
        template.Replace("{device}", Pick(Devices, random), StringComparison.Ordinal)
            .Replace("{fw}", Pick(Firmware, random), StringComparison.Ordinal);

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
