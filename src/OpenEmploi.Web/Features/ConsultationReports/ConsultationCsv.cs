using System.Globalization;
using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Reports;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>
/// One thing wrong in a report file: the line (1 is the header; 0 the file as a whole), the field,
/// the value as read, and what is wrong, in French.
/// </summary>
internal sealed record ReportError(int Line, string Field, string? Value, string Message)
{
    public override string ToString() =>
        (Line > 0 ? $"Ligne {Line}, " : "") + $"champ « {Field} »" + (Value is null ? "" : $", valeur « {Value} »") + " : " + Message;
}

/// <summary>A read report file: its offer lines, and every error found (the file is accepted only without any).</summary>
internal sealed record ParsedReport(IReadOnlyList<ConsultationLine> Lines, long? DeclaredTotal, IReadOnlyList<ReportError> Errors, int ErrorCount)
{
    public bool IsValid => ErrorCount == 0;
}

/// <summary>
/// The consultation report format (docs/developer-platform.md, "Consultation reports"): UTF-8 with
/// or without BOM; a header naming the columns <c>offre_id</c> and <c>vues</c> (and optionally
/// <c>mois</c>), separated by <c>;</c> or <c>,</c> — the header's separator is the file's; one
/// line per offer; optionally a last line <c>TOTAL</c> whose count must be the sum of the others.
/// Every line is checked and every error kept (up to <see cref="MaxListedErrors"/> listed, all
/// counted), so that a reuser fixes the file in one go.
/// </summary>
internal static class ConsultationCsv
{
    public const string OffreColumn = "offre_id";
    public const string ViewsColumn = "vues";
    public const string MonthColumn = "mois";
    public const string TotalLabel = "TOTAL";

    /// <summary>Beyond this many, errors are counted, not listed: a file wrong throughout is fixed from its first errors.</summary>
    public const int MaxListedErrors = 1_000;

    /// <summary>A value longer than this is cut in its error: the start is enough to find it.</summary>
    private const int MaxShownValue = 80;

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly System.Buffers.SearchValues<char> DigitsAndSeparators = System.Buffers.SearchValues.Create("0123456789., ");

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ParsedReport Parse(ReadOnlySpan<byte> content, ReportMonth month)
    {
        var errors = new ErrorList();
        var lines = SplitLines(content, errors);
        var firstIndex = lines.FindIndex(line => line.Text is null || line.Text.Trim().Length > 0);
        if (firstIndex < 0 || lines[firstIndex].Text is null)
        {
            if (errors.Count == 0)
                errors.Add(new ReportError(1, "en-tête", null, $"fichier vide : la première ligne doit être l'en-tête « {OffreColumn};{ViewsColumn} »."));
            return errors.Result([], null);
        }
        var header = ReadHeader(lines[firstIndex], errors);
        if (header is null)
            return errors.Result([], null);

        var (separator, columns) = header.Value;
        var offreAt = Array.IndexOf(columns, OffreColumn);
        var viewsAt = Array.IndexOf(columns, ViewsColumn);
        var monthAt = Array.IndexOf(columns, MonthColumn);
        var lastDataIndex = lines.FindLastIndex(line => line.Text is null || line.Text.Trim().Length > 0);

        var read = new List<ConsultationLine>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        long? declaredTotal = null;
        int? totalLine = null;
        var allCountsValid = true;
        long sum = 0;
        for (var i = firstIndex + 1; i < lines.Count; i++)
        {
            var (number, text) = lines[i];
            if (text is null || text.Trim().Length == 0)
                continue; // undecodable lines are already reported; blank lines carry nothing
            var fields = SplitFields(text, separator);
            if (fields.Length != columns.Length)
            {
                errors.Add(new ReportError(number, "ligne", text,
                    $"{fields.Length} champ(s) au lieu des {columns.Length} de l'en-tête ({string.Join(separator, columns)}), séparés par « {separator} »."));
                allCountsValid = false;
                continue;
            }
            var id = fields[offreAt];
            var views = ReadViews(number, fields[viewsAt], errors);
            if (monthAt >= 0 && fields[monthAt] != month.ToString() && !(fields[monthAt].Length == 0 && IsTotal(id)))
            {
                errors.Add(new ReportError(number, MonthColumn, fields[monthAt],
                    $"le fichier est déposé pour le mois {month} ; chaque ligne doit porter ce mois (AAAA-MM)."));
            }
            if (IsTotal(id))
            {
                if (totalLine is { } earlier)
                    errors.Add(new ReportError(number, OffreColumn, id, $"une seule ligne {TotalLabel} est admise (déjà ligne {earlier})."));
                else if (i != lastDataIndex)
                    errors.Add(new ReportError(number, OffreColumn, id, $"la ligne {TotalLabel} doit être la dernière du fichier."));
                totalLine ??= number;
                declaredTotal = views;
                if (views is null)
                    allCountsValid = false;
                continue;
            }
            if (!OffreId.IsValid(id))
            {
                errors.Add(new ReportError(number, OffreColumn, id, id.Length == 0
                    ? "identifiant d'offre manquant."
                    : "identifiant d'offre invalide : 7 caractères attendus, 3 chiffres puis 4 lettres majuscules (ex. 048KLTP)."));
            }
            else if (firstLineOf.TryGetValue(id, out var first))
            {
                errors.Add(new ReportError(number, OffreColumn, id, $"offre déjà présente ligne {first} : une seule ligne par offre."));
            }
            else
            {
                firstLineOf.Add(id, number);
                if (views is { } count)
                    read.Add(new ConsultationLine(id, count));
            }
            if (views is { } valid)
                sum += valid;
            else
                allCountsValid = false;
        }
        if (totalLine is { } line && declaredTotal is { } total && allCountsValid && total != sum)
        {
            errors.Add(new ReportError(line, ViewsColumn, total.ToString(CultureInfo.InvariantCulture),
                $"le total déclaré ne correspond pas à la somme des lignes d'offres ({sum.ToString(CultureInfo.InvariantCulture)})."));
        }
        return errors.Result(read, declaredTotal);
    }

