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
    private readonly List<OpenElement> _open = [];
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
    public void Read(XmlReader reader)
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

        while (reader.Read())
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
                        _open.Add(new OpenElement(name, info.LineNumber));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (_open.Count > 0)
                        _open[^1] = Append(_open[^1], reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    if (_open.Count == 0)
                        return;
                    var leaf = _open[^1];
                    _open.RemoveAt(_open.Count - 1);
                    if (!leaf.HasChildren)
                        Add(Key(leaf.Name), leaf.Joined ? _builders[_open.Count].ToString() : leaf.Text ?? "", leaf.Line);
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

    /// <summary>
    /// The element's text with one more node of it: an element's text is nearly always one node
    /// (one string from the reader, kept as it is); only a second node joins them, in the
    /// builder of the element's depth, so that a field's text is not copied twice more.
    /// </summary>
    private OpenElement Append(OpenElement element, string value)
    {
        if (!element.Joined && element.Text is null)
            return element with { Text = value };
        var depth = _open.Count - 1;
        while (_builders.Count <= depth)
            _builders.Add(new StringBuilder());
        var builder = _builders[depth];
        if (!element.Joined)
            builder.Clear().Append(element.Text);
        builder.Append(value);
        return element with { Text = null, Joined = true };
    }

    /// <summary>An element being read: its text so far (one node), or <see cref="Joined"/> in its depth's builder.</summary>
    private readonly record struct OpenElement(string Name, long Line)
    {
        public string? Text { get; init; }

        public bool Joined { get; init; }

        public bool HasChildren { get; init; }
    }
}
