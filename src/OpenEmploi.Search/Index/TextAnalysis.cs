using OpenEmploi.Search.Analysis;

namespace OpenEmploi.Search.Index;

/// <summary>
/// The text analysis the index relies on, at build time (documents) and at query time (keywords):
/// the same analyzer must serve both. An interface so that tests can pin a trivial one.
/// </summary>
public interface ITextAnalyzer
{
    void Analyze(ReadOnlySpan<char> text, TokenSink sink);
}

/// <summary>Keyword → ROME codes whose appellations contain all the keyword's analysed terms.</summary>
public interface IKeywordSynonyms
{
    IReadOnlyList<string> RomeCodesFor(IReadOnlyList<string> analysedTerms);
}

/// <summary>The product's analyzer: <see cref="FrenchAnalyzer"/>.</summary>
public sealed class FrenchTextAnalyzer : ITextAnalyzer
{
    public static FrenchTextAnalyzer Instance { get; } = new();

    public void Analyze(ReadOnlySpan<char> text, TokenSink sink) => FrenchAnalyzer.Instance.Analyze(text, sink);
}

/// <summary>The product's synonyms: <see cref="JobTitleSynonyms"/> from the ROME appellations.</summary>
public sealed class RomeKeywordSynonyms(JobTitleSynonyms synonyms) : IKeywordSynonyms
{
    public IReadOnlyList<string> RomeCodesFor(IReadOnlyList<string> analysedTerms) => synonyms.RomeCodesFor(analysedTerms);
}
