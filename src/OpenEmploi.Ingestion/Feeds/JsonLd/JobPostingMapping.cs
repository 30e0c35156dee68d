using System.Text;
using System.Text.Json;
using OpenEmploi.Ingestion.Html;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Feeds.JsonLd.JsonLdNode;

namespace OpenEmploi.Ingestion.Feeds.JsonLd;

/// <summary>
/// Maps one schema.org JobPosting onto a <see cref="RawOffer"/> (docs/ingestion-formats.md has the
/// table). One instance per feed; <see cref="Begin"/> sets the record being read.
/// </summary>
internal sealed partial class JobPostingMapping(RecordProblems problems)
{
    private ReadOnlyMemory<byte> _record;
    private long _line;
    private IReadOnlyDictionary<string, JsonElement>? _graph;

    /// <summary>The record the next postings come from, and its « @graph » nodes by « @id ».</summary>
    public void Begin(ReadOnlyMemory<byte> record, long line, IReadOnlyDictionary<string, JsonElement>? graph)
    {
        _record = record;
        _line = line;
        _graph = graph;
    }

    public FeedItem Map(JsonElement posting, long number)
    {
        problems.Clear();
        var raw = new RawOffer
        {
            RecordNumber = number,
            LineNumber = _line,
            SourceId = Identifier(Get(posting, "identifier")) ?? Text(posting, "@id") ?? Text(posting, "url"),
            Title = Text(posting, "title") ?? Text(posting, "name"),
            Description = Text(posting, "description") is { } html ? HtmlText.ToPlainText(html) : null,
            DatePosted = Date(posting, "datePosted"),
            DateUpdated = Date(posting, "dateModified"),
            ValidThrough = Date(posting, "validThrough"),
            ContractText = Join(Texts(Get(posting, "employmentType")), ", "),
            WorkingTimeText = Text(posting, "workHours"),
            ApplyUrl = Text(posting, "url"),
            ExperienceText = Experience(Get(posting, "experienceRequirements")),
            RomeCode = Rome(Text(posting, "occupationalCategory")),
        };
        AddSkills(raw, Get(posting, "skills"));
        AddSkills(raw, Get(posting, "qualifications"));
        Employer(raw, Resolve(Get(posting, "hiringOrganization"), _graph));
        Place(raw, Resolve(Get(posting, "jobLocation"), _graph));
        Salary(raw, Get(posting, "baseSalary") ?? Get(posting, "estimatedSalary"));
        Contact(raw.Contact, Resolve(Get(posting, "applicationContact"), _graph));
        problems.RequireIdAndTitle(raw, _line, "identifier", "title");
        return problems.HasAny ? problems.ToError(number, _line) : new RawOfferItem(raw);
    }

    /// <summary>The source id: a text, or a PropertyValue's value.</summary>
    private static string? Identifier(JsonElement? identifier) => First(identifier) switch
    {
        { ValueKind: JsonValueKind.Object } o => Text(Get(o, "value")) ?? Text(Get(o, "@id")),
        var other => Text(other),
    };

    private static void Employer(RawOffer raw, JsonElement? organization)
    {
        if (organization is not { ValueKind: JsonValueKind.Object } o)
        {
            raw.Employer.Name = Text(organization);
            return;
        }
        raw.Employer.Name = Text(o, "name") ?? Text(o, "legalName");
        raw.Employer.Url = Text(o, "sameAs") ?? Text(o, "url");
        raw.Employer.Description = Text(o, "description") is { } html ? HtmlText.ToPlainText(html) : null;
        raw.Employer.Siret = Siret(Get(o, "identifier")) ?? Siret(Text(o, "taxID"));
        Contact(raw.Contact, o);
    }

    /// <summary>A SIRET or SIREN given as a PropertyValue named so, among the organisation's identifiers.</summary>
    private static string? Siret(JsonElement? identifiers)
    {
        if (identifiers is not { } value)
            return null;
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        foreach (var item in items)
        {
            var name = Text(item, "propertyID") ?? Text(item, "name");
            if (name is not null && (name.Equals("SIRET", StringComparison.OrdinalIgnoreCase) || name.Equals("SIREN", StringComparison.OrdinalIgnoreCase)))
                return Text(item, "value");
        }
        return null;
    }

    private static string? Siret(string? taxId) =>
        taxId is { Length: 9 or 14 } && taxId.All(char.IsAsciiDigit) ? taxId : null;

    private void Place(RawOffer raw, JsonElement? location)
    {
        if (location is not { ValueKind: JsonValueKind.Object } o)
        {
            raw.Place.Text = Text(location);
            return;
        }
        var address = Resolve(Get(o, "address"), _graph);
        if (address is { ValueKind: JsonValueKind.Object } a)
        {
            raw.Place.PostalCode = Text(a, "postalCode");
            raw.Place.City = Text(a, "addressLocality");
            raw.Place.Region = Text(a, "addressRegion");
            raw.Place.Country = Text(a, "addressCountry");
        }
        else
        {
            raw.Place.Text = Text(address) ?? Text(o, "name");
        }
        var geo = Resolve(Get(o, "geo"), _graph);
        raw.Place.Latitude = Coordinate(Get(geo, "latitude"), "jobLocation.geo.latitude");
        raw.Place.Longitude = Coordinate(Get(geo, "longitude"), "jobLocation.geo.longitude");
    }

    private double? Coordinate(JsonElement? value, string field)
    {
        if (value is not { } v || (v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString())))
            return null;
        if (TryNumber(v, out var number, out var raw) && Math.Abs(number) <= 180)
            return number;
        problems.BadValue(LineOf(field[(field.LastIndexOf('.') + 1)..]), field, raw, FeedValues.NotANumber + " entre -180 et 180");
        return null;
    }

    private static void Contact(RawContact contact, JsonElement? point)
    {
        if (point is not { ValueKind: JsonValueKind.Object } o)
            return;
        contact.Email ??= Text(o, "email");
        contact.Phone ??= Text(o, "telephone");
        if (IsType(o, "ContactPoint"))
            contact.Name ??= Text(o, "name");
    }

    private DateTimeOffset? Date(JsonElement posting, string name) =>
        Text(posting, name) is { } text ? problems.Date(text, LineOf(name), name) : null;

    /// <summary>
    /// The line of a property in the record, for messages: JsonElement keeps no positions, so
    /// look for the property's name in the record's bytes (broken records only).
    /// </summary>
    private long LineOf(string property)
    {
        var span = _record.Span;
        var at = span.IndexOf(Encoding.UTF8.GetBytes("\"" + property + "\""));
        return at < 0 ? _line : _line + span[..at].Count((byte)'\n');
    }

    private static string? Join(IEnumerable<string> texts, string separator)
    {
        var joined = string.Join(separator, texts);
        return joined.Length == 0 ? null : joined;
    }
}
