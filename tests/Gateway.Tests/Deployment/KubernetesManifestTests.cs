using static GridActors.Tests.Deployment.Manifests;

namespace GridActors.Tests.Deployment;

/// <summary>deploy/k8s read as YAML and checked against the images and against what Orleans' Kubernetes
/// hosting reads; no cluster runs them here.</summary>
public sealed class KubernetesManifestTests
{
    private readonly Dictionary<object, object> settings = Map(Kubernetes("ConfigMap", "gridactors-settings"), "data");

    [Fact]
    public async Task The_silo_pods_run_the_silo_image_on_its_ports_with_the_pod_variables_orleans_reads()
    {
        var (container, _) = await RunsImageOnItsPorts(Kubernetes("Deployment", "gridactors-silo"), "Silo");
        var environment = Environment(container);
        Assert.Equal("true", Value(environment["GridActors__Silo__Kubernetes"]));
        Assert.Equal("metadata.name", FieldPath(environment["POD_NAME"]));
        Assert.Equal("metadata.namespace", FieldPath(environment["POD_NAMESPACE"]));
        Assert.Equal("status.podIP", FieldPath(environment["POD_IP"]));
        Assert.Equal("gridactors-settings", ConfigMapFrom(container));
    }

    [Fact]
    public void The_silo_pods_labels_name_the_same_cluster_as_the_settings_the_gateways_read()
    {
        var labels = Map(Kubernetes("Deployment", "gridactors-silo"), "spec", "template", "metadata", "labels");
        Assert.Equal(settings["GridActors__Silo__ClusterId"], labels["orleans/clusterId"]);
        Assert.Equal(settings["GridActors__Silo__ServiceId"], labels["orleans/serviceId"]);
        var environment = Environment(Container(Kubernetes("Deployment", "gridactors-silo")));
        Assert.Equal("metadata.labels['orleans/clusterId']", FieldPath(environment["ORLEANS_CLUSTER_ID"]));
        Assert.Equal("metadata.labels['orleans/serviceId']", FieldPath(environment["ORLEANS_SERVICE_ID"]));
    }

    [Fact]
    public void The_silos_service_account_may_watch_the_pods_and_no_more()
    {
        var account = (string)Map(Kubernetes("Deployment", "gridactors-silo"), "spec", "template", "spec")["serviceAccountName"];
        var binding = Kubernetes("RoleBinding", "gridactors-silo-pods");
        var subject = Assert.Single(List(binding, "subjects").Cast<Dictionary<object, object>>());
        Assert.Equal(("ServiceAccount", account), ((string)subject["kind"], (string)subject["name"]));
        Kubernetes("ServiceAccount", account);
        var role = Kubernetes("Role", (string)Map(binding, "roleRef")["name"]);
        var rule = Assert.Single(List(role, "rules").Cast<Dictionary<object, object>>());
        Assert.Equal(["pods"], List(rule, "resources"));
        Assert.Equal(["get", "list", "patch", "watch"], List(rule, "verbs").Cast<string>().Order());
    }

    [Fact]
    public async Task The_gateway_service_reaches_the_gateway_images_port()
    {
        var gateway = Kubernetes("Deployment", "gridactors-gateway");
        var (container, image) = await RunsImageOnItsPorts(gateway, "Gateway");
        var service = Kubernetes("Service", "gridactors-gateway");
        Assert.Equal(Map(service, "spec", "selector"), Map(gateway, "spec", "template", "metadata", "labels")
            .Where(l => Map(service, "spec", "selector").ContainsKey(l.Key)).ToDictionary());
        var target = (string)((Dictionary<object, object>)Assert.Single(List(service, "spec", "ports")))["targetPort"];
        var named = List(container, "ports").Cast<Dictionary<object, object>>().Single(p => (string)p["name"] == target);
        Assert.Equal(image.Ports.Single().ToString(System.Globalization.CultureInfo.InvariantCulture), named["containerPort"]);
        Assert.Equal("/health/ready", Map(container, "readinessProbe", "httpGet")["path"]);
    }

    [Theory]
    [InlineData("gridactors-silo", new[] { "GridActors__Storage__ConnectionString" })]
    [InlineData("gridactors-gateway", new[] { "GridActors__Storage__ConnectionString", "GridActors__Auth__SigningKey" })]
    public void Secrets_come_from_the_secret_the_operator_creates_and_pods_run_unprivileged(string deployment, string[] secrets)
    {
        var pod = Map(Kubernetes("Deployment", deployment), "spec", "template", "spec");
        var environment = Environment(Container(Kubernetes("Deployment", deployment)));
        foreach (var secret in secrets)
            Assert.Equal("gridactors-secrets", Map(environment[secret], "valueFrom", "secretKeyRef")["name"]);
        Assert.DoesNotContain(environment.Values, e => e.ContainsKey("value") && ((string)e["value"]).Contains("Password", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(settings.Keys.Cast<string>(), k => k.Contains("ConnectionString") || k.Contains("SigningKey"));
        Assert.Equal(("true", "1654"), ((string)Map(pod, "securityContext")["runAsNonRoot"], (string)Map(pod, "securityContext")["runAsUser"]));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(Folder, "k8s"), "*.yaml").SelectMany(f => Read(Path.GetRelativePath(Folder, f))),
            d => (string)d["kind"] == "Secret");
    }

    /// <summary>The deployment's one container, checked to run the project's image with its ports declared.</summary>
    private static async Task<(Dictionary<object, object> Container, ImageSettings Image)> RunsImageOnItsPorts(Dictionary<object, object> deployment, string project)
    {
        var container = Container(deployment);
        var image = await ImageSettings.OfAsync(project);
        Assert.Equal(image.Name, container["image"]);
        Assert.Equal(image.Ports, Ports(container));
        return (container, image);
    }

    private static Dictionary<object, object> Container(Dictionary<object, object> deployment) =>
        (Dictionary<object, object>)Assert.Single(List(deployment, "spec", "template", "spec", "containers"));

    private static int[] Ports(Dictionary<object, object> container) =>
        [.. List(container, "ports").Cast<Dictionary<object, object>>().Select(p => int.Parse((string)p["containerPort"], System.Globalization.CultureInfo.InvariantCulture))];

    private static Dictionary<string, Dictionary<object, object>> Environment(Dictionary<object, object> container) =>
        List(container, "env").Cast<Dictionary<object, object>>().ToDictionary(e => (string)e["name"]);

    private static string Value(Dictionary<object, object> variable) => (string)variable["value"];

    private static string FieldPath(Dictionary<object, object> variable) => (string)Map(variable, "valueFrom", "fieldRef")["fieldPath"];

    private static string ConfigMapFrom(Dictionary<object, object> container) =>
        (string)Map(Assert.Single(List(container, "envFrom")), "configMapRef")["name"];
}
