using System.Text;
using GridActors.Access;
using GridActors.Gateway.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace GridActors.Gateway.Auth;

public static class AuthHosting
{
    private const string Either = "JwtOrApiKey";

    /// <summary>JWT bearer for people, API keys for systems; every endpoint and hub needs one of them.</summary>
    public static WebApplicationBuilder AddGridActorsAuth(this WebApplicationBuilder builder)
    {
        var settings = AuthSettings.FromConfiguration(builder.Configuration, ClusterHosting.IsEmbedded(builder.Configuration));
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<TokenIssuer>();
        builder.Services.AddSingleton<AccountGate>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        builder.Services
            .AddAuthentication(Either)
            .AddPolicyScheme(Either, "JWT or API key", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.ContainsKey(ApiKeyHandler.Header) ? ApiKeyHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = settings.Issuer,
                    ValidAudience = settings.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(settings.SigningKey!)),
                    NameClaimType = Claims.Subject,
                    RoleClaimType = Claims.Role,
                };
                // Browsers cannot set headers on WebSockets: hubs take the token from the query string.
                o.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                            context.Token = token;
                        // The dashboard's own script cannot send a header: its pages take the cookie a platform admin was given.
                        else if (context.Request.Path.StartsWithSegments(Observability.DashboardSession.Path)
                            && context.Request.Cookies[Observability.DashboardSession.Cookie] is { Length: > 0 } cookie)
                            context.Token = cookie;
                        return Task.CompletedTask;
                    },
                    OnTokenValidated = async context =>
                    {
                        if (context.Principal?.FindFirst(Claims.Subject)?.Value == Actor.SystemId)
                            context.Fail("the subject 'system' is the platform's own");
                        else if (!await context.HttpContext.RequestServices.GetRequiredService<AccountGate>().Holds(context.Principal!))
                            context.Fail("the token's account is disabled, deleted or changed since");
                    },
                };
            });
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(Policies.PlatformAdmin, p => p.RequireRole(nameof(Role.PlatformAdmin)))
            .AddPolicy(Policies.AccountAdmins, p => p.RequireRole(nameof(Role.Admin), nameof(Role.PlatformAdmin)))
            .AddPolicy(Policies.EventReaders, p => p.RequireAssertion(c =>
                c.User.IsInRole(nameof(Role.Admin)) || c.User.HasClaim(Claims.Grant, ApiKeyGrants.Events)))
            .AddPolicy(Policies.MetricsReaders, p => p.RequireAssertion(c =>
                c.User.IsInRole(nameof(Role.PlatformAdmin)) || c.User.HasClaim(Claims.Grant, ApiKeyGrants.Metrics)))
            .AddPolicy(Policies.Worker, p => p.RequireRole(nameof(Role.Worker)))
            .AddPolicy(Policies.People, p => p.RequireRole(nameof(Role.Operator), nameof(Role.Supervisor), nameof(Role.Worker), nameof(Role.Department), nameof(Role.Admin)));
        return builder;
    }
}

public static class Policies
{
    public const string Admin = "admin";
    /// <summary>What every district shares: the category catalogue and the working calendar.</summary>
    public const string PlatformAdmin = "platform-admin";
    public const string Worker = "worker";
    /// <summary>The log's feed: admins, and API keys granted it (platform admins read no cases).</summary>
    public const string EventReaders = "event-readers";
    /// <summary>The Prometheus scrape: platform admins, and API keys granted it (a scraper is a system, not a person).</summary>
    public const string MetricsReaders = "metrics-readers";
    /// <summary>Who manages accounts: admins within their area, platform admins the admins.</summary>
    public const string AccountAdmins = "account-admins";
    /// <summary>Any person's token, no external system.</summary>
    public const string People = "people";
}

/// <summary>SignalR's user id is the token's subject, so a worker's app is reached by worker id.</summary>
public sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.FindFirst(Claims.Subject)?.Value;
}
