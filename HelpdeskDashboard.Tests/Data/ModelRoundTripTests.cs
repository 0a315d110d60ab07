using System.Reflection;
using HelpdeskDashboard.Data;
using HelpdeskDashboard.Features.Accounts;
using HelpdeskDashboard.Features.Assignment;
using HelpdeskDashboard.Features.Audit;
using HelpdeskDashboard.Features.Billing;
using HelpdeskDashboard.Features.Billing.Purchases;
using HelpdeskDashboard.Features.Calendar;
using HelpdeskDashboard.Features.Customers;
using HelpdeskDashboard.Features.Escalations;
using HelpdeskDashboard.Features.Mailbox;
using HelpdeskDashboard.Features.Notifications;
using HelpdeskDashboard.Features.Notifications.Preferences;
using HelpdeskDashboard.Features.Orders;
using HelpdeskDashboard.Features.Sla;
using HelpdeskDashboard.Features.Tickets;
using HelpdeskDashboard.Features.Tickets.Attachments;
using HelpdeskDashboard.Features.Tickets.Board.SavedViews;
using HelpdeskDashboard.Features.Tickets.ResponseClock;
using HelpdeskDashboard.Features.TierRecalculation;
using HelpdeskDashboard.Features.Tiers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

namespace HelpdeskDashboard.Tests.Data;

public sealed class ModelRoundTripTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Identity's own tables keep Identity's mapping and are exercised by the sign-in tests (roles, lockout, links).
    // ApplicationUser is ours (DisplayName, the links from agents and customer users), so the round trip covers it.
    private static readonly Type[] IdentityFrameworkTypes =
    [
        typeof(IdentityRole), typeof(IdentityRoleClaim<string>), typeof(IdentityUserClaim<string>),
        typeof(IdentityUserLogin<string>), typeof(IdentityUserRole<string>), typeof(IdentityUserToken<string>),
    ];

    [Fact]
    public async Task Every_entity_reads_back_with_the_values_it_was_saved_with()
    {
        await using var database = TestDatabase.Create();
        var saved = SampleGraph.Create();
        await using (var db = database.CreateDbContext())
        {
            db.AddRange(saved.All);
            await db.SaveChangesAsync(Cancel);
        }

        await using var read = database.CreateDbContext();
        foreach (var expected in saved.All)
        {
            var actual = await read.FindAsync(expected.GetType(), [KeyOf(read, expected)], Cancel);
            Assert.NotNull(actual);
            AssertSameScalars(expected, actual);
        }
    }

    [Fact]
    public async Task Every_entity_type_in_the_model_is_covered_by_the_round_trip_except_identitys_own()
    {
        await using var database = TestDatabase.Create();
        await using var db = database.CreateDbContext();
        var mapped = db.Model.GetEntityTypes().Select(e => e.ClrType).ToList();

        var covered = SampleGraph.Create().All.Select(e => e.GetType()).Distinct().OrderBy(t => t.FullName);

        Assert.Equal(mapped.Except(IdentityFrameworkTypes).OrderBy(t => t.FullName), covered);
        // The exclusions name real model types, so a renamed or dropped Identity table cannot hide an uncovered one.
        Assert.All(IdentityFrameworkTypes, type => Assert.Contains(type, mapped));
    }

    [Fact]
    public async Task Enums_are_stored_as_their_names()
    {
        await using var database = TestDatabase.Create();
        await using (var db = database.CreateDbContext())
        {
            db.AddRange(SampleGraph.Create().All);
            await db.SaveChangesAsync(Cancel);
        }

        using var command = database.Connection.CreateCommand();
        command.CommandText = "SELECT \"Status\" || '/' || \"Kind\" FROM \"Tickets\"";
        Assert.Equal("WaitingOnCustomer/ChangeRequest", command.ExecuteScalar());
    }

    private static object KeyOf(HelpdeskDbContext db, object entity) =>
        db.Model.FindEntityType(entity.GetType())!.FindPrimaryKey()!.Properties[0].PropertyInfo!.GetValue(entity)!;

    private static void AssertSameScalars(object expected, object actual)
    {
        foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsScalar))
        {
            Assert.True(
                Equals(property.GetValue(expected), property.GetValue(actual)),
                $"{expected.GetType().Name}.{property.Name}: saved {property.GetValue(expected)}, read {property.GetValue(actual)}");
        }
    }

    private static bool IsScalar(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return property.CanWrite
            && (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateOnly) || type == typeof(DateTimeOffset));
    }
}

