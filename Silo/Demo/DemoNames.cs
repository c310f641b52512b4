using GridActors.Territory;
using GridActors.Workers;

namespace GridActors.Silo.Demo;

/// <summary>Plausible, invented Chinese names for demo areas, grids and workers.</summary>
internal static class DemoNames
{
    private const string TownFirst = "湖牛洛遥横雪前礼嘉湟南西东北新永丰太";
    private const string TownSecond = "塘阳观林堰黄泽里夏安宁康平桥";
    private const string VillageFirst = "东西南北前后大小新上下中";
    private const string VillageSecond = "庄桥塘港浜巷湾墩圩宅埠岸";
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗钱蒋沈";
    private const string GivenNames = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国红梅";

    /// <summary>Distinct two-character place names in a seeded order; numbered once the combinations run out.</summary>
    public static IReadOnlyList<string> Places(string first, string second, int count, Random random)
    {
        var all = first.SelectMany(a => second.Select(b => $"{a}{b}")).ToArray();
        random.Shuffle(all);
        return [.. Enumerable.Range(0, count).Select(i => i < all.Length ? all[i] : $"{all[i % all.Length]}{i / all.Length + 1}")];
    }

    /// <summary>Towns, with every fourth a subdistrict (街道), which is urban and so has communities, not villages.</summary>
    public static IReadOnlyList<string> Towns(int count, Random random) =>
        [.. Places(TownFirst, TownSecond, count, random).Select((name, i) => name + (i % 4 == 3 ? "街道" : "镇"))];

    /// <summary>Villages of a town: all communities (社区) in a subdistrict, one in five in a town.</summary>
    public static IReadOnlyList<string> Villages(string town, int count, Random random) =>
        [.. Places(VillageFirst, VillageSecond, count, random).Select(name => name + (town.EndsWith("街道") || random.Next(5) == 0 ? "社区" : "村"))];

    public static string Grid(string village, int number, GridType type) => $"{village}第{number}网格" + type switch
    {
        GridType.Enterprise => "（企业专属）",
        GridType.School => "（学校专属）",
        GridType.Hospital => "（医院专属）",
        GridType.Park => "（园区专属）",
        GridType.Market => "（市场专属）",
        _ => "",
    };

    public static string Person(Random random) =>
        $"{Surnames[random.Next(Surnames.Length)]}{string.Concat(Enumerable.Range(0, random.Next(1, 3)).Select(_ => GivenNames[random.Next(GivenNames.Length)]))}";

    /// <summary>Mostly community grids; an exclusive grid (专属网格) now and then.</summary>
    public static GridType AnyGridType(Random random) => random.Next(100) switch
    {
        < 80 => GridType.Community,
        < 88 => GridType.Enterprise,
        < 92 => GridType.School,
        < 95 => GridType.Park,
        < 98 => GridType.Market,
        _ => GridType.Hospital,
    };

    /// <summary>A full-time worker for a community grid or an exclusive one for an exclusive grid, and up to two volunteers.</summary>
    public static IEnumerable<WorkerKind> Crew(GridType type, Random random) =>
        [type == GridType.Community ? WorkerKind.FullTime : WorkerKind.Exclusive, .. Enumerable.Repeat(WorkerKind.Volunteer, random.Next(3))];
}
