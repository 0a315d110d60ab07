using System.Globalization;

namespace HelpdeskDashboard.Platform;

/// <summary>
/// An amount of euros held as whole cents, so sums never pick up binary or rounding drift.
/// Formats as "€1,234.50" (invariant culture) everywhere in the app.
/// </summary>
public readonly record struct Money(long Cents) : IComparable<Money>
{
    public const string Currency = "EUR";

    public static Money Zero => default;

    public bool IsZero => Cents == 0;

    /// <summary>
    /// True when <paramref name="euros"/> is a whole number of cents ("19.9", "19.900"): the one "at most two decimals"
    /// rule. Rounding, unlike multiplying by 100, cannot overflow, so any decimal gets an answer.
    /// </summary>
    public static bool HasAtMostTwoDecimals(decimal euros) => decimal.Round(euros, 2) == euros;

    /// <summary>Converts a configured euro amount; fails instead of rounding when it has more than two decimals.</summary>
    public static Money FromEuros(decimal euros)
    {
        if (!HasAtMostTwoDecimals(euros))
        {
            throw new ArgumentException($"{euros.ToString(CultureInfo.InvariantCulture)} has more than two decimal places.", nameof(euros));
        }

        // euros * 100 and decimal -> long throw OverflowException for amounts no helpdesk price reaches.
        return new Money((long)(euros * 100m));
    }

    public decimal Euros => Cents / 100m;

    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));

    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));

    public static Money operator *(Money amount, int factor) => new(checked(amount.Cents * factor));

    public static bool operator <(Money left, Money right) => left.Cents < right.Cents;

    public static bool operator >(Money left, Money right) => left.Cents > right.Cents;

    public static bool operator <=(Money left, Money right) => left.Cents <= right.Cents;

    public static bool operator >=(Money left, Money right) => left.Cents >= right.Cents;

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    public override string ToString()
    {
        var magnitude = (Math.Abs((decimal)Cents) / 100m).ToString("N2", CultureInfo.InvariantCulture);
        return Cents < 0 ? $"-€{magnitude}" : $"€{magnitude}";
    }
}
