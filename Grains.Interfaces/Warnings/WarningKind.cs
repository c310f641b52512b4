namespace GridActors.Warnings;

/// <summary>What an early warning (预警) is about.</summary>
public enum WarningKind
{
    /// <summary>类别激增: a category's reports in a town well above that town's own history.</summary>
    Surge,
    /// <summary>重复发生点: three or more cases close together within a month.</summary>
    RepeatSpot,
    /// <summary>超期聚集: several overdue cases in one village.</summary>
    OverdueCluster,
    /// <summary>流转占比偏离: the share flowing to town and district level far from its target.</summary>
    ShareDrift,
    /// <summary>规范达标率偏低: grid operation compliance under its threshold.</summary>
    Compliance,
}
