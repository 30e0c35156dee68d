using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds.Csv;

/// <summary>
/// CSV with the documented column set: a header row, columns in any order, « ; » or « , » as
/// the header uses, RFC 4180 quoting, UTF-8 with or without a byte order mark. A header without
/// « id » and « titre » is no offer feed: one error for record 0 and nothing read.
/// </summary>
internal sealed class CsvFeedReader : IFeedReader
{
    /// <summary>
    /// Skills in the « competences » cell are one per line (a quoted multi-line cell): skill
    /// labels hold commas, semicolons and even « | » (« MACRO | Réaliser une analyse… »).
    /// </summary>
    internal const char SkillSeparator = '\n';

    public FeedFormat Format => FeedFormat.Csv;

    public async IAsyncEnumerable<FeedItem> ReadAsync(Stream feed, [EnumeratorCancellation] CancellationToken ct = default)
    {
        using var text = new StreamReader(feed, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        var rows = new CsvRowReader(text);
        var first = await rows.PeekFirstLineAsync(ct).ConfigureAwait(false);
        rows.Separator = first.Count(';') >= first.Count(',') ? ';' : ',';
        if (!await rows.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return new FeedError(0, 1, "flux vide : une ligne d'en-tête est attendue");
            yield break;
        }
        var (columns, missing) = CsvFeedColumns.Resolve(rows.Fields);
        if (columns is null)
        {
            yield return new FeedError(0, rows.Line, string.Concat("ligne ", rows.Line.ToString(CultureInfo.InvariantCulture), " : ", missing));
            yield break;
        }

        var problems = new RecordProblems();
        long number = 0;
        while (await rows.ReadAsync(ct).ConfigureAwait(false))
        {
            number++;
            var line = rows.Line;
            if (rows.Problem is { } problem)
                yield return new FeedError(number, line, string.Create(CultureInfo.InvariantCulture, $"ligne {line} : {problem}"));
            else if (rows.Fields.Count != columns.Count)
                yield return new FeedError(number, line, string.Create(CultureInfo.InvariantCulture,
                    $"ligne {line} : {rows.Fields.Count} champs au lieu des {columns.Count} de l'en-tête (séparateur « {rows.Separator} »)"));
            else
                yield return Map(rows.Fields, columns, number, line, problems);
        }
    }

    private static FeedItem Map(List<string> fields, CsvFeedColumns columns, long number, long line, RecordProblems problems)
    {
        problems.Clear();
        string? Get(CsvColumn column) => columns.Get(fields, column);
        var raw = new RawOffer
        {
            RecordNumber = number,
            LineNumber = line,
            SourceId = Get(CsvColumn.Id),
            Title = Get(CsvColumn.Titre),
            Description = Get(CsvColumn.Description)?.ReplaceLineEndings("\n"),
            ContractText = Get(CsvColumn.Contrat),
            WorkingTimeText = Get(CsvColumn.DureeTravail),
            SalaryText = Get(CsvColumn.Salaire),
            ExperienceText = Get(CsvColumn.Experience),
            RomeCode = Get(CsvColumn.CodeRome),
            ApplyUrl = Get(CsvColumn.Url),
            DatePosted = problems.Date(Get(CsvColumn.DateCreation), line, CsvFeedColumns.Name(CsvColumn.DateCreation)),
            DateUpdated = problems.Date(Get(CsvColumn.DateActualisation), line, CsvFeedColumns.Name(CsvColumn.DateActualisation)),
            ValidThrough = problems.Date(Get(CsvColumn.DateFin), line, CsvFeedColumns.Name(CsvColumn.DateFin)),
            Employer = new RawEmployer { Name = Get(CsvColumn.Entreprise), Siret = Get(CsvColumn.Siret), Naf = Get(CsvColumn.CodeNaf) },
            Place = new RawPlace
            {
                PostalCode = Get(CsvColumn.CodePostal),
                City = Get(CsvColumn.Ville),
                CommuneInsee = Get(CsvColumn.CodeCommune),
                Departement = Get(CsvColumn.Departement),
                Region = Get(CsvColumn.Region),
                Latitude = problems.Double(Get(CsvColumn.Latitude), line, CsvFeedColumns.Name(CsvColumn.Latitude), 180),
                Longitude = problems.Double(Get(CsvColumn.Longitude), line, CsvFeedColumns.Name(CsvColumn.Longitude), 180),
            },
            Contact = new RawContact { Email = Get(CsvColumn.Courriel), Phone = Get(CsvColumn.Telephone) },
        };
        if (Get(CsvColumn.Competences) is { } skills)
        {
            foreach (var skill in skills.Split(SkillSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                raw.Skills.Add(skill);
        }
        problems.RequireIdAndTitle(raw, line, CsvFeedColumns.Name(CsvColumn.Id), CsvFeedColumns.Name(CsvColumn.Titre));
        return problems.HasAny ? problems.ToError(number, line) : new RawOfferItem(raw);
    }
}
