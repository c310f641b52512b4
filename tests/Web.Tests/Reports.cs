using System.Net;
using System.Text.Json;
using GridActors.Access;
using GridActors.Tests.Territory;

namespace GridActors.Tests.Web;

/// <summary>Cases reported over REST by the town's operator, as a hotline system would, or by a worker.</summary>
public static class Reports
{
    public static async Task<string> Report(BoardGateway gateway, string title, Actor? by = null)
    {
        using var http = gateway.Http(by ?? BoardGateway.Operator);
        var at = Tiles.At(0.5, 0.5);
        var body = JsonSerializer.Serialize(new
        {
            source = by is null ? "Hotline12345" : "Patrol", category = "environment.rubbish", urgency = "Normal", title, gridCode = BoardGateway.Grid,
            location = new { latitude = at.Latitude, longitude = at.Longitude },
        });
        var response = await http.PostAsync("/api/v1/incidents", BoardGateway.Json(body));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return view.RootElement.GetProperty("id").GetString()!;
    }
}
