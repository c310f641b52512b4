using System.Text;
using System.Text.Json;
using GridActors.Access;
using GridActors.Gateway.Open311;

namespace GridActors.Tests.Open311;

/// <summary>The plain rules under the Open311 routes: when a jurisdiction is required, and how the
/// JSON mirrors the XML's element tree.</summary>
public class Open311UnitTests
{
    private static readonly Actor Hotline = new("hotline-12345", Role.External, "320412");

    [Fact]
    public void An_endpoint_serving_one_district_needs_no_jurisdiction_id_and_one_serving_two_does()
    {
        Assert.Null(Jurisdiction.Check(null, ["320412"], Hotline));
        Assert.Equal(new Fault(400, "jurisdiction_id is required: this endpoint serves 2 districts; give the district code, e.g. 320412"),
            Jurisdiction.Check(null, ["320499", "320412"], Hotline));
        Assert.Null(Jurisdiction.Check("320412", ["320499", "320412"], Hotline));
    }

    [Fact]
    public void A_key_scoped_to_a_town_may_name_its_district_but_not_another()
    {
        var town = Hotline with { Scope = "320412101" };

        Assert.Null(Jurisdiction.Check("320412", ["320412", "320499"], town));
        Assert.Equal(403, Jurisdiction.Check("320499", ["320412", "320499"], town)!.Status);
        Assert.Equal(404, Jurisdiction.Check("3204", ["320412", "320499"], town)!.Status);
    }

    [Fact]
    public void Lists_are_arrays_even_of_one_or_none_empty_leaves_are_null_and_typed_leaves_keep_their_type()
    {
        var tree = Tree.Object("root",
            Tree.List("none", []),
            Tree.List("one", [Tree.Object("item", Tree.Text("id", "42"))]),
            Tree.Text("empty", null),
            Tree.Number("lat", 31.7005),
            Tree.Boolean("metadata", false));

        Assert.Equal("""{"none":[],"one":[{"id":"42"}],"empty":null,"lat":31.7005,"metadata":false}""", Json(tree));
        Assert.Equal("<root><none /><one><item><id>42</id></item></one><empty /><lat>31.7005</lat><metadata>false</metadata></root>",
            tree.ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
    }

    [Fact]
    public void A_required_question_must_be_answered_and_a_number_must_be_one()
    {
        var service = new Service("a.b", "测试", "Test", "Grid", null,
            [new Question("size", "面积", "Area in m²", "number", Required: true, []), new Question("seen", "发现时间", "Seen at", "datetime", Required: false, [])]);

        Assert.Equal(["attribute[size] is required"], Attributes.Read(service, new Dictionary<string, IReadOnlyList<string>>()).Faults);
        Assert.Equal(["attribute[size] is a number, e.g. 3 or 2.5", "attribute[seen] is a date-time, e.g. 2026-03-01T09:30:00+08:00"],
            Attributes.Read(service, new Dictionary<string, IReadOnlyList<string>> { ["size"] = ["big"], ["seen"] = ["yesterday"] }).Faults);
        var answered = Attributes.Read(service, new Dictionary<string, IReadOnlyList<string>> { ["size"] = ["2.5"], ["urgency"] = ["VeryUrgent"] });
        Assert.Equal((Incidents.Urgency.VeryUrgent, "面积 Area in m²: 2.5", 0), (answered.Urgency, Assert.Single(answered.Answers), answered.Faults.Count));
    }

    [Fact]
    public void Without_dates_a_list_is_the_last_90_days_and_one_date_spans_90_days_from_or_up_to_it()
    {
        var now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.FromHours(8));
        var start = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(8));

        var none = new RequestsQuery(Query(), "320412", now).Query;
        var fromStart = new RequestsQuery(Query(("start_date", "2026-09-01T00:00:00+08:00")), null, now).Query;
        var upToEnd = new RequestsQuery(Query(("end_date", "2026-09-01T00:00:00+08:00")), null, now).Query;

        Assert.Equal(("320412", now.AddDays(-90), now, 200), (none.Area, none.ReportedFrom, none.ReportedTo, none.Limit));
        Assert.Equal((start, start.AddDays(90)), (fromStart.ReportedFrom, fromStart.ReportedTo));
        Assert.Equal((start.AddDays(-90), start), (upToEnd.ReportedFrom, upToEnd.ReportedTo));
    }

    [Fact]
    public void A_list_of_ids_overrides_the_filters_and_names_at_most_1000()
    {
        var now = DateTimeOffset.UtcNow;
        var two = new RequestsQuery(Query(("service_request_id", "inc-a, inc-b,inc-a"), ("status", "nonsense")), null, now);
        var many = new RequestsQuery(Query(("service_request_id", string.Join(",", Enumerable.Range(0, 1001).Select(i => $"inc-{i}")))), null, now);

        Assert.Equal(["inc-a", "inc-b"], two.Ids);
        Assert.Empty(two.Faults);
        Assert.Equal(["service_request_id names at most 1000 requests"], many.Faults);
    }

    private static Microsoft.AspNetCore.Http.QueryCollection Query(params (string Name, string Value)[] given) =>
        new(given.ToDictionary(g => g.Name, g => new Microsoft.Extensions.Primitives.StringValues(g.Value)));

    private static string Json(System.Xml.Linq.XElement tree)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) JsonMirror.Write(json, tree);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
