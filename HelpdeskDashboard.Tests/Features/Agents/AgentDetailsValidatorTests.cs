using HelpdeskDashboard.Features.Agents;

using HelpdeskDashboard.Features.Accounts;
namespace HelpdeskDashboard.Tests.Features.Agents;

public sealed class AgentDetailsValidatorTests
{
    public static TheoryData<string, string, string, string, string, string> Invalid => new()
    {
        { "empty name", "", "alex@demo.local", "Europe/Berlin", nameof(AgentDetails.DisplayName), "Enter the agent's name." },
        { "name one character too long", new string('a', 201), "alex@demo.local", "Europe/Berlin", nameof(AgentDetails.DisplayName), "A name can be at most 200 characters." },
        { "malformed e-mail", "Alex Agent", "alex(at)demo.local", "Europe/Berlin", nameof(AgentDetails.Email), "'alex(at)demo.local' is not a valid e-mail address (expected name@example.com)." },
        { "unknown time zone", "Alex Agent", "alex@demo.local", "Europe/Atlantis", nameof(AgentDetails.TimeZone), "'Europe/Atlantis' is not a known IANA time zone id such as Europe/Berlin." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_with_a_message_that_says_what_to_fix(string label, string name, string email, string timeZone, string property, string message)
    {
        var result = new AgentDetailsValidator().Validate(new AgentDetails { DisplayName = name, Email = email, TimeZone = timeZone });

        var error = Assert.Single(result.Errors);
        Assert.True(error.PropertyName == property, $"{label}: error on {error.PropertyName}");
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Accepts_the_demo_agent()
    {
        var result = new AgentDetailsValidator().Validate(new AgentDetails { DisplayName = "Alex Agent", Email = "agent@demo.local", TimeZone = "Europe/Berlin" });

        Assert.True(result.IsValid);
    }
}
