namespace HelpdeskDashboard.Tests.Infrastructure;

/// <summary>Finds the cause of a failed host start, which hosting may wrap in other exceptions.</summary>
public static class StartupFailure
{
    /// <summary>The options validation that stopped start-up; fails the test with whatever happened instead.</summary>
    public static Microsoft.Extensions.Options.OptionsValidationException OptionsValidation(Exception? error) =>
        Innermost<Microsoft.Extensions.Options.OptionsValidationException>(error)
        ?? throw new Xunit.Sdk.XunitException($"Start-up did not fail on an options validation but with: {error?.ToString() ?? "nothing (it started)"}");

    public static TException? Innermost<TException>(Exception? error) where TException : Exception
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is TException match)
            {
                return match;
            }

            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (Innermost<TException>(inner) is { } found)
                    {
                        return found;
                    }
                }
            }
        }

        return null;
    }
}
