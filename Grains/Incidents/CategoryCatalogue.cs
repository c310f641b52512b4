namespace GridActors.Incidents;

/// <summary>The categories a report may name. Limits here are natural hours for the whole case.</summary>
public sealed class CategoryCatalogue(IEnumerable<Category> categories)
{
    private readonly Dictionary<string, Category> byCode = categories.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<Category> All => byCode.Values;

    public Category? Find(string? code) => code is not null && byCode.TryGetValue(code, out var c) ? c : null;

    /// <summary>The categories DOMAIN.md names, with limits from the local tables it quotes.</summary>
    public static CategoryCatalogue Default { get; } = new(
    [
        new("environment.rubbish", "暴露垃圾", "Exposed rubbish", HandlingLevel.Grid, H(4), H(2), H(1)),
        new("environment.road-cleaning", "道路保洁", "Road cleaning", HandlingLevel.Grid, H(2), H(1), H(1)),
        new("facilities.damaged", "公共设施损坏", "Damaged public facility", HandlingLevel.Village, H(48), H(24), H(8)),
        new("order.street-vending", "占道经营", "Street vending", HandlingLevel.Village, H(24), H(8), H(4)),
        new("construction.illegal", "违法建设", "Illegal construction", HandlingLevel.Town, H(480), H(96), H(4)),
        new("safety.hazard", "安全隐患", "Safety hazard", HandlingLevel.Town, H(72), H(24), H(4)),
        new("dispute.neighbour", "邻里纠纷", "Neighbour dispute", HandlingLevel.Village, H(72), H(24), H(8)),
        new("key-person.matter", "重点人员事项", "Key-person matter", HandlingLevel.Town, H(24), H(8), H(2)),
        new("vulnerable.service", "困难群体服务", "Service to vulnerable people", HandlingLevel.Village, H(72), H(24), H(8)),
        new("hotline.request", "12345 诉求", "12345 hotline request", HandlingLevel.Town, H(120), H(48), H(24)),
    ]);

    private static TimeSpan H(int hours) => TimeSpan.FromHours(hours);
}