/// <summary>One of every entity, linked, with every field set to something other than its default.</summary>
internal sealed record SampleGraph(ApplicationUser UserAccount, ApplicationUser AgentAccount, Customer Customer, CustomerUser User,
    Agent Agent, Ticket Ticket, TicketMessage Message, TicketStatusChange Change, TimeEntry TimeEntry, Order Order,
    TierAssignment Assignment, OutboxMessage Outbox, AuditEntry Audit, TierRecalculationRun Run, HourPurchase Purchase, SavedBoardView View,
    IReadOnlyList<object> Conversations)
{
    public IReadOnlyList<object> All =>
        [UserAccount, AgentAccount, Customer, User, Agent, Ticket, Message, Change, TimeEntry, Order, Assignment, Outbox, Audit, Run, Purchase, View, .. Conversations];

    public static SampleGraph Create()
    {
        // The people's IdentityUserId must point at real accounts (foreign keys to AspNetUsers).
        var userAccount = Account("identity-1", "anna@nordlicht.example", "Anna Bauer");
        var agentAccount = Account("identity-2", "alex@demo.local", "Alex Agent");
        var customer = new Customer
        {
            Id = 7, CompanyName = "Nordlicht Sensorik AG", ContactEmail = "it@nordlicht.example", Country = "DE",
            DisplayTimeZone = "Europe/Berlin", CurrentTier = Tier.Platinum, TierSinceUtcTicks = 638_000_000_000_000_001,
            SubscriptionTier = SubscriptionPlan.Gold, SubscriptionBilling = SubscriptionBilling.Yearly,
            SubscriptionStartUtcTicks = 638_000_000_000_000_002, SubscriptionEndUtcTicks = 638_000_000_000_000_003,
        };
        var user = new CustomerUser { Id = 8, CustomerId = 7, DisplayName = "Anna Bauer", Email = "anna@nordlicht.example", TimeZone = "America/Chicago", IdentityUserId = "identity-1" };
        var agent = new Agent
        {
            Id = 9, DisplayName = "Alex Agent", Email = "alex@demo.local", IsActive = false, IsManager = true,
            IdentityUserId = "identity-2", TimeZone = "Europe/Vienna",
        };
        var ticket = new Ticket
        {
            Id = 10, CustomerId = 7, Subject = "CAN bus timeout", Kind = TicketKind.ChangeRequest, Status = TicketStatus.WaitingOnCustomer,
            AssigneeAgentId = 9, Priority = 2, CreatedUtcTicks = 638_000_000_000_000_010, UpdatedUtcTicks = 638_000_000_000_000_011,
            ResponseClockStartedUtcTicks = 638_000_000_000_000_012, ResponseTargetTicks = TimeSpan.FromHours(24).Ticks,
            ResponseDueUtcTicks = 638_000_000_000_000_013, ResponseStoppedUtcTicks = 638_000_000_000_000_014, AwaitingResponse = true, Version = 3,
        };
        var message = new TicketMessage
        {
            Id = 11, TicketId = 10, AuthorKind = MessageAuthorKind.Customer, AuthorCustomerUserId = 8, AuthorAgentId = 9,
            Body = "Log attached: ünïcödé ✓", CreatedUtcTicks = 638_000_000_000_000_020, IsInternalNote = true, ViaEmail = true,
        };
        var change = new TicketStatusChange
        {
            Id = 12, TicketId = 10, FromStatus = TicketStatus.Open, ToStatus = TicketStatus.WaitingOnCustomer,
            AtUtcTicks = 638_000_000_000_000_030, ByAgentId = 9,
        };
        var timeEntry = new TimeEntry
        {
            Id = 13, TicketId = 10, CustomerId = 7, AgentId = 9, WorkDate = new DateOnly(2026, 3, 29), Minutes = 95,
            Note = "Bench reproduction", Billable = false, CreatedUtcTicks = 638_000_000_000_000_040,
        };
        var order = new Order { Id = 14, CustomerId = 7, ExternalOrderId = "SO-2026-00001", OrderedUtcTicks = 638_000_000_000_000_050, AmountCents = -1_234_56 };
        var assignment = new TierAssignment
        {
            Id = 15, CustomerId = 7, Year = 2026, Quarter = 4, TurnoverCents = 12_345_678_90, Tier = Tier.Gold,
            PreviousTier = Tier.Platinum, Reason = TierAssignmentReason.Subscription, CreatedUtcTicks = 638_000_000_000_000_060,
        };
        var outbox = new OutboxMessage
        {
            Id = 16, To = "anna@nordlicht.example", Subject = "SLA at risk", HtmlBody = "<p>Hi</p>", TextBody = "Hi",
            CreatedUtcTicks = 638_000_000_000_000_070, Status = OutboxStatus.Failed, Attempts = 4, NextAttemptUtcTicks = 638_000_000_000_000_071,
            LastError = "SMTP 451", SentUtcTicks = 638_000_000_000_000_072, DeduplicationKey = "sla-at-risk:ticket-10",
            TicketId = 10, IsAutomatic = true, ReplyTo = "support@demo.local",
        };
        var audit = new AuditEntry
        {
            Id = 17, AtUtcTicks = 638_000_000_000_000_080, Actor = "manager@demo.local", Action = "TierChanged", EntityType = "Customer",
            EntityId = "7", OldValue = "Gold", NewValue = "Platinum", Reason = "Manual override",
        };
        var run = new TierRecalculationRun
        {
            Year = 2026, Quarter = 2, Trigger = TierRunTrigger.Manual, StartedUtcTicks = 638_000_000_000_000_070, FinishedUtcTicks = 638_000_000_000_000_080,
            Assigned = 40, AlreadyAssigned = 2, Up = 3, Down = 4, Unchanged = 30, First = 3, EmailsWritten = 45, Error = "disk full",
        };
        var purchase = new HourPurchase
        {
            Id = 18, CustomerId = 7, Year = 2026, Month = 11, Minutes = 120, PriceCents = 150_00, PurchasedBy = "anna@nordlicht.example",
            PurchasedUtcTicks = 638_000_000_000_000_090,
        };
        var view = new SavedBoardView
        {
            Id = 19, AgentId = 9, Name = "Gold, at risk — Müller", Query = "tier=gold&state=at-risk&q=M%C3%BCller", CreatedUtcTicks = 638_000_000_000_000_100,
        };
        var sha = new string('a', 64);
        object[] conversations =
        [
            new TicketAttachment { Id = 20, TicketMessageId = 11, FileName = "trace ü.log", ContentType = "application/zip", SizeBytes = 123_456, Sha256 = sha, CreatedUtcTicks = 638_000_000_000_000_110 },
            new OutboxAttachment { Id = 21, OutboxMessageId = 16, FileName = "trace ü.log", ContentType = "application/zip", Sha256 = sha, SizeBytes = 123_456 },
            new MailOptOut { Id = 22, RecipientKind = MailRecipientKind.Agent, RecipientId = 9, Category = MailCategory.NewUnassignedTickets },
            new InboundMail
            {
                Id = 23, MessageId = "CAF=abc@mail.example", FromAddress = "anna@nordlicht.example", FromName = "Anna Bauer", Subject = "Re: [#10] CAN bus",
                ReceivedUtcTicks = 638_000_000_000_000_120, Source = InboundSource.Imap, Outcome = InboundOutcome.AttachedInReview, Detail = "unknown sender",
                Text = "Still broken ✓", AttachmentCount = 2, RawSha256 = sha, RawSizeBytes = 4567, TicketId = 10, CustomerUserId = 8,
                DecidedBy = "alex@demo.local", DecidedUtcTicks = 638_000_000_000_000_130,
            },
            new CalendarVersionRecord
            {
                Id = 24, EffectiveFromUtcTicks = 638_000_000_000_000_140, BasedOnId = 3, CreatedUtcTicks = 638_000_000_000_000_150,
                CreatedBy = "alex@demo.local", Definition = "{\"hours\":{\"Monday\":[\"09:00-17:00\"]},\"closures\":[{\"date\":\"2026-12-24\",\"name\":\"Heiligabend ✓\",\"closedHours\":\"13:00-24:00\"}]}",
            },
            new ResponseClockRecord
            {
                Id = 25, TicketId = 10, CustomerId = 7, TierAtStart = Tier.Gold, TargetTicks = TimeSpan.FromHours(72).Ticks, AssigneeAgentId = 9,
                RepliedByAgentId = 9, StartedUtcTicks = 638_000_000_000_000_160, StoppedUtcTicks = 638_000_000_000_000_170,
                DueUtcTicks = 638_000_000_000_000_180, BusinessTicks = 638_000_000_001, IsBreached = true, IsFirstResponse = true,
                StopReason = SlaStopReason.Resolved, StoppedMonth = 202_611,
            },
            new EscalationNotice
            {
                Id = 26, TicketId = 10, ClockStartedUtcTicks = 638_000_000_000_000_190, Threshold = EscalationThreshold.Breached,
                DueUtcTicks = 638_000_000_000_000_200, ProcessedUtcTicks = 638_000_000_000_000_210, AssigneeAgentId = 9, Outcome = EscalationOutcome.Superseded,
            },
            new EscalationMail
            {
                Id = 27, EscalationId = 26, RecipientAgentId = 9, Category = (int)MailCategory.SlaTeamEscalations, SendAfterUtcTicks = 638_000_000_000_000_220,
                Status = EscalationMailStatus.Withdrawn, OutboxMessageId = 16,
            },
            new DataProtectionKey { Id = 28, FriendlyName = "key-0f1e", Xml = "<key id=\"0f1e\" version=\"1\"><creationDate>2026-12-04T11:00:00Z</creationDate></key>" },
            new AgentWorkingHours { AgentId = 9, HoursJson = "{\"Monday\":[\"08:00-16:30\"]}", UpdatedUtcTicks = 638_000_000_000_000_230 },
            new AgentNotificationRecord
            {
                Id = 29, AgentId = 9, TicketId = 10, Text = "Ticket #10 was assigned to you by Morgan ✓", AtUtcTicks = 638_000_000_000_000_240, IsRead = true,
            },
        ];
        return new SampleGraph(userAccount, agentAccount, customer, user, agent, ticket, message, change, timeEntry, order, assignment, outbox, audit, run, purchase, view, conversations);
    }

    private static ApplicationUser Account(string id, string email, string displayName) => new()
    {
        Id = id, DisplayName = displayName, UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
        NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true, PasswordHash = $"hash-of-{id}", SecurityStamp = $"stamp-{id}",
        ConcurrencyStamp = $"concurrency-{id}", PhoneNumber = "+49 30 1234567", PhoneNumberConfirmed = true, TwoFactorEnabled = true,
        LockoutEnd = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero), // Identity writes UTC (all timestamptz takes)
        LockoutEnabled = true, AccessFailedCount = 3,
    };
}
