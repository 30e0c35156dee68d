using System.Globalization;
using System.Text;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.DataGen.Offres;

// The recruiter's contact details some descriptions end with (OffreGeneratorOptions.ContactShare).
internal sealed partial class OffreBuilder
{
    private ContactGenere? Contact(long index, Offre offre, EmployeurGenere employeur)
    {
        var r = _contactRandom;
        r.Reset((ulong)(uint)_generator.Options.Seed, GeneratorStreams.Contacts, (ulong)index);
        if (!r.Chance(_generator.Options.ContactShare))
            return null;

        var prenom = r.Pick(ContactTexts.Prenoms);
        var nom = r.Pick(ContactTexts.Noms);
        var domain = Slug(employeur.Nom) + (r.Chance(0.8) ? ".fr" : ".com");
        var courriel = r.Next(3) switch
        {
            0 => string.Concat(Slug(prenom), ".", Slug(nom), "@", domain),
            1 => string.Concat("recrutement@", domain),
            _ => string.Concat(Slug(prenom), Slug(nom).Replace("-", "", StringComparison.Ordinal), r.Next(10, 99).ToString(CultureInfo.InvariantCulture), "@", r.Pick(ContactTexts.FreeMails)),
        };
        var prefix = r.Pick(PhonePrefixes);
        // Ten digits in all: 0, the prefix, then the subscriber's digits.
        var subscriber = r.Next(0, prefix.Length == 1 ? 100_000_000 : 10_000_000).ToString(prefix.Length == 1 ? "D8" : "D7", CultureInfo.InvariantCulture);
        var digits = string.Concat("0", prefix, subscriber);
        var telephone = FormatPhone(r, digits);
        var written = r.Chance(0.25) ? Disguise(r, courriel) : courriel;
        var civilite = r.Chance(0.5) ? "Mme" : "M.";

        var sentence = r.Next(9) switch
        {
            0 => $"Pour postuler, contactez {civilite} {prenom} {nom} au {telephone} ou par courriel à {written}.",
            1 => $"Envoyez votre CV à {prenom} {nom} : {written}.",
            2 => $"Candidature à adresser à {civilite} {nom}, {written}, tél. {telephone}.",
            3 => $"Renseignements auprès de {prenom} au {telephone}.",
            4 => $"Contact : {nom.ToUpperInvariant()} {prenom} - {telephone} - {written}",
            5 => $"Plus d'informations sur www.{domain} ou au {telephone} (demandez {prenom}).",
            6 => $"Votre interlocutrice : {prenom} {nom} ({written}).",
            7 => $"Envoyez votre candidature à {written} ou passez nous voir au {r.Next(1, 120)} {r.Pick(ContactTexts.Voies)} {r.Pick(ContactTexts.NomsDeVoie)} en demandant {civilite} {nom}.",
            _ => $"CV et lettre de motivation à {prenom} {nom}, {written} / {telephone}.",
        };
        offre.Description = string.Concat(offre.Description, "\n", sentence);
        return new ContactGenere(prenom, nom, courriel, digits);
    }

    // Mobile (6, 7), geographic (1–5), VoIP (9) and free (800) numbers.
    private static readonly string[] PhonePrefixes = ["6", "7", "1", "2", "3", "4", "5", "9", "80"];

    private static string FormatPhone(DetRandom r, string digits)
    {
        var pairs = $"{digits[..2]} {digits[2..4]} {digits[4..6]} {digits[6..8]} {digits[8..]}";
        return r.Next(8) switch
        {
            0 => pairs,
            1 => pairs.Replace(' ', '.'),
            2 => digits,
            3 => pairs.Replace(' ', '-'),
            4 => "+33 " + pairs[1..],
            5 => "+33 (0)" + pairs[1..],
            6 => "0033 " + pairs[1..],
            _ => pairs.Replace(' ', '\u00A0'),
        };
    }

    private static string Disguise(DetRandom r, string courriel)
    {
        var at = courriel.IndexOf('@', StringComparison.Ordinal);
        var local = courriel[..at];
        var domain = courriel[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        var (name, tld) = (domain[..dot], domain[(dot + 1)..]);
        return r.Next(4) switch
        {
            0 => $"{local} [at] {name} point {tld}",
            1 => $"{local}(at){name}.{tld}",
            2 => $"{local} arobase {name} point {tld}",
            _ => $"{local} @ {name}.{tld}",
        };
    }

    /// <summary>"Boulangerie Martin" → "boulangerie-martin", as a site's domain or an address's local part.</summary>
    private static string Slug(string text)
    {
        var plain = FrenchText.RemoveDiacritics(text).ToLowerInvariant();
        var builder = new StringBuilder(plain.Length);
        foreach (var c in plain)
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
