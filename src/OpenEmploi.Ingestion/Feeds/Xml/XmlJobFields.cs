using System.Text;
using System.Xml;

namespace OpenEmploi.Ingestion.Feeds.Xml;

/// <summary>One value of a job element and the line it is on.</summary>
internal readonly record struct XmlField(string Name, string Value, long Line);

/// <summary>
/// The leaf elements of one &lt;job&gt;, by name: direct children by their own name
/// (« title »), nested ones by their parent's and their own (« company/name »), so that a
/// contact's name is never taken for the employer's. The first occurrence wins; skill lists keep
/// every item. Reused from job to job.
/// </summary>
internal sealed class XmlJobFields
{
    private static readonly HashSet<string> SkillNames = new(StringComparer.Ordinal)
    {
        "skills/skill", "competences/competence", "skill", "competence",
    };

    private readonly Dictionary<string, XmlField> _fields = new(StringComparer.Ordinal);
    private readonly List<(string Name, StringBuilder Text, long Line, bool HasChildren)> _open = [];
    private readonly List<StringBuilder> _builders = [];

    public List<string> Skills { get; } = [];

    /// <summary>The first of <paramref name="names"/> the job has with a non-blank value.</summary>
    public XmlField? Find(string[] names)
    {
        foreach (var name in names)
        {
            if (_fields.TryGetValue(name, out var field) && !string.IsNullOrWhiteSpace(field.Value))
                return field;
        }
        return null;
    }

    /// <summary>Reads the job element the reader is on, up to and including its end tag.</summary>
    public async Task ReadAsync(XmlReader reader)
    {
        _fields.Clear();
        _open.Clear();
        Skills.Clear();
        var info = (IXmlLineInfo)reader;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                Add("@" + reader.LocalName.ToLowerInvariant(), reader.Value, info.LineNumber);
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        if (reader.IsEmptyElement)
            return;

        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var name = reader.LocalName.ToLowerInvariant();
                    if (_open.Count > 0)
                        _open[^1] = _open[^1] with { HasChildren = true };
                    if (reader.IsEmptyElement)
                        Add(Key(name), "", info.LineNumber);
                    else
                        _open.Add((name, Builder(_open.Count), info.LineNumber, false));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (_open.Count > 0)
                        _open[^1].Text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    if (_open.Count == 0)
                        return;
                    var (leaf, text, line, hasChildren) = _open[^1];
                    _open.RemoveAt(_open.Count - 1);
                    if (!hasChildren)
                        Add(Key(leaf), text.ToString(), line);
                    break;
            }
        }
    }

    private string Key(string name) => _open.Count == 0 ? name : string.Concat(_open[^1].Name, "/", name);

    private void Add(string key, string value, long line)
    {
        if (SkillNames.Contains(key))
        {
            if (FeedValues.Clean(value) is { } skill)
                Skills.Add(skill);
            return;
        }
        _fields.TryAdd(key, new XmlField(key, value, line));
    }

    private StringBuilder Builder(int depth)
    {
        while (_builders.Count <= depth)
            _builders.Add(new StringBuilder());
        return _builders[depth].Clear();
    }
}
