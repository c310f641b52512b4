using GridActors.Access;
using GridActors.Territory;
using Microsoft.Playwright;

namespace GridActors.Tests.Web.WorkerApp;

/// <summary>The worker app open on a phone (touch, 390×844, position granted and set) as a signed-in worker.</summary>
public static class Phone
{
    public static async Task<(IBrowserContext Context, IPage Page)> Open(BoardGateway gateway, Actor worker, GeoPoint at, string locale = "zh-CN")
    {
        var (context, page) = await gateway.SignedInPage(worker, locale, phoneAt: at);
        await page.GotoAsync("/app");
        await Assertions.Expect(page.Locator(".connection[data-state=connected]")).ToBeVisibleAsync();
        return (context, page);
    }

    /// <summary>A photo as a phone camera takes one, larger than the app keeps: drawn by the page's canvas as PNG.</summary>
    public static async Task<FilePayload> CameraPhoto(IPage page, int width, int height)
    {
        var base64 = await page.EvaluateAsync<string>($$"""
            () => {
              const canvas = document.createElement("canvas");
              canvas.width = {{width}}; canvas.height = {{height}};
              const g = canvas.getContext("2d");
              g.fillStyle = "#3a7"; g.fillRect(0, 0, canvas.width, canvas.height);
              g.fillStyle = "#fff"; g.fillRect(canvas.width / 8, canvas.height / 8, canvas.width / 3, canvas.height / 3);
              return canvas.toDataURL("image/png").split(",")[1];
            }
            """);
        return new FilePayload { Name = "IMG_0001.png", MimeType = "image/png", Buffer = Convert.FromBase64String(base64) };
    }

    /// <summary>A JPEG's width and height, from its start-of-frame segment.</summary>
    public static (int Width, int Height) JpegSize(byte[] jpeg)
    {
        Assert.True(jpeg is [0xFF, 0xD8, ..], "not a JPEG");
        for (var i = 2; i + 9 < jpeg.Length;)
        {
            var marker = jpeg[i + 1];
            var length = (jpeg[i + 2] << 8) | jpeg[i + 3];
            if (marker is >= 0xC0 and <= 0xC3)
                return ((jpeg[i + 7] << 8) | jpeg[i + 8], (jpeg[i + 5] << 8) | jpeg[i + 6]);
            i += 2 + length;
        }
        throw new InvalidDataException("a JPEG without a frame header");
    }
}
