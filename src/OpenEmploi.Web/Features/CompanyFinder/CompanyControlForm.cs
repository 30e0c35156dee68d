using System.Globalization;
using System.Net.Mail;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.CompanyFinder.Search;

namespace OpenEmploi.Web.Features.CompanyFinder;

/// <summary>
/// The operator's form for one company's controls, as typed: occupations as ROME codes separated by
/// spaces or commas, extra places one per line as "INSEE-code YYYY-MM-DD" (the last day listed).
/// <see cref="Parse"/> says what is wrong field by field, line by line, and keeps the text typed.
/// </summary>
public sealed record CompanyControlForm(
    string Siret, bool OptOut, bool HideAddress, bool HideContacts, string? ContactEmail,
    string? BoostedRomes, string? AddedRomes, string? ExtraPlaces)
{
    public static CompanyControlForm From(CompanyControl control)
    {
        ArgumentNullException.ThrowIfNull(control);
        return new(control.Siret, control.OptOut, control.HideAddress, control.HideContacts, control.ContactEmail,
            string.Join(' ', control.BoostedRomes), string.Join(' ', control.AddedRomes),
            string.Join('\n', control.ExtraPlaces.Select(p => $"{p.Commune} {p.ExpiresOn:yyyy-MM-dd}")));
    }

    public (CompanyControl? Control, Dictionary<string, string> Errors) Parse(ReferenceData data, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var siret = Siret?.Trim() ?? "";
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
            errors["siret"] = $"Le SIRET « {siret} » doit compter 14 chiffres.";
        string? email = string.IsNullOrWhiteSpace(ContactEmail) ? null : ContactEmail.Trim();
        if (email is not null && !MailAddress.TryCreate(email, out _))
            errors["email"] = $"L'adresse « {email} » n'est pas une adresse e-mail valide.";
        var boosted = Romes(BoostedRomes, "boost", data, errors);
        var added = Romes(AddedRomes, "ajout", data, errors);
        var places = new List<ExtraPlace>();
        var lines = (ExtraPlaces ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                errors["lieux"] = $"Ligne {i + 1} : « {line} » — écrivez le code INSEE de la commune puis la date de fin (AAAA-MM-JJ), par exemple « 69123 2027-06-30 ».";
                break;
            }
            if (data.Geographie.CommuneByInsee(parts[0]) is not { Latitude: { } lat, Longitude: { } lon })
            {
                errors["lieux"] = $"Ligne {i + 1} : le code commune « {parts[0]} » est inconnu.";
                break;
            }
            if (!DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
            {
                errors["lieux"] = $"Ligne {i + 1} : la date « {parts[1]} » doit s'écrire AAAA-MM-JJ.";
                break;
            }
            if (expires < today)
            {
                errors["lieux"] = $"Ligne {i + 1} : la date « {parts[1]} » est déjà passée.";
                break;
            }
            if (places.Any(p => p.Commune == parts[0]))
            {
                errors["lieux"] = $"Ligne {i + 1} : la commune « {parts[0]} » figure déjà plus haut.";
                break;
            }
            places.Add(new ExtraPlace(parts[0], lat, lon, expires));
        }
        if (errors.Count > 0)
            return (null, errors);
        return (new CompanyControl(siret, OptOut, HideAddress, HideContacts, email, boosted, added, places), errors);
    }

    private static List<string> Romes(string? text, string field, ReferenceData data, Dictionary<string, string> errors)
    {
        var codes = (text ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToList();
        var unknown = codes.Where(c => data.Rome.MetierByCode(c) is null).ToList();
        if (unknown.Count > 0)
            errors[field] = $"Code(s) ROME inconnu(s) : {string.Join(", ", unknown)} (un code ROME s'écrit comme G1603).";
        return codes;
    }
}
