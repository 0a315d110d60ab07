using HelpdeskDashboard.Data;
using HelpdeskDashboard.Platform.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HelpdeskDashboard.Features.Accounts;

public static class AccountServiceCollectionExtensions
{
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>
    /// ASP.NET Core Identity on the helpdesk database with cookie sign-in, the role policies, the current-user
    /// service, the query gate, the sign-in guard for inactive agents and what the start-up step
    /// <see cref="AccountBootstrapper"/> needs (roles, first manager, manager flags).
    /// </summary>
    public static IServiceCollection AddHelpdeskIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddAuthorizationBuilder().AddHelpdeskPolicies();

        // One key ring in the database for every instance: a cookie or antiforgery token made by one is valid on all.
        services.AddDataProtection().SetApplicationName("HelpdeskDashboard").PersistKeysToDbContext<HelpdeskDbContext>();

        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
                PasswordRules.Apply(options.Password);
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
            })
            .AddEntityFrameworkStores<HelpdeskDbContext>()
            .AddClaimsPrincipalFactory<HelpdeskClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "Helpdesk.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = AccountPaths.Login;
            options.LogoutPath = AccountPaths.Logout;
            options.AccessDeniedPath = AccountPaths.AccessDenied;
            options.Events.OnRedirectToLogin = context => RedirectUnlessApi(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectUnlessApi(context, StatusCodes.Status403Forbidden);
            // The login page decides where a sign-in leads (SignInDestination); the handler's own redirect to the raw
            // ReturnUrl query value would put a non-ASCII character into the Location header (500 on Kestrel).
            options.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
        });

        // Every request checks the cookie's security stamp (one indexed read), so signing out or deactivation ends a
        // session at once instead of within Identity's default 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        services.AddValidatedOptions<BootstrapOptions, BootstrapOptionsValidator>(BootstrapOptions.SectionName);
        services.AddHelpdeskRateLimits();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddScoped<ScopedQueries>();
        services.AddScoped<AccountProvisioner>();
        services.AddScoped<ManagerFlagSync>();
        // Inactive agents cannot sign in: replaces the sign-in manager AddIdentity registered.
        services.AddScoped<SignInManager<ApplicationUser>, ActiveAgentSignInManager>();
        return services;
    }

    private static Task RedirectUnlessApi(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        if (ApiRequests.IsApi(context.Request))
        {
            context.Response.StatusCode = statusCode;
            ApiRequests.KeepStatusCodeBare(context.HttpContext);
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
