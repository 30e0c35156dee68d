using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Search.Index;

/// <summary>
/// What an index needs besides its documents: the text analyzer (the same for documents and
/// keywords), the job-title synonyms, the geography (query communes' points, arrondissements,
/// neighbouring départements) and the code lists (themes' domaines, paysContinent's countries).
/// </summary>
public sealed class IndexContext(Geographie geographie, ITextAnalyzer analyzer, IKeywordSynonyms? synonyms, CodeLists listes)
{
    public Geographie Geographie { get; } = geographie;

    public CodeLists Listes { get; } = listes;

    public ITextAnalyzer Analyzer { get; } = analyzer;

    public IKeywordSynonyms? Synonyms { get; } = synonyms;

    /// <summary>The production context: French analysis and ROME synonyms.</summary>
    public static IndexContext Create(ReferenceData data) =>
        new(data.Geographie, FrenchTextAnalyzer.Instance, new RomeKeywordSynonyms(JobTitleSynonyms.Build(data)), data.Listes);
}
