namespace OpenEmploi.Search.Analysis;

/// <summary>
/// Receives one index term. <paramref name="term"/> points into the analyzer's scratch buffer and
/// is only valid during the call: copy it (or intern it) to keep it.
/// </summary>
public delegate void TokenSink(ReadOnlySpan<char> term, int position);
