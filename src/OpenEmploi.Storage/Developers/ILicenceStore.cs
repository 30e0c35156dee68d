namespace OpenEmploi.Storage.Developers;

/// <summary>The published versions of the reuse licence (version 1 ships with schema 7).</summary>
public interface ILicenceStore
{
    /// <summary>The highest published version.</summary>
    Task<LicenceVersion> GetCurrentAsync(CancellationToken ct = default);

    Task<LicenceVersion?> GetAsync(int version, CancellationToken ct = default);
}
