using System.Net;
using GridActors.Webhooks;

namespace GridActors.Tests.Webhooks;

public class TargetAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.2.3.4", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("192.168.1.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("2001:4860:4860::8888", false)]
    public void Private_loopback_and_link_local_addresses_are_inside(string address, bool inside) =>
        Assert.Equal(inside, TargetAddresses.IsPrivate(IPAddress.Parse(address)));

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    public async Task A_target_inside_is_refused_naming_the_url_unless_configuration_allows_it(string url)
    {
        var refusal = await TargetAddresses.Check(new Uri(url), allowPrivate: false);
        Assert.Equal((RefusalCode.Invalid, "url"), (refusal!.Code, refusal.Field));
        Assert.Contains("private, loopback or link-local", refusal.Reason);
        Assert.Null(await TargetAddresses.Check(new Uri(url), allowPrivate: true));
    }

    [Fact]
    public async Task A_public_address_may_be_posted_to() =>
        Assert.Null(await TargetAddresses.Check(new Uri("https://8.8.8.8/hook"), allowPrivate: false));
}
