using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using GridActors.Warnings;

namespace GridActors.Gateway.Warnings;

/// <summary>The open warnings of an area as an Atom 1.0 feed, one entry per warning (its id stays, its
/// <c>updated</c> is its latest version's), each linking to its CAP message, as CAP feeds are read.</summary>
public static class WarningsFeed
{
    public const string MediaType = "application/atom+xml";

    public static byte[] Of(string area, IReadOnlyList<EarlyWarning> open, Uri api, DateTimeOffset now)
    {
        var feed = new SyndicationFeed($"{area} 预警", $"{area} 辖区内未解除的预警", new Uri(api, $"warnings?area={area}"))
        {
            Id = $"urn:gridactors:warnings:{area}",
            LastUpdatedTime = open.Count == 0 ? now : open.Max(w => w.ChangedAt),
            Items = [.. open.Select(w => Entry(w, api))],
        };
        feed.Authors.Add(new SyndicationPerson { Name = "网格化综合指挥平台" });
        var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
            feed.GetAtom10Formatter().WriteTo(writer);
        return output.ToArray();
    }

    private static SyndicationItem Entry(EarlyWarning w, Uri api)
    {
        var item = new SyndicationItem(w.Text, w.Description, null, $"urn:gridactors:warning:{w.Id}", w.ChangedAt)
        {
            PublishDate = w.RaisedAt,
        };
        item.Links.Add(new SyndicationLink(new Uri(api, $"warnings/{Uri.EscapeDataString(w.Id)}"), "alternate", "CAP 1.2", CapAlert.MediaType, 0));
        item.Categories.Add(new SyndicationCategory(w.Kind.ToString()));
        return item;
    }
}
