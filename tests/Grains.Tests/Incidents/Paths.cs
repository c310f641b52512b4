using GridActors.Incidents;

namespace GridActors.Tests.Incidents;

/// <summary>The shortest way to bring a case to each state, and one command of each kind with an
/// actor who may give it when the state allows.</summary>
public static class Paths
{
    public static CaseScript To(IncidentStatus status)
    {
        var s = new CaseScript().Do(CaseScript.AReport(), People.Reporter);
        void Then(IncidentStatus step) => Step(s, step);
        IncidentStatus[] path = status switch
        {
            IncidentStatus.Reported => [],
            IncidentStatus.Filed => [IncidentStatus.Filed],
            IncidentStatus.Rejected => [IncidentStatus.Rejected],
            IncidentStatus.Dispatched => [IncidentStatus.Filed, IncidentStatus.Dispatched],
            IncidentStatus.Accepted => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted],
            IncidentStatus.Returned => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Returned],
            IncidentStatus.Resolved => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.Resolved],
            IncidentStatus.Reworked => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.Resolved, IncidentStatus.Reworked],
            IncidentStatus.Verified => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.Resolved, IncidentStatus.Verified],
            IncidentStatus.Closed => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.Resolved, IncidentStatus.Verified, IncidentStatus.Closed],
            IncidentStatus.Evaluated => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.Resolved, IncidentStatus.Verified, IncidentStatus.Closed, IncidentStatus.Evaluated],
            IncidentStatus.Deferred => [IncidentStatus.Filed, IncidentStatus.Dispatched, IncidentStatus.Accepted, IncidentStatus.Deferred],
            IncidentStatus.Merged => [IncidentStatus.Merged],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        foreach (var step in path) Then(step);
        Assert.Equal(status, s.State.Status);
        return s;
    }

    private static void Step(CaseScript s, IncidentStatus to)
    {
        var (command, actor) = to switch
        {
            IncidentStatus.Filed => Command("file"),
            IncidentStatus.Rejected => Command("reject"),
            IncidentStatus.Dispatched => Command("dispatch"),
            IncidentStatus.Accepted => Command("accept"),
            IncidentStatus.Returned => Command("return"),
            IncidentStatus.Resolved => Command("resolve"),
            IncidentStatus.Reworked => Command("rework"),
            IncidentStatus.Verified => Command("verify"),
            IncidentStatus.Closed => Command("close"),
            IncidentStatus.Evaluated => Command("evaluate"),
            IncidentStatus.Deferred => Command("defer"),
            IncidentStatus.Merged => Command("merge"),
            _ => throw new ArgumentOutOfRangeException(nameof(to)),
        };
        s.Do(command, actor);
    }

    public static readonly string[] CommandNames =
        ["file", "reject", "dispatch", "accept", "return", "resolve", "verify", "rework", "close",
         "evaluate", "escalate", "extend", "defer", "resume", "supervise", "reoffer", "merge", "add reporters to", "attach a photo to"];

    public static (IncidentCommand Command, GridActors.Access.Actor Actor) Command(string name) => name switch
    {
        "file" => (new FileCase("valid"), People.Operator),
        "reject" => (new Reject("duplicate of case-0"), People.Operator),
        "dispatch" => (new Dispatch(HandlingLevel.Grid, People.Handler.Id, null), People.Operator),
        "accept" => (new Accept(), People.Handler),
        "return" => (new Return("not ours: a private courtyard"), People.Handler),
        "resolve" => (new Resolve("Cleared", ["https://photos.example/1.jpg"]), People.Handler),
        "verify" => (new Verify("Checked on site"), People.Reporter),
        "rework" => (new Rework("Still one bag left"), People.Reporter),
        "close" => (new Close(null), People.Operator),
        "evaluate" => (new Evaluate(5, "Quick"), People.Operator),
        "escalate" => (new Escalate(HandlingLevel.Town, People.Town, "needs the town's enforcement team"), People.Operator),
        "extend" => (new Extend(CaseScript.Start.AddDays(30), "waiting for a contractor"), People.Supervisor),
        "defer" => (new Defer("owner abroad until next week"), People.Supervisor),
        "resume" => (new Resume(null), People.Operator),
        "supervise" => (new Supervise("Handle today"), People.Supervisor),
        "reoffer" => (new Reoffer(People.OtherWorker.Id, "timeout: accept limit passed"), People.Operator),
        "merge" => (new Merge("case-0"), People.Operator),
        "add reporters to" => (new AddReporters("case-0", [People.Hotline]), People.Operator),
        "attach a photo to" => (new Attach(new GridActors.Attachments.AttachmentRef(new string('a', 64), "image/jpeg", 3)), People.Operator),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
