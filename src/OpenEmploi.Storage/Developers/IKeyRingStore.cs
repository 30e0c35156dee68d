namespace OpenEmploi.Storage.Developers;

/// <summary>The Data Protection key ring of the web nodes, kept in the base so that every node reads the same keys.</summary>
public interface IKeyRingStore
{
    /// <summary>Every stored key element (XML text), oldest first.</summary>
    Task<IReadOnlyList<string>> ReadKeysAsync(CancellationToken ct = default);

    /// <summary>Stores a key element under its name; a name already stored keeps its first element.</summary>
    Task AddKeyAsync(string name, string xml, CancellationToken ct = default);
}
