using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml;
using System.Xml.Linq;

namespace GridActors.Gateway.Open311;

/// <summary>An Open311 answer: one element tree, written as XML (with the UTF-8 declaration the spec
/// asks for) or as its JSON mirror.</summary>
public sealed class Answer(XElement root, Format format, int status = StatusCodes.Status200OK) : IResult
{
    /// <summary>Chinese names and notes as they are, not as <c>\uXXXX</c>: a hotline's staff read these bodies.</summary>
    private static readonly JsonWriterOptions Readable = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = status;
        var body = new MemoryStream();
        if (format == Format.Json)
        {
            response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(body, Readable);
            JsonMirror.Write(json, root);
        }
        else
        {
            response.ContentType = "text/xml; charset=utf-8";
            await using var xml = XmlWriter.Create(body, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true });
            await new XDocument(new XDeclaration("1.0", "utf-8", null), root).SaveAsync(xml, context.RequestAborted);
        }
        response.ContentLength = body.Length;
        body.Position = 0;
        await body.CopyToAsync(response.Body, context.RequestAborted);
    }
}
