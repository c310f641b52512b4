namespace GridActors.Gateway.Http;

/// <summary>What a route over one resource may answer, for the OpenAPI document: the resource, or a problem.</summary>
public static class RouteAnswers
{
    /// <summary>The resource (201 among <paramref name="more"/> adds it as created), bad input, the
    /// sign-in, permission, missing and rate problems, and any other problem status in <paramref name="more"/>.</summary>
    public static RouteHandlerBuilder Answers<T>(this RouteHandlerBuilder route, params int[] more)
    {
        route.Produces<T>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        foreach (var status in more)
            if (status == StatusCodes.Status201Created) route.Produces<T>(status);
            else route.ProducesProblem(status);
        return route;
    }
}
