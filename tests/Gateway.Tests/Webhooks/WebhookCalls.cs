using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GridActors.Access;

namespace GridActors.Tests.Webhooks;

/// <summary>The webhook API as the tests call it.</summary>
public static class WebhookCalls
{
    public static async Task<JsonNode> CreateAsync(GatewayFactory gateway, Actor admin, Uri url, string area, string kind = "case.reported")
    {
        using var http = gateway.As(admin);
        return await Json(await http.PostAsJsonAsync("/api/v1/webhooks", new { url = url.ToString(), kinds = new[] { kind }, area }), HttpStatusCode.Created);
    }

    public static async Task<JsonNode> Json(HttpResponseMessage answer, HttpStatusCode status)
    {
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == status, $"expected {(int)status}, got {(int)answer.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }
}
