using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace GridActors.Tests.Open311;

/// <summary>Discovery, the service list and a service definition over real HTTP, in XML (parsed) and in
/// JSON, which must say the same thing in the spec's JSON shape.</summary>
[Collection(Open311Collection.Name)]
public class Open311ResourceTests(Open311GatewayFactory gateway)
{
    private const string Jurisdiction = "jurisdiction_id=" + Open311GatewayFactory.District;

    [Fact]
    public async Task Discovery_names_the_GeoReport_v2_endpoint_with_both_formats()
    {
        var (status, xml) = await gateway.GetXml("/open311/v2/discovery.xml");
        var (_, json) = await gateway.GetJson("/open311/v2/discovery.json");

        Assert.Equal(200, status);
        var root = xml.Root!;
        Assert.Equal("discovery", root.Name.LocalName);
        Assert.Equal(["changeset", "contact", "key_service", "endpoints"], root.Elements().Select(e => e.Name.LocalName));
        var endpoint = Assert.Single(root.Element("endpoints")!.Elements("endpoint"));
        Assert.Equal("http://wiki.open311.org/GeoReport_v2", (string?)endpoint.Element("specification"));
        Assert.Equal(new Uri(gateway.Address, "/open311/v2").ToString().TrimEnd('/'), (string?)endpoint.Element("url"));
        Assert.Equal("test", (string?)endpoint.Element("type"));
        Assert.Equal(["text/xml", "application/json"], endpoint.Element("formats")!.Elements("format").Select(f => f.Value));
        Assert.Equal("2026-12-02T00:00:00+08:00", (string?)root.Element("changeset"));

        var jsonEndpoint = Assert.Single(json["endpoints"]!.AsArray())!;
        Assert.Equal((string?)root.Element("contact"), (string?)json["contact"]);
        Assert.Equal((string?)endpoint.Element("url"), (string?)jsonEndpoint["url"]);
        Assert.Equal(["text/xml", "application/json"], jsonEndpoint["formats"]!.AsArray().Select(f => (string?)f));
    }

    [Fact]
    public async Task The_services_are_the_categories_of_the_catalogue_in_both_formats()
    {
        var (status, xml) = await gateway.GetXml($"/open311/v2/services.xml?{Jurisdiction}");
        var (_, json) = await gateway.GetJson($"/open311/v2/services.json?{Jurisdiction}");

        Assert.Equal(200, status);
        var rubbish = xml.Root!.Elements("service").Single(s => (string?)s.Element("service_code") == "environment.rubbish");
        Assert.Equal(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"], rubbish.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(("暴露垃圾", "Exposed rubbish", "true", "realtime", "environment"),
            ((string?)rubbish.Element("service_name"), (string?)rubbish.Element("description"), (string?)rubbish.Element("metadata"), (string?)rubbish.Element("type"), (string?)rubbish.Element("group")));

        var services = json.AsArray();
        Assert.Equal(xml.Root.Elements("service").Select(s => (string?)s.Element("service_code")), services.Select(s => (string?)s!["service_code"]));
        var jsonRubbish = services.Single(s => (string?)s!["service_code"] == "environment.rubbish")!;
        Assert.True(jsonRubbish["metadata"]!.GetValue<bool>());
        Assert.Equal("暴露垃圾", (string?)jsonRubbish["service_name"]);
    }

    [Fact]
    public async Task A_service_definition_asks_for_the_urgency_from_a_list()
    {
        var (status, xml) = await gateway.GetXml($"/open311/v2/services/environment.rubbish.xml?{Jurisdiction}");
        var (_, json) = await gateway.GetJson($"/open311/v2/services/environment.rubbish.json?{Jurisdiction}");

        Assert.Equal(200, status);
        Assert.Equal("service_definition", xml.Root!.Name.LocalName);
        Assert.Equal("environment.rubbish", (string?)xml.Root.Element("service_code"));
        var attribute = Assert.Single(xml.Root.Element("attributes")!.Elements("attribute"));
        Assert.Equal(("true", "urgency", "singlevaluelist", "false", "1"),
            ((string?)attribute.Element("variable"), (string?)attribute.Element("code"), (string?)attribute.Element("datatype"), (string?)attribute.Element("required"), (string?)attribute.Element("order")));
        Assert.Equal(["Normal", "Urgent", "VeryUrgent"], attribute.Element("values")!.Elements("value").Select(v => (string?)v.Element("key")));

        Assert.Equal("environment.rubbish", (string?)json["service_code"]);
        var jsonAttribute = Assert.Single(json["attributes"]!.AsArray())!;
        Assert.Equal((true, "singlevaluelist", false, 1),
            (jsonAttribute["variable"]!.GetValue<bool>(), (string?)jsonAttribute["datatype"], jsonAttribute["required"]!.GetValue<bool>(), jsonAttribute["order"]!.GetValue<int>()));
        Assert.Equal(["Normal", "Urgent", "VeryUrgent"], jsonAttribute["values"]!.AsArray().Select(v => (string?)v!["key"]));
    }

    [Fact]
    public async Task A_definition_adds_the_categorys_own_questions_after_the_urgency()
    {
        var (_, xml) = await gateway.GetXml($"/open311/v2/services/facilities.damaged.xml?{Jurisdiction}");
        var (_, json) = await gateway.GetJson($"/open311/v2/services/facilities.damaged.json?{Jurisdiction}");

        var attributes = xml.Root!.Element("attributes")!.Elements("attribute").ToList();
        Assert.Equal([("urgency", "1"), ("facility", "2")], attributes.Select(a => ((string)a.Element("code")!, (string)a.Element("order")!)));
        var facility = attributes[1];
        Assert.Equal(("multivaluelist", "损坏的设施 Damaged facilities"), ((string)facility.Element("datatype")!, (string)facility.Element("description")!));
        Assert.Equal(["street-light", "manhole-cover", "railing", "bench", "other"], facility.Element("values")!.Elements("value").Select(v => (string)v.Element("key")!));
        Assert.Equal("路灯 Street light", (string?)facility.Element("values")!.Element("value")!.Element("name"));
        Assert.Equal(["urgency", "facility"], json["attributes"]!.AsArray().Select(a => (string?)a!["code"]));
    }
}
