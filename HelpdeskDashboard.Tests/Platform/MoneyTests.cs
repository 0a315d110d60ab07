using HelpdeskDashboard.Platform;

namespace HelpdeskDashboard.Tests.Platform;

public sealed class MoneyTests
{
    public static TheoryData<string, decimal, long> EuroAmounts => new()
    {
        { "whole euros", 75m, 7_500 },
        { "euros and cents", 12.34m, 1_234 },
        { "one decimal", 0.5m, 50 },
        { "zero", 0m, 0 },
        { "trailing zeros beyond cents", 19.900m, 1_990 },
        { "negative credit", -5.25m, -525 },
    };

    [Theory]
    [MemberData(nameof(EuroAmounts))]
    public void Euro_amount_becomes_whole_cents(string label, decimal euros, long expectedCents)
    {
        _ = label;
        Assert.Equal(expectedCents, Money.FromEuros(euros).Cents);
    }

    [Fact]
    public void Euro_amount_with_fractions_of_a_cent_is_refused_rather_than_rounded()
    {
        var error = Assert.Throws<ArgumentException>(() => Money.FromEuros(0.125m));
        Assert.Contains("more than two decimal places", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, decimal, bool> DecimalPlaces => new()
    {
        { "whole euros", 75m, true },
        { "one decimal", 0.5m, true },
        { "two decimals", 12.34m, true },
        { "trailing zeros beyond cents", 19.900m, true },
        { "negative cents", -0.01m, true },
        { "fraction of a cent", 0.125m, false },
        { "half a cent that rounds to even", 0.005m, false },
        { "smallest decimal", 0.0000000000000000000000000001m, false },
        { "1e27 (times 100 overflows)", 1_000_000_000_000_000_000_000_000_000m, true },
        { "decimal.MaxValue", decimal.MaxValue, true },
        { "decimal.MinValue", decimal.MinValue, true },
    };

    [Theory]
    [MemberData(nameof(DecimalPlaces))]
    public void At_most_two_decimals_answers_for_every_decimal_without_overflowing(string label, decimal euros, bool expected)
    {
        _ = label;
        Assert.Equal(expected, Money.HasAtMostTwoDecimals(euros));
    }

    [Fact]
    public void Euro_amount_beyond_whole_cents_in_a_long_overflows_rather_than_wrapping()
    {
        Assert.Throws<OverflowException>(() => Money.FromEuros(1_000_000_000_000_000_000_000_000_000m));
        Assert.Throws<OverflowException>(() => Money.FromEuros(decimal.MaxValue));
    }

    public static TheoryData<string, long, string> Formats => new()
    {
        { "whole euros", 7_500, "€75.00" },
        { "cents padded to two digits", 1_205, "€12.05" },
        { "thousands grouped with commas", 500_000, "€5,000.00" },
        { "zero", 0, "€0.00" },
        { "negative amount puts the sign before the euro", -525, "-€5.25" },
        { "a single cent", 1, "€0.01" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Money_formats_as_euros_with_two_decimals(string label, long cents, string expected)
    {
        _ = label;
        Assert.Equal(expected, new Money(cents).ToString());
    }

    [Fact]
    public void Formatting_ignores_the_current_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("€1,234.50", new Money(123_450).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Arithmetic_works_on_cents()
    {
        var rate = Money.FromEuros(75m);

        Assert.Equal(Money.FromEuros(225m), rate * 3);
        Assert.Equal(Money.FromEuros(75.10m), rate + new Money(10));
        Assert.Equal(Money.FromEuros(74.99m), rate - new Money(1));
        Assert.True(rate > Money.Zero);
        Assert.True(Money.Zero.IsZero);
        Assert.Equal(75m, rate.Euros);
    }

    [Fact]
    public void Overflowing_sum_throws_instead_of_wrapping_around()
    {
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue) + new Money(1));
    }
}
