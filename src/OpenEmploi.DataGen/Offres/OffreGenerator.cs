using OpenEmploi.Core.Travail;
using System.Collections.Concurrent;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.DataGen.Offres;

/// <summary>
/// Realistic job offers, deterministic by seed: offer number i depends only on the seed, i and
/// <see cref="OffreGeneratorOptions.Now"/>, never on the batch it is generated in, so a base can be
/// generated in parallel and extended later (<c>--append</c>) with the same result as in one go.
/// </summary>
public sealed class OffreGenerator
{
    private const int ChunkSize = 256;

    private readonly ConcurrentBag<OffreBuilder> _builders = [];

    public OffreGenerator(ReferenceData data, OffreGeneratorOptions options)
        : this(GeneratorContext.For(data), options)
    {
    }

    /// <summary>Shares one precomputed <see cref="GeneratorContext"/> between generators.</summary>
    public OffreGenerator(GeneratorContext context, OffreGeneratorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.PartnerShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.PartnerShare, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ContactShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ContactShare, 1.0);
        Context = context;
        Options = options;
        Now = options.Now.Kind == DateTimeKind.Local ? options.Now.ToUniversalTime() : DateTime.SpecifyKind(options.Now, DateTimeKind.Utc);
        Ids = new OffreIdSequence(options.Seed);
        Tables = new OffreTables(context.Data);
        SavoirEtre = SavoirEtreOf(context.Data.Rome);
        ApplyBase = options.ApplyBaseUrl.TrimEnd('/');
        // Pay never goes under the minimum wage in force on the base's date (offers dated earlier
        // stay compliant: the SMIC only rises). Before the first known value, the first one.
        var today = DateOnly.FromDateTime(Now);
        SmicHoraire = Smic.France.HourlyAt(today, null) ?? Smic.France.HourlyAt(DateOnly.MaxValue, null)!.Value;
        SmicMensuel = Math.Round(SmicHoraire * Smic.MonthlyHoursFullTime, 2);
    }

    /// <summary>Gross hourly minimum wage in force on <see cref="Now"/>.</summary>
    internal double SmicHoraire { get; }

    /// <summary>Gross monthly minimum wage of a full-time job on <see cref="Now"/>.</summary>
    internal double SmicMensuel { get; }

    public GeneratorContext Context { get; }

    public OffreGeneratorOptions Options { get; }

    /// <summary>The partner job boards partner offers come from (origineOffre "2").</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the generator's API; partners may become configurable.")]
    public IReadOnlyList<Source> Partenaires => Offres.Partenaires.All;

    internal DateTime Now { get; }

    internal OffreIdSequence Ids { get; }

    internal OffreTables Tables { get; }

    internal CompetenceRome[] SavoirEtre { get; }

    internal string ApplyBase { get; }

    /// <summary>The id of offer <paramref name="index"/>, without generating it.</summary>
    public string IdAt(long index) => Ids.IdAt(index);

    /// <summary>Offers startIndex … startIndex + count − 1, in order, on the calling thread.</summary>
    public IEnumerable<OffreEntry> Generate(long startIndex, int count)
    {
        foreach (var generated in GenerateDetailed(startIndex, count))
            yield return generated.Entry;
    }

    /// <summary>As <see cref="Generate"/>, with each offer's employer (SIRET and all).</summary>
    public IEnumerable<OffreGeneree> GenerateDetailed(long startIndex, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var builder = Rent();
        try
        {
            for (var i = 0; i < count; i++)
                yield return builder.Build(startIndex + i);
        }
        finally
        {
            _builders.Add(builder);
        }
    }

    /// <summary>One offer by its index.</summary>
    public OffreGeneree GenerateOne(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var builder = Rent();
        try
        {
            return builder.Build(index);
        }
        finally
        {
            _builders.Add(builder);
        }
    }

    /// <summary>
    /// The same offers as <see cref="Generate"/>, built on several threads in chunks and yielded in
    /// index order, so the caller (typically a store writing on its own thread) sees no difference.
    /// </summary>
    public IEnumerable<OffreGeneree> GenerateParallel(long startIndex, int count, int? degreeOfParallelism = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(startIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var chunks = (count + ChunkSize - 1) / ChunkSize;
        var degree = Math.Max(1, degreeOfParallelism ?? Environment.ProcessorCount);
        // A window of chunks in flight, built on the thread pool and consumed in order: the
        // caller's thread only hands over finished chunks, so it can store while others build.
        var window = new Queue<Task<OffreGeneree[]>>();
        var next = 0;
        while (next < chunks && window.Count < degree * 2)
            window.Enqueue(StartChunk(startIndex, count, next++));
        while (window.Count > 0)
        {
            // The caller iterates synchronously; the wait is for CPU-bound work on pool threads
            // (no synchronisation context involved), which is what an enumerator has to do.
            var batch = window.Dequeue().GetAwaiter().GetResult();
            if (next < chunks)
                window.Enqueue(StartChunk(startIndex, count, next++));
            foreach (var generated in batch)
                yield return generated;
        }
    }

    private Task<OffreGeneree[]> StartChunk(long startIndex, int count, int chunk) => Task.Run(() =>
    {
        var first = startIndex + ((long)chunk * ChunkSize);
        var size = (int)Math.Min(ChunkSize, startIndex + count - first);
        var result = new OffreGeneree[size];
        var builder = Rent();
        for (var i = 0; i < size; i++)
            result[i] = builder.Build(first + i);
        _builders.Add(builder);
        return result;
    });

    private OffreBuilder Rent() => _builders.TryTake(out var builder) ? builder : new OffreBuilder(this);

    private static CompetenceRome[] SavoirEtreOf(RomeReferentiel rome)
    {
        var list = new List<CompetenceRome>();
        foreach (var c in rome.Competences)
        {
            if (c.Categorie == "Savoir-être professionnel")
                list.Add(c);
        }
        return [.. list];
    }
}
