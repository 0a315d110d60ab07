using System.Globalization;
using System.Threading.RateLimiting;
using FluentValidation;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.AspNetCore.RateLimiting;

namespace HelpdeskDashboard.Features.Accounts;

/// <summary>The "RateLimits" section: requests per client address and minute.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in form posts; a person retyping a password stays far below, a password-guessing script does not.</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Calls to /api/* (tickets, orders).</summary>
    public int ApiPerMinute { get; set; } = 120;
}

public sealed class RateLimitOptionsValidator : AbstractValidator<RateLimitOptions>
{
    public RateLimitOptionsValidator()
    {
        RuleFor(o => o.SignInPerMinute).InclusiveBetween(1, 1_000_000).WithMessage("must be between 1 and 1000000");
        RuleFor(o => o.ApiPerMinute).InclusiveBetween(1, 1_000_000).WithMessage("must be between 1 and 1000000");
    }
}

/// <summary>
/// ASP.NET Core's rate limiter per client address (behind a proxy: the forwarded address, see docs/operations.md) on
/// sign-in posts and the API; over the limit the answer is 429 with Retry-After, before sign-in or key checks run.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddHelpdeskRateLimits(this IServiceCollection services)
    {
        services.AddValidatedOptions<RateLimitOptions, RateLimitOptionsValidator>(RateLimitOptions.SectionName);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits.Value));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions limits)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method) && request.Path.Equals(AccountPaths.Login, StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute("sign-in:" + address, limits.SignInPerMinute);
        }

        return ApiRequests.IsApi(request) ? PerMinute("api:" + address, limits.ApiPerMinute) : RateLimitPartition.GetNoLimiter("none");
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? (int)Math.Ceiling(retryAfter.TotalSeconds)
            : 60;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        ApiRequests.KeepStatusCodeBare(rejected.HttpContext);
        var message = $"Too many requests from your address; try again in {seconds} seconds.";
        if (ApiRequests.IsApi(rejected.HttpContext.Request))
        {
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: message).ExecuteAsync(rejected.HttpContext);
            return;
        }

        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(message, cancellationToken);
    }
}
