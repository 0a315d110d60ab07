using System.Globalization;
using FluentValidation;

namespace HelpdeskDashboard.Features.Tickets.Keyboard;

/// <summary>What someone types to jump to a ticket: "42" or "#42".</summary>
public sealed class TicketNumberInput
{
    public string? Text { get; set; }

    /// <summary>The ticket id typed, or null when the text is not one.</summary>
    public int? Id => Parse(Text);

    public static int? Parse(string? text)
    {
        var digits = (text ?? "").Trim().TrimStart('#').Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
    }
}

public sealed class TicketNumberInputValidator : AbstractValidator<TicketNumberInput>
{
    public TicketNumberInputValidator() =>
        RuleFor(input => input.Text)
            .Must(text => TicketNumberInput.Parse(text) is not null)
            .WithMessage("Enter a ticket number, like 42 or #42.");
}
