using FluentValidation;
using Npgsql;

namespace HelpdeskDashboard.Hosting.Commands;

/// <summary>The target of <c>--copy-to-postgresql</c>: the connection string as typed.</summary>
public sealed record CopyTarget(string? ConnectionString);

/// <summary>The target must be an Npgsql connection string naming Host and Database, checked before anything is opened.</summary>
public sealed class CopyTargetValidator : AbstractValidator<CopyTarget>
{
    public CopyTargetValidator()
    {
        RuleFor(t => t.ConnectionString)
            .Cascade(CascadeMode.Stop) // the later rules parse the string the earlier ones vouched for
            .NotEmpty()
            .WithMessage("Give the target's connection string after the switch.")
            .Must(BeReadable)
            .WithMessage(t => $"The target's connection string cannot be read: {ReadError(t.ConnectionString)}.")
            .Must(NameHostAndDatabase)
            .WithMessage("The target's connection string must name Host and Database.");
    }

    private static bool BeReadable(string? value) => ReadError(value) is null;

    private static bool NameHostAndDatabase(string? value)
    {
        var builder = new NpgsqlConnectionStringBuilder(value);
        return !string.IsNullOrWhiteSpace(builder.Host) && !string.IsNullOrWhiteSpace(builder.Database);
    }

    // Npgsql reports an unknown keyword or an unparsable value as an ArgumentException (FormatException for numbers).
    private static string? ReadError(string? value)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
            return null;
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException)
        {
            return error.Message.TrimEnd('.');
        }
    }
}
