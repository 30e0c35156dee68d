using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Text;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.OpenData.Anonymisation;
using OpenEmploi.OpenData.Dataset;
using OpenEmploi.OpenData.Publishing;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.OpenData.Tests.Export;

/// <summary>
/// Over a whole generated base, a third of whose descriptions end with a recruiter's name, e-mail
/// address and phone number: the export holds none of them, nor any employer's name, and its files
/// are exactly what the dictionary describes.
/// </summary>
public sealed partial class AnonymityTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private static readonly GeneratedBase Base = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("oe-opendata-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_export_holds_no_employer_name_email_address_phone_number_or_contact_name(StoreKind kind)
    {
        await using var store = await stores.OpenAsync(kind, TimeProvider.System);
        await Base.SeedAsync(store);
        var export = await new OpenDataExporter(store, new ExportDirectory(_folder), new FakeTimeProvider(new DateTimeOffset(GeneratedBase.Now))).ExportAsync(default);
        var files = ExportedFiles.Read(export);
        var pseudonym = await OffrePseudonym.LoadOrCreateAsync(store, default);
        var byPseudonym = Base.Offres.ToDictionary(o => pseudonym.Of(o.Entry.Id));

        var withContact = 0;
        var emailTokens = 0;
        foreach (var row in files.JsonLines)
        {
            var generated = byPseudonym[row.GetProperty("idAnonyme").GetString()!];
            var text = TextOf(row);
            AssertNoContactDetails(text);
            var folded = TextFolding.Fold(text);
            Assert.False(folded.Contains(TextFolding.Fold(generated.Employeur.Nom), StringComparison.Ordinal),
                $"le nom de l'employeur « {generated.Employeur.Nom} » dans : {text}");
            if (generated.Contact is { } contact)
            {
                withContact++;
                emailTokens += text.Contains(ScrubTokens.Courriel, StringComparison.Ordinal) ? 1 : 0;
                AssertNoTraceOf(contact, text);
            }
        }

        Assert.Equal(Base.Offres.Count, files.JsonLines.Count);
        // The base really carried what the export had to remove, so this test can fail.
        Assert.InRange(withContact, Base.Offres.Count / 4, Base.Offres.Count / 2);
        var replaced = export.Manifest.Remplacements;
        // E-mails, phones and links went when the offers were stored (ContactDetails, as for every
        // channel): seven of the generator's nine contact sentences give an address, and the rows
        // show where it was. Names, employers and street addresses are the export's own work.
        Assert.True(emailTokens >= withContact * 7 / 10, $"{emailTokens} [courriel] pour {withContact} contacts");
        Assert.True(replaced.Noms >= withContact);
        Assert.True(replaced.Entreprises > Base.Offres.Count / 2);
        Assert.True(replaced.Adresses > 0);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_csv_and_the_json_lines_hold_every_column_of_the_dictionary_and_no_other_with_values_of_its_types(StoreKind kind)
    {
        await using var store = await stores.OpenAsync(kind, TimeProvider.System);
        await Base.SeedAsync(store);
        var export = await new OpenDataExporter(store, new ExportDirectory(_folder), TimeProvider.System).ExportAsync(default);
        var files = ExportedFiles.Read(export);
        var fields = files.Fields;

        Assert.Equal(ExportColumns.All.Select(c => c.Name), fields.Select(f => f.Name));
        Assert.Equal(fields.Select(f => f.Name), files.CsvHeader);
        Assert.Equal(Base.Offres.Count, files.CsvRows.Count);
        Assert.Equal(files.CsvRows.Count, files.JsonLines.Count);
        foreach (var row in files.CsvRows)
        {
            for (var i = 0; i < fields.Count; i++)
                AssertCsvValue(fields[i].Name, fields[i].Type, row[i]);
        }
        foreach (var line in files.JsonLines)
        {
            Assert.Equal(fields.Select(f => f.Name), line.EnumerateObject().Select(p => p.Name));
            foreach (var (name, type) in fields)
                AssertJsonValue(name, type, line.GetProperty(name));
        }
        // Same rows in both files, and each field of the dictionary documented.
        Assert.Equal(files.CsvRows.Select(r => r[0]).Order(StringComparer.Ordinal), files.JsonLines.Select(l => l.GetProperty("idAnonyme").GetString()!).Order(StringComparer.Ordinal));
        foreach (var field in files.Dictionary.RootElement.GetProperty("fields").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(field.GetProperty("description").GetString()));
            var example = field.GetProperty("example").GetString()!;
            AssertCsvValue(field.GetProperty("name").GetString()!, field.GetProperty("type").GetString()!, example);
        }
        Assert.Equal(export.Manifest.Offres, files.CsvRows.Count);
    }

    private static string TextOf(JsonElement row)
    {
        var text = new StringBuilder();
        foreach (var property in row.EnumerateObject())
        {
            // The pseudonym is hexadecimal: ten digits in a row there are no phone number.
            if (property.Value.ValueKind == JsonValueKind.String && property.Name != "idAnonyme")
                text.Append(property.Value.GetString()).Append(" | ");
        }
        return text.ToString();
    }

    private static void AssertNoContactDetails(string text)
    {
        Assert.False(Email().IsMatch(text), "une adresse électronique : " + Email().Match(text).Value);
        Assert.False(FrenchPhone().IsMatch(text), "un numéro : " + FrenchPhone().Match(text).Value);
        Assert.DoesNotContain("[at]", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" arobase ", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("www.", text, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertNoTraceOf(ContactGenere contact, string text)
    {
        Assert.DoesNotContain($"{contact.Prenom} {contact.Nom}", text, StringComparison.OrdinalIgnoreCase);
        Assert.False(Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(contact.Nom)}(?!\p{{L}})", RegexOptions.IgnoreCase),
            $"le nom « {contact.Nom} » dans : {text}");
        Assert.False(Regex.IsMatch(text, $@"(?<!\p{{L}}){Regex.Escape(contact.Prenom)}(?!\p{{L}})"), $"le prénom « {contact.Prenom} » dans : {text}");
        var courriel = contact.Courriel!;
        var local = courriel[..courriel.IndexOf('@', StringComparison.Ordinal)];
        Assert.False(text.Contains(courriel, StringComparison.OrdinalIgnoreCase), $"l'adresse {courriel} dans : {text}");
        // A personal local part ("julie.girard", "juliegirard42"), not "recrutement", which is also a word of the texts.
        if (local.Contains('.', StringComparison.Ordinal) || local.Any(char.IsAsciiDigit))
            Assert.False(text.Contains(local, StringComparison.OrdinalIgnoreCase), $"l'adresse {courriel} dans : {text}");
        var digits = new string([.. text.Where(char.IsAsciiDigit)]);
        Assert.False(digits.Contains(contact.Telephone![1..], StringComparison.Ordinal), $"le numéro {contact.Telephone} dans : {text}");
    }

    private static void AssertCsvValue(string name, string type, string value)
    {
        if (value.Length == 0)
            return;
        var ok = type switch
        {
            "string" => true,
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "number" => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
            "boolean" => value is "true" or "false",
            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        Assert.True(ok, $"{name} ({type}) : « {value} »");
    }

    private static void AssertJsonValue(string name, string type, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.NotEqual("boolean", type);
            return;
        }
        var ok = type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "date" => value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        Assert.True(ok, $"{name} ({type}) : {value.GetRawText()}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(?:(?:\+|00)33[\s.\-]?(?:\(0\)\s?)?|0)[1-9](?:[\s.\-\u00A0]?\d{2}){4}(?!\d)")]
    private static partial Regex FrenchPhone();
}
