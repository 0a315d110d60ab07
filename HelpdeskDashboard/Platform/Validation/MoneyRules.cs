using FluentValidation;

namespace HelpdeskDashboard.Platform.Validation;

/// <summary>Validation rules for euro amounts, shared by configuration and input validators.</summary>
public static class MoneyRules
{
    /// <summary>
    /// A whole number of cents (<see cref="Money.HasAtMostTwoDecimals"/>); null passes, so pair it with NotNull where the
    /// amount is required. The default message suits configuration keys; input validators give their own sentence.
    /// </summary>
    public static IRuleBuilderOptions<T, decimal?> AtMostTwoDecimals<T>(this IRuleBuilder<T, decimal?> amount) =>
        amount.Must(value => value is null || Money.HasAtMostTwoDecimals(value.Value)).WithMessage("must have at most 2 decimal places");
}
