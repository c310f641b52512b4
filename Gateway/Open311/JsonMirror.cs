using System.Text.Json;
using System.Xml.Linq;

namespace GridActors.Gateway.Open311;

/// <summary>Writes an Open311 element tree as JSON, mechanically: a list is an array of its items,
/// any other element with children an object of them, a leaf a string (null when empty), or a number
/// or boolean where the tree says so. The root's own name is dropped, as the spec's JSON does.</summary>
public static class JsonMirror
{
    public static void Write(Utf8JsonWriter json, XElement element)
    {
        if (Tree.IsList(element))
        {
            json.WriteStartArray();
            foreach (var item in element.Elements()) Write(json, item);
            json.WriteEndArray();
        }
        else if (element.HasElements)
        {
            json.WriteStartObject();
            foreach (var member in element.Elements())
            {
                json.WritePropertyName(member.Name.LocalName);
                Write(json, member);
            }
            json.WriteEndObject();
        }
        else if (element.IsEmpty || element.Value.Length == 0) json.WriteNullValue();
        else if (Tree.KindOf(element) == Tree.Kind.Number) json.WriteRawValue(element.Value);
        else if (Tree.KindOf(element) == Tree.Kind.Boolean) json.WriteBooleanValue(element.Value == "true");
        else json.WriteStringValue(element.Value);
    }
}
