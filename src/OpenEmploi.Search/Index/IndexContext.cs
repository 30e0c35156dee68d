using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Search.Index;

/// <summary>
/// What an index needs besides its documents: the text analyzer (the same for documents and
/// keywords), the job-title synonyms and the geography (query communes' points, arrondissements,
/// neighbouring départements).
/// </summary>
public sealed class IndexContext(Geographie geographie, ITextAnalyzer analyzer, IKeywordSynonyms? synonyms)
{
    public Geographie Geographie { get; } = geographie;

    public ITextAnalyzer Analyzer { get; } = analyzer;

    public IKeywordSynonyms? Synonyms { get; } = synonyms;

    /// <summary>The production context: French analysis and ROME synonyms.</summary>
    public static IndexContext Create(ReferenceData data) =>
        new(data.Geographie, FrenchTextAnalyzer.Instance, new RomeKeywordSynonyms(JobTitleSynonyms.Build(data)));
}
