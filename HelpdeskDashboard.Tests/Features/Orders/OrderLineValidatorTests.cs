using HelpdeskDashboard.Features.Orders;
using Microsoft.Extensions.Time.Testing;

namespace HelpdeskDashboard.Tests.Features.Orders;

/// <summary>The amount rules of one order line; the batch and database checks are in <see cref="OrderApiTests"/>.</summary>
public sealed class OrderLineValidatorTests
{
    private static readonly OrderLineValidator Validator = new(TimeZoneInfo.Utc, TimeProvider.System, maxOrderAgeYears: 20);

    public static TheoryData<string, decimal, string> RefusedAmounts => new()
    {
        { "fraction of a cent", 12.345m, "The amount can have at most 2 decimal places." },
        { "over the maximum", 100_000_000.01m, "The amount must be within ±100000000 euros." },
        { "1e27, which overflowed the decimals check", 1_000_000_000_000_000_000_000_000_000m, "The amount must be within ±100000000 euros." },
        { "decimal.MaxValue", decimal.MaxValue, "The amount must be within ±100000000 euros." },
        { "decimal.MinValue", decimal.MinValue, "The amount must be within ±100000000 euros." },
    };

    [Theory]
    [MemberData(nameof(RefusedAmounts))]
    public void An_amount_out_of_range_is_refused_with_its_message_not_an_exception(string label, decimal amount, string message)
    {
        _ = label;
        var result = Validator.Validate(Line(amount));

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(OrderLine.Amount), message), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [InlineData(12.34)]
    [InlineData(-5.5)]
    [InlineData(100_000_000)]
    public void An_amount_in_whole_cents_within_the_maximum_is_accepted(double amount) =>
        Assert.True(Validator.Validate(Line((decimal)amount)).IsValid);

    public static TheoryData<string, string, string?> OrderDates => new()
    {
        { "now", "2026-12-03T12:00:00Z", null },
        { "20 years ago to the minute", "2006-12-03T12:00:00Z", null },
        { "a minute more than 20 years ago", "2006-12-03T11:59:00Z", "The order date is more than 20 years ago; check the date." },
        { "the year 1, what a null date becomes", "0001-01-01", "The order date is more than 20 years ago; check the date." },
        { "a minute ahead", "2026-12-03T12:01:00Z", "The order date is in the future." },
    };

    [Theory]
    [MemberData(nameof(OrderDates))]
    public void An_order_date_outside_the_last_20_years_is_refused(string label, string orderedAt, string? message)
    {
        _ = label;
        var validator = new OrderLineValidator(TimeZoneInfo.Utc, new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero)), maxOrderAgeYears: 20);

        var errors = validator.Validate(new OrderLine { ExternalOrderId = "SO-1", CustomerId = 1, OrderedAt = orderedAt, Amount = 10m }).Errors;

        Assert.Equal(message, Assert.Single(errors.Select(e => e.ErrorMessage).DefaultIfEmpty()));
    }

    private static OrderLine Line(decimal amount) => new()
    {
        ExternalOrderId = "SO-2026-00001",
        CustomerId = 1,
        OrderedAt = "2026-03-31T23:59:00Z",
        Amount = amount,
    };
}
