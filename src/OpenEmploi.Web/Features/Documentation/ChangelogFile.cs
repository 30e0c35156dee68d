namespace OpenEmploi.Web.Features.Documentation;

/// <summary>
/// CHANGELOG.md beside the binaries, read again when it changes (its time), so that the page shows
/// the shipped file; a malformed file fails the page with its line, as a test would.
/// </summary>
public sealed class ChangelogFile
{
    private readonly string _path = Path.Combine(AppContext.BaseDirectory, Changelog.FileName);
    private readonly Lock _gate = new();
    private (DateTime Written, Changelog Changelog)? _cached;

    public Changelog Read()
    {
        var written = File.GetLastWriteTimeUtc(_path);
        lock (_gate)
        {
            if (_cached is { } cached && cached.Written == written)
                return cached.Changelog;
            var changelog = ChangelogReader.ReadFile(_path);
            _cached = (written, changelog);
            return changelog;
        }
    }
}
