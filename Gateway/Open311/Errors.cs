namespace GridActors.Gateway.Open311;

/// <summary>Open311's own error list (never problem details on these routes): the HTTP status, and
/// one <c>error</c> per fault with the status as its code and a description naming the field.</summary>
public static class Errors
{
    public static Answer Of(Format format, int status, params IEnumerable<string> descriptions) =>
        new(Tree.List("errors", descriptions.Select(d => Tree.Object("error", Tree.Number("code", status), Tree.Text("description", d)))), format, status);

    public static Answer Of(Format format, Fault fault) => Of(format, fault.Status, fault.Description);

    public static Answer BadRequest(Format format, params IEnumerable<string> descriptions) => Of(format, StatusCodes.Status400BadRequest, descriptions);

    public static Answer Forbidden(Format format, string description) => Of(format, StatusCodes.Status403Forbidden, description);

    public static Answer NotFound(Format format, string description) => Of(format, StatusCodes.Status404NotFound, description);
}
