using System.Security.Cryptography;
using System.Text;
using GridActors.Access;
using GridActors.Incidents;

namespace GridActors.Gateway.Auth;

/// <summary>The section <c>GridActors:Auth</c>. Development mode (the default of the embedded
/// shape only) brings a development signing key, a development API key and the token endpoint;
/// production refuses to start with either development secret.</summary>
public sealed class AuthSettings
{
    public const string Section = "GridActors:Auth";

    /// <summary>DEVELOPMENT ONLY. Public in this repository, so refused in production.</summary>
    public const string DevelopmentSigningKey = "gridactors-development-only-signing-key-do-not-use-in-production";

    /// <summary>DEVELOPMENT ONLY: the API key of a pretend 12345 hotline covering district 320412.</summary>
    public const string DevelopmentApiKey = "dev-hotline-key";

    public bool? Development { get; set; }
    public string? SigningKey { get; set; }
    public string Issuer { get; set; } = "gridactors";
    public string Audience { get; set; } = "gridactors";
    /// <summary>The lifetime of a development token.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The lifetime of an access token from a sign-in or refresh: short, since it is checked
    /// against its account only every <see cref="AccountCheck"/>.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a gateway trusts what it last heard of an account (enabled, stamp), and how
    /// often it checks the accounts of its hub connections: a disabled account's tokens and hub
    /// connections end within twice this.</summary>
    public TimeSpan AccountCheck { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>External systems by name: the SHA-256 (hex) of their key, and the area they may report
    /// in; or a department's own system, naming its department instead of an area.</summary>
    public Dictionary<string, ApiKeySettings> ApiKeys { get; set; } = [];

    public bool IsDevelopment { get; private set; }

    /// <summary><paramref name="embedded"/>: the process runs the embedded default, whose development
    /// mode is on unless configured off.</summary>
    public static AuthSettings FromConfiguration(IConfiguration configuration, bool embedded)
    {
        var settings = configuration.GetSection(Section).Get<AuthSettings>() ?? new AuthSettings();
        settings.IsDevelopment = settings.Development ?? embedded;
        if (settings.IsDevelopment)
        {
            settings.SigningKey ??= DevelopmentSigningKey;
            if (settings.ApiKeys.Count == 0)
                settings.ApiKeys["hotline-12345"] = new ApiKeySettings { Sha256 = Hash(DevelopmentApiKey), Scope = "320412" };
        }
        settings.Validate();
        return settings;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private void Validate()
    {
        if (string.IsNullOrEmpty(SigningKey) || Encoding.UTF8.GetByteCount(SigningKey) < 32)
            throw new InvalidOperationException($"{Section}:SigningKey must be set to at least 32 bytes");
        if (AccessTokenLifetime <= TimeSpan.Zero || AccountCheck <= TimeSpan.Zero || AccountCheck > TimeSpan.FromSeconds(30))
            throw new InvalidOperationException($"{Section}:AccessTokenLifetime must be positive and AccountCheck between 0 and 30 seconds, so a disabled account ends within a minute");
        if (ApiKeys.ContainsKey(Actor.SystemId))
            throw new InvalidOperationException($"{Section}:ApiKeys:{Actor.SystemId}: that name is the platform's own id");
        foreach (var (name, key) in ApiKeys)
        {
            if (key.Grants.FirstOrDefault(g => !ApiKeyGrants.All.Contains(g)) is { } unknown)
                throw new InvalidOperationException($"{Section}:ApiKeys:{name}:Grants: no grant '{unknown}' (known: {string.Join(", ", ApiKeyGrants.All)})");
            if (key.Department is not null) ValidateDepartmentKey(name, key);
        }
        if (IsDevelopment) return;
        if (SigningKey == DevelopmentSigningKey)
            throw new InvalidOperationException($"{Section}:SigningKey is the development key; production needs its own secret");
        foreach (var (name, key) in ApiKeys)
        {
            if (key.Sha256 == Hash(DevelopmentApiKey))
                throw new InvalidOperationException($"{Section}:ApiKeys:{name} is the development key; production needs its own secret");
            if (key.Department is null && !AreaCode.IsValid(key.Scope))
                throw new InvalidOperationException($"{Section}:ApiKeys:{name}:Scope must be an area code");
        }
    }

    /// <summary>A department's key acts as that department and nothing more: no area, no grants.</summary>
    private static void ValidateDepartmentKey(string name, ApiKeySettings key)
    {
        if (!DepartmentCode.IsValid(key.Department))
            throw new InvalidOperationException($"{Section}:ApiKeys:{name}:Department: {DepartmentCode.Rule}");
        if (!string.IsNullOrEmpty(key.Scope))
            throw new InvalidOperationException($"{Section}:ApiKeys:{name}: a key names a department or an area (Scope), not both");
        if (key.Grants.Count > 0)
            throw new InvalidOperationException($"{Section}:ApiKeys:{name}:Grants: a department's key reads its cases, and takes no grants");
    }
}

public sealed class ApiKeySettings
{
    public string Sha256 { get; set; } = "";
    public string Scope { get; set; } = "";
    /// <summary>A department code: the key is that department's (role Department, scope the code).</summary>
    public string? Department { get; set; }
    /// <summary>What the key may do beyond reporting and reading its own reports (<see cref="ApiKeyGrants"/>).</summary>
    public List<string> Grants { get; set; } = [];

    /// <summary>Who a request carrying this key acts as.</summary>
    public Actor ActorFor(string name) =>
        Department is { } department ? new Actor(name, Role.Department, department) : new Actor(name, Role.External, Scope);
}

/// <summary>The grants an API key may be given in <c>GridActors:Auth:ApiKeys:{name}:Grants</c>.</summary>
public static class ApiKeyGrants
{
    /// <summary><c>GET /api/v1/events</c>: the log's events of the cases within the key's scope.</summary>
    public const string Events = "events";

    /// <summary><c>GET /metrics</c>: the Prometheus scrape of the gateway's (and a co-hosted silo's) metrics.</summary>
    public const string Metrics = "metrics";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Events, Metrics };
}
