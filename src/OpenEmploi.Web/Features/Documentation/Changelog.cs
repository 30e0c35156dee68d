using System.Globalization;
using System.Text.RegularExpressions;

namespace OpenEmploi.Web.Features.Documentation;

/// <summary>One release of the changelog: its day, its title and its points.</summary>
public sealed record ChangelogRelease(DateOnly Day, string Title, IReadOnlyList<string> Items);

/// <summary>The changelog as the page shows it: the file's title, its introduction and its releases, newest first as written.</summary>
public sealed record Changelog(string Title, string Introduction, IReadOnlyList<ChangelogRelease> Releases)
{
    public const string FileName = "CHANGELOG.md";
}

/// <summary>A changelog line the reader does not understand: the file, its line and why.</summary>
public sealed class ChangelogFormatException(string file, int line, string reason)
    : Exception($"{file}, ligne {line} : {reason}")
{
    public int Line { get; } = line;
}

/// <summary>
/// Reads CHANGELOG.md's small subset of Markdown: "# title", introduction lines, then releases
/// "## YYYY-MM-DD — title" each followed by "- point" lines (a line indented by two spaces goes on
/// with the point above). Anything else is an error naming its line: the file is data the page
/// reads, so a typo must show in a test, not as a silently missing release.
/// </summary>
public static partial class ChangelogReader
{
    public static Changelog Read(TextReader text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? title = null;
        var introduction = new List<string>();
        var releases = new List<ChangelogRelease>();
        (DateOnly Day, string Title, List<string> Items)? current = null;
        var number = 0;
        while (text.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0)
                continue;
            if (title is null)
            {
                title = line.StartsWith("# ", StringComparison.Ordinal) ? line[2..].Trim()
                    : throw new ChangelogFormatException(name, number, $"titre « # … » attendu en première ligne, lu « {line} »");
                continue;
            }
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = Heading().Match(line);
                if (!heading.Success || !DateOnly.TryParseExact(heading.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    throw new ChangelogFormatException(name, number, $"titre de version « ## AAAA-MM-JJ — titre » attendu, lu « {line} »");
                Close(current, releases, name, number);
                current = (day, heading.Groups[2].Value.Trim(), []);
                continue;
            }
            if (current is null)
            {
                introduction.Add(line.Trim());
                continue;
            }
            if (line.StartsWith("- ", StringComparison.Ordinal))
                current.Value.Items.Add(line[2..].Trim());
            else if (line.StartsWith("  ", StringComparison.Ordinal) && current.Value.Items.Count > 0)
                current.Value.Items[^1] += " " + line.Trim();
            else
                throw new ChangelogFormatException(name, number, $"point « - … » ou suite indentée de deux espaces attendu, lu « {line} »");
        }
        Close(current, releases, name, number);
        if (title is null)
            throw new ChangelogFormatException(name, Math.Max(1, number), "fichier vide");
        return new Changelog(title, string.Join(' ', introduction), releases);
    }

    public static Changelog ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    private static void Close((DateOnly Day, string Title, List<string> Items)? release, List<ChangelogRelease> releases, string name, int line)
    {
        if (release is not { } r)
            return;
        if (r.Items.Count == 0)
            throw new ChangelogFormatException(name, line, $"la version « {r.Title} » n'a aucun point");
        releases.Add(new ChangelogRelease(r.Day, r.Title, r.Items));
    }

    [GeneratedRegex(@"^## (\d{4}-\d{2}-\d{2}) — (.+)$")]
    private static partial Regex Heading();
}
