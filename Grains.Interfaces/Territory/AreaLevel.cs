namespace GridActors.Territory;

/// <summary>The four levels of the territory (区、镇、村、网格四级).</summary>
public enum AreaLevel
{
    /// <summary>District (区), 6-digit code such as 320412.</summary>
    District,
    /// <summary>Town, subdistrict or development zone (镇/街道/开发区), 9 digits.</summary>
    Town,
    /// <summary>Village or community (村/社区), 12 digits.</summary>
    Village,
    /// <summary>Grid (网格): its village's code, a dash and its own number, e.g. 320412101001-03.</summary>
    Grid,
}
