namespace GridActors.Access;

/// <summary>What a person or system is allowed to do, before area scope narrows it.</summary>
public enum Role
{
    /// <summary>Command-centre operator (指挥中心操作员): files, dispatches, closes.</summary>
    Operator,
    /// <summary>Supervisor (督办/审批): approves extensions and deferrals, issues supervision notices.</summary>
    Supervisor,
    /// <summary>Grid worker (网格员): reports, handles what is dispatched to it, verifies on site.</summary>
    Worker,
    /// <summary>A functional department (职能部门) such as police or urban management.</summary>
    Department,
    /// <summary>Sets up the territory and the people in it.</summary>
    Admin,
    /// <summary>An external system (12345 hotline, police or urban-management platform).</summary>
    External,
    /// <summary>Platform admin (平台管理员): changes what every district shares, the category catalogue
    /// and the working calendar, and nothing else. Last, so stored roles keep their numbers.</summary>
    PlatformAdmin,
}
