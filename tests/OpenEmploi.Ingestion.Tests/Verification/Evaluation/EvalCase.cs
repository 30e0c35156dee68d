using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>
/// One way to turn a generated (compliant) offer into a labelled example: a violation of some
/// rule in one wording, or a compliant look-alike of a rule. <see cref="Codes"/> is what a correct
/// verifier must report (empty for look-alikes); <see cref="Accepts"/> keeps bases where the
/// wording would mean something else (an apprenticeship for an age limit, a security guard for a
/// criminal-record requirement).
/// </summary>
internal sealed record EvalCase(string Rule, string[] Codes, string Name, Func<OffreGeneree, Random, NormalisedOffer> Build, Func<Offre, bool>? Accepts = null)
{
    public bool HeldOut { get; init; }

    public bool IsViolation => Codes.Length > 0;

    /// <summary>A sentence put at the start, the end or after the first paragraph of the description.</summary>
    public static EvalCase Sentence(string rule, string[] codes, string sentence, Func<Offre, bool>? accepts = null, Action<Offre>? change = null) =>
        new(rule, codes, sentence, (g, r) =>
        {
            var offre = g.Entry.Offre;
            offre.Description = Inject(offre.Description ?? "", Styled(sentence, r), r);
            change?.Invoke(offre);
            return Normalised(g, offre);
        }, accepts);

    public static EvalCase Title(string rule, string[] codes, string title, Func<Offre, bool>? accepts = null, Action<Offre>? change = null) =>
        new(rule, codes, "intitulé : " + title, (g, r) =>
        {
            var offre = g.Entry.Offre;
            // Partners often send titles in capitals ("SERVEUSE EN RESTAURATION").
            offre.Intitule = r.Next(4) == 0 ? title.ToUpper(French) : title;
            change?.Invoke(offre);
            return Normalised(g, offre);
        }, accepts);

    public static EvalCase Fields(string rule, string[] codes, string name, Action<Offre, Random> change, Func<Offre, bool>? accepts = null,
        PosterKind? poster = null, bool dropSiret = false, Action<RawOffer>? raw = null) =>
        new(rule, codes, name, (g, r) =>
        {
            var offre = g.Entry.Offre;
            change(offre, r);
            var record = new RawOffer();
            raw?.Invoke(record);
            return Normalised(g, offre, poster, dropSiret ? null : g.Employeur.Siret, record);
        }, accepts);

    /// <summary>
    /// How ads set a requirement apart: as written (two times in three), in capitals, or as a
    /// bullet of a list ("- ", "• ") on its own line.
    /// </summary>
    public static string Styled(string sentence, Random r) => r.Next(6) switch
    {
        0 => sentence.ToUpper(French),
        1 => "\n- " + sentence,
        2 => "\n• " + sentence,
        _ => sentence,
    };

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    public static string Inject(string description, string sentence, Random r)
    {
        var newline = description.IndexOf('\n', StringComparison.Ordinal);
        return r.Next(3) switch
        {
            0 => sentence + " " + description,
            1 when newline > 0 => string.Concat(description.AsSpan(0, newline + 1), sentence, " ", description.AsSpan(newline + 1)),
            _ => description + "\n" + sentence,
        };
    }

    public static NormalisedOffer Normalised(OffreGeneree g, Offre offre, PosterKind? poster = null, string? siret = "", RawOffer? raw = null)
    {
        var entry = g.Entry with { Offre = offre };
        var kind = poster ?? (offre.TypeContrat is "MIS" or "DIN" ? PosterKind.Agency : entry.Source == Sources.Plateforme ? PosterKind.Employer : PosterKind.Partner);
        return new NormalisedOffer(entry, raw ?? new RawOffer(), kind, siret == "" ? g.Employeur.Siret : siret, []);
    }

    public override string ToString() => $"{Rule} {(IsViolation ? "violation" : "look-alike")}{(HeldOut ? " (held out)" : "")}: {Name}";
}

/// <summary>Bases a wording needs, so that its label stays true.</summary>
internal static class Bases
{
    public static bool NotWorkStudy(Offre o) =>
        !o.Alternance && !(o.Description?.Contains("alternance", StringComparison.OrdinalIgnoreCase) ?? false);

    public static bool NotPerformer(Offre o) => o.RomeCode is not { } r || !(r.StartsWith("L1102", StringComparison.Ordinal) || r.StartsWith("L12", StringComparison.Ordinal));

    public static bool NotRegulated(Offre o) => o.RomeCode is not { } r
        || !(r[0] is 'J' || r.StartsWith("K1", StringComparison.Ordinal) || r.StartsWith("K2", StringComparison.Ordinal)
            || r.StartsWith("C1", StringComparison.Ordinal) || r.StartsWith("G12", StringComparison.Ordinal) || r.StartsWith("N41", StringComparison.Ordinal));

    /// <summary>A private employer whose text does not speak of public service, where nationality may be required.</summary>
    public static bool NotPublic(Offre o) => !(o.CodeNAF?.StartsWith("84", StringComparison.Ordinal) ?? false) && (o.RomeCode is not { } r || !r.StartsWith("K1", StringComparison.Ordinal))
        && !PublicWords.Any(w => o.Description?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Any base offer of a private employer.</summary>
    public static bool Private(Offre o) => All(o) && NotPublic(o);

    /// <summary>Any base offer of an unregulated occupation.</summary>
    public static bool Unregulated(Offre o) => All(o) && NotRegulated(o);

    private static readonly string[] PublicWords = ["fonction publique", "concours", "fonctionnaire", "habilitation", "armée", "militaire", "gendarmerie", "préfecture", "ministère", "police", "défense", "magistrat"];

    public static bool NotLanguageJob(Offre o) => o.RomeCode is not { } r || !(r.StartsWith("K21", StringComparison.Ordinal) || r is "E1108" or "G1227");

    public static bool Salaried(Offre o) => o.TypeContrat is "CDI" or "CDD" or "MIS" or "SAI" && NotWorkStudy(o);

    /// <summary>Neither an agency's contract or NAF code, nor a text that already says it recruits for a client.</summary>
    public static bool NotAgency(Offre o) => o.TypeContrat is not ("MIS" or "DIN") && !(o.CodeNAF?.StartsWith("78", StringComparison.Ordinal) ?? false)
        && !AgencyWords.Any(w => o.Description?.Contains(w, StringComparison.OrdinalIgnoreCase) ?? false);

    private static readonly string[] AgencyWords = ["notre client", "nos clients", "son client", "entreprise cliente", "intérim", "travail temporaire"];

    public static bool All(Offre o) => NotWorkStudy(o) && NotPerformer(o);

    /// <summary>A base already of that contract type, so that its own text does not contradict the case.</summary>
    public static Func<Offre, bool> Contract(string type) => o => All(o) && o.TypeContrat == type;

    /// <summary>A base whose text was written for that experience requirement.</summary>
    public static Func<Offre, bool> Experience(string exige) => o => All(o) && o.ExperienceExige == exige;
}
