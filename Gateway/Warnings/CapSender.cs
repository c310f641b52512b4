namespace GridActors.Gateway.Warnings;

/// <summary>The CAP <c>sender</c> of the platform's alerts (<c>GridActors:Warnings:Sender</c>): CAP 1.2
/// allows no spaces, commas, &lt; or &amp; in it; a value with one stops the start.</summary>
public sealed record CapSender(string Name)
{
    public const string Setting = "GridActors:Warnings:Sender";

    public static CapSender FromConfiguration(IConfiguration configuration)
    {
        var name = configuration[Setting] is { Length: > 0 } set ? set : "gridactors";
        return name.Any(c => c is ' ' or ',' or '<' or '&' || char.IsControl(c))
            ? throw new InvalidOperationException($"{Setting} must have no spaces, commas, < or & (CAP 1.2)")
            : new CapSender(name);
    }
}