    private static bool IsTotal(string id) => id.Equals(TotalLabel, StringComparison.OrdinalIgnoreCase);

    private static long? ReadViews(int line, string value, ErrorList errors)
    {
        if (value.Length == 0)
        {
            errors.Add(new ReportError(line, ViewsColumn, value, "nombre de vues manquant."));
            return null;
        }
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var views))
            return views;
        var message = value switch
        {
            ['-', ..] => "le nombre de vues ne peut pas être négatif.",
            _ when !value.AsSpan().ContainsAnyExcept(Digits) => "nombre de vues trop grand.",
            _ when !value.AsSpan().ContainsAnyExcept(DigitsAndSeparators) => "le nombre de vues doit être un entier, sans décimales ni séparateur de milliers (ex. 1250).",
            _ => "le nombre de vues doit être un entier positif ou nul, écrit en chiffres (ex. 42).",
        };
        errors.Add(new ReportError(line, ViewsColumn, value, message));
        return null;
    }

    private static (string Separator, string[] Columns)? ReadHeader((int Number, string? Text) line, ErrorList errors)
    {
        var text = line.Text!;
        var separator = text.Contains(';', StringComparison.Ordinal) ? ";" : text.Contains(',', StringComparison.Ordinal) ? "," : null;
        if (separator is null)
        {
            errors.Add(new ReportError(line.Number, "en-tête", text,
                $"en-tête attendu « {OffreColumn};{ViewsColumn} » (séparateur « ; » ou « , »)."));
            return null;
        }
        var columns = SplitFields(text, separator).Select(name => name.ToLowerInvariant()).ToArray();
        var before = errors.Count;
        foreach (var (name, index) in columns.Select((name, index) => (name, index)))
        {
            if (name is not (OffreColumn or ViewsColumn or MonthColumn))
            {
                errors.Add(new ReportError(line.Number, "en-tête", name,
                    $"colonne inconnue ; colonnes admises : {OffreColumn}, {ViewsColumn} et, si vous le souhaitez, {MonthColumn}."));
            }
            else if (Array.IndexOf(columns, name) != index)
            {
                errors.Add(new ReportError(line.Number, "en-tête", name, "colonne en double."));
            }
        }
        foreach (var required in new[] { OffreColumn, ViewsColumn })
        {
            if (Array.IndexOf(columns, required) < 0)
                errors.Add(new ReportError(line.Number, "en-tête", text, $"colonne « {required} » manquante."));
        }
        return errors.Count == before ? (separator, columns) : null;
    }

    /// <summary>Splits on the separator; a field wholly in double quotes is unquoted ("" inside stands for one quote). Fields are trimmed.</summary>
    private static string[] SplitFields(string text, string separator)
    {
        var parts = text.Split(separator);
        for (var i = 0; i < parts.Length; i++)
        {
            var field = parts[i].Trim();
            if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
                field = field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal).Trim();
            parts[i] = field;
        }
        return parts;
    }

    /// <summary>The file's lines, numbered from 1, decoded one by one so that bad bytes are reported on their line (Text null then).</summary>
    private static List<(int Number, string? Text)> SplitLines(ReadOnlySpan<byte> content, ErrorList errors)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (content.StartsWith(bom))
            content = content[bom.Length..];
        var lines = new List<(int, string?)>();
        var number = 0;
        while (content.Length > 0)
        {
            number++;
            var end = content.IndexOf((byte)'\n');
            var raw = end < 0 ? content : content[..end];
            content = end < 0 ? [] : content[(end + 1)..];
            if (raw.Length > 0 && raw[^1] == (byte)'\r')
                raw = raw[..^1];
            try
            {
                lines.Add((number, StrictUtf8.GetString(raw)));
            }
            catch (DecoderFallbackException)
            {
                errors.Add(new ReportError(number, "ligne", null, "caractères illisibles : le fichier doit être encodé en UTF-8."));
                lines.Add((number, null));
            }
        }
        return lines;
    }

    private sealed class ErrorList
    {
        private readonly List<ReportError> _listed = [];

        public int Count { get; private set; }

        public void Add(ReportError error)
        {
            Count++;
            if (_listed.Count < MaxListedErrors)
                _listed.Add(error.Value is { Length: > MaxShownValue } value ? error with { Value = value[..MaxShownValue] + "…" } : error);
        }

        public ParsedReport Result(IReadOnlyList<ConsultationLine> lines, long? total) => new(Count == 0 ? lines : [], total, _listed, Count);
    }
}
