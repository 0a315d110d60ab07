using FluentValidation;
using Npgsql;

namespace HelpdeskDashboard.Data;

public sealed class DatabaseOptionsValidator : AbstractValidator<DatabaseOptions>
{
    public DatabaseOptionsValidator()
    {
        RuleFor(o => o.Provider)
            .Must(p => Enum.TryParse<DatabaseProvider>(p, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(p, out _))
            .WithMessage("'{PropertyValue}' is not a database provider; use Sqlite (the embedded default) or PostgreSQL");

        When(o => string.Equals(o.Provider, nameof(DatabaseProvider.PostgreSQL), StringComparison.OrdinalIgnoreCase), () =>
            RuleFor(o => o.ConnectionString)
                .Must(BeAPostgreSqlConnectionString)
                .OverridePropertyName("ConnectionStrings:" + HelpdeskConnectionString.Name)
                .WithMessage("must be a PostgreSQL connection string naming Host and Database (e.g. \"Host=db;Database=helpdesk;Username=helpdesk;Password=…\") when Database:Provider is PostgreSQL"));
    }

    private static bool BeAPostgreSqlConnectionString(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            return !string.IsNullOrWhiteSpace(builder.Host) && !string.IsNullOrWhiteSpace(builder.Database);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
