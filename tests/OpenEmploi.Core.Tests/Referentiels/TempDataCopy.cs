using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

/// <summary>A private copy of the shipped data folder that a test may break, deleted afterwards.</summary>
internal sealed class TempDataCopy : IDisposable
{
    public TempDataCopy()
    {
        var source = ReferenceData.LocateDataDirectory();
        Directory = Path.Combine(Path.GetTempPath(), "openemploi-data-" + Guid.NewGuid().ToString("N"));
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Directory, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    /// <summary>Replaces one line of a file (1 = the header).</summary>
    public void EditLine(string relativePath, int line, Func<string, string> edit)
    {
        var path = PathOf(relativePath);
        var lines = File.ReadAllText(path).Split('\n');
        lines[line - 1] = edit(lines[line - 1]);
        File.WriteAllText(path, string.Join('\n', lines));
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
