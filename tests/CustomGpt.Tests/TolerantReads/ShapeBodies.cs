using CustomGpt.Tests.Fuzz;
using Newtonsoft.Json.Linq;

namespace CustomGpt.Tests.TolerantReads;

/// <summary>Valid bodies for a host (from the spec's examples), and the same with one member replaced.</summary>
internal static class ShapeBodies
{
    static readonly SampleBodies Samples = new();

    public static JToken Valid(SpecShapes.Host host) => Samples.For(host.RootSchema);

    /// <summary>The JSONPath of the schema's instance inside the host's body.</summary>
    public static string Locate(SpecShapes.Host host) => "$" + string.Concat(host.Path.Select(p => p is int i ? $"[{i}]" : $"['{p}']"));

    public static string With(ShapeCase shape)
    {
        var body = Valid(shape.Host);
        var target = (JObject)body.SelectToken(Locate(shape.Host))!;
        target[shape.Member] = shape.Value.DeepClone();
        return body.ToString(Newtonsoft.Json.Formatting.None);
    }
}
