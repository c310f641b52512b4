namespace GridActors.Incidents;

/// <summary>What a time limit times: acceptance (签收), handling up to the result (处置), on-site
/// verification (核查), or the whole case from filing to closing (结案).</summary>
public enum Stage { Accept, Handle, Verify, Case }
