using HelpdeskDashboard.Features.Notifications.Email;

namespace HelpdeskDashboard.Tests.Features.Notifications.Email;

/// <summary>The recipient rule is the shared <c>ContactRules.ValidEmail</c>: one message per refused address.</summary>
public sealed class NewOutboxMessageValidatorTests
{
    private static readonly NewOutboxMessageValidator Validator = new();

    public static TheoryData<string, string, string> RefusedRecipients => new()
    {
        { "empty", "", "Enter an e-mail address." },
        { "without @", "it.nordlicht.example", "'it.nordlicht.example' is not a valid e-mail address (expected name@example.com)." },
        { "nothing after @", "anna@", "'anna@' is not a valid e-mail address (expected name@example.com)." },
        { "(at) instead of @", "alex(at)demo.local", "'alex(at)demo.local' is not a valid e-mail address (expected name@example.com)." },
        { "two @", "it@@nordlicht.example", "'it@@nordlicht.example' is not a valid e-mail address (expected name@example.com)." },
        { "no dotted domain", "it@localhost", "'it@localhost' is not a valid e-mail address (expected name@example.com)." },
        { "with a display name", "IT <it@nordlicht.example>", "'IT <it@nordlicht.example>' is not a valid e-mail address (expected name@example.com)." },
        { "with a space", "it desk@nordlicht.example", "'it desk@nordlicht.example' is not a valid e-mail address (expected name@example.com)." },
        { "over 254 characters", new string('a', 250) + "@x.de", "An e-mail address can be at most 254 characters." },
    };

    [Theory]
    [MemberData(nameof(RefusedRecipients))]
    public void A_recipient_that_is_not_a_plain_address_is_refused_with_one_message(string label, string to, string message)
    {
        var result = Validator.Validate(OutboxTestWorld.Message(1) with { To = to });

        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == nameof(NewOutboxMessage.To), $"{label}: error on {error.PropertyName}");
        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [InlineData("it@nordlicht.example")]
    [InlineData("support+helpdesk@eu.sakura-precision.example")]
    [InlineData("agent@demo.local")]
    public void A_plain_address_is_accepted(string to) =>
        Assert.True(Validator.Validate(OutboxTestWorld.Message(1) with { To = to }).IsValid);
}
