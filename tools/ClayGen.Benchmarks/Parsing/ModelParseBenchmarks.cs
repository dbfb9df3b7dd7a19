using BenchmarkDotNet.Attributes;
using ClayGen.Benchmarks.Baseline;
using ClayGen.Benchmarks.Fixtures;
using Newtonsoft.Json;

namespace ClayGen.Benchmarks.Parsing;

/// <summary>
/// Parsing the 49 KB credit report alone, without HTTP: the hand-written floor's DTO, the same DTO with
/// a <see cref="JsonExtensionDataAttribute"/> member, and ClayGen's generated model (which has one on
/// every object, so members the spec does not know are kept). It isolates what the model costs from
/// what the pipeline costs in <see cref="PerCall.InMemoryPerCallBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ModelParseBenchmarks
{
    private static readonly JsonSerializer FloorSerializer = JsonSerializer.Create(new JsonSerializerSettings());

    // As the generated clients parse: dates in free-form JSON stay text.
    private static readonly JsonSerializer ClayGenSerializer = JsonSerializer.Create(new JsonSerializerSettings { DateParseHandling = DateParseHandling.None });

    private byte[] _body = [];

    /// <summary>Builds the canned body.</summary>
    [GlobalSetup]
    public void Setup() => _body = CannedBodies.Create().CreditReport;

    /// <summary>The floor: the hand-written DTO.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark(Baseline = true)]
    public int Dto() => Parse<CreditReportDto>(FloorSerializer).Entities!.Count;

    /// <summary>The floor's DTO with an extension-data member on each object.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark]
    public int DtoWithExtensionData() => Parse<ExtensibleCreditReportDto>(FloorSerializer).Entities!.Count;

    /// <summary>ClayGen's generated model.</summary>
    /// <returns>The number of entities.</returns>
    [Benchmark]
    public int GeneratedModel() => Parse<CreditReport>(ClayGenSerializer).Entities.Count;

    private T Parse<T>(JsonSerializer serializer)
    {
        using var reader = new StreamReader(new MemoryStream(_body, writable: false));
        using var json = new JsonTextReader(reader);
        return serializer.Deserialize<T>(json)!;
    }
}
