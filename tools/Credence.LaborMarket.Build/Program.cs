using Credence.LaborMarket;
using Credence.LaborMarket.Model;
using Credence.LaborMarket.Sources;
using Credence.LaborMarket.Storage;

// Builds the embedded labor-market dataset from the reference extracts:
//   dotnet run --project tools/Credence.LaborMarket.Build -- --source <shared data dir> --out src/Credence.LaborMarket/Data/
string? source = null;
string? output = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--source":
            source = args[i + 1];
            break;
        case "--out":
            output = args[i + 1];
            break;
    }
}

if (source is null || output is null)
{
    Console.Error.WriteLine("usage: Credence.LaborMarket.Build --source <data dir> --out <output dir>");
    return 2;
}

var problems = new List<ImportProblem>();
var data = SharedDataReader.Read(source, problems);
foreach (var problem in problems)
{
    Console.Error.WriteLine(problem.ToString());
}

if (problems.Count > 0)
{
    return 1;
}

Directory.CreateDirectory(output);
var path = Path.Combine(output, LaborMarketDataset.EmbeddedResourceFileName);
using (var file = File.Create(path))
{
    DatasetWriter.Write(data, file);
}

Console.Out.WriteLine(
    $"{path}: {new FileInfo(path).Length:N0} bytes; {data.Occupations.Count} occupations, {data.Ratings.Count} ratings, " +
    $"{data.TechnologySkills.Count} technology skills, {data.Wages.Count} wage rows, {data.Projections.Count} projections, " +
    $"{data.CipSoc.Count} CIP-SOC links, {data.EscoOccupations.Count} ESCO occupations, {data.EscoSkills.Count} ESCO skills, " +
    $"{data.EscoOnet.Count} ESCO-O*NET links, {data.DurableSkills.Count} durable skills, {data.PriceParities.Count} price parities");
foreach (var section in DataSections.All)
{
    Console.Out.WriteLine($"  {section}: {data.Vintages.GetValueOrDefault(section, "(none)")}");
}

return 0;
