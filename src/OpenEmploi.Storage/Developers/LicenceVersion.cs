namespace OpenEmploi.Storage.Developers;

/// <summary>One published text of the reuse licence.</summary>
public sealed record LicenceVersion(int Version, string Text, DateTimeOffset PublishedAt);
