using System.Globalization;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Offres;

namespace OpenEmploi.Bench.Ingest;

/// <summary>What a record of the bench feed is, and so what the import should make of it.</summary>
internal enum FeedRecordKind
{
    /// <summary>A job the base does not have.</summary>
    New,

    /// <summary>A job of the base as another board re-publishes it (transformed): a duplicate to merge.</summary>
    Copy,

    /// <summary>A job of the base copied as is, under the board's reference.</summary>
    ExactCopy,

    /// <summary>A record of the previous feed sent again as it was.</summary>
    Unchanged,

    /// <summary>A record of the previous feed with a new date, text and pay.</summary>
    Updated,

    /// <summary>No title: the reader reports it, nothing is stored.</summary>
    Unreadable,

    /// <summary>Discriminatory wording: blocked by verification, kept with its reasons.</summary>
    Blocked,

    /// <summary>No place at all: normalisation rejects it.</summary>
    Rejected,
}

/// <summary>
/// The two feeds of one partner board that the ingest benchmark imports into a generated base: a
/// previous feed (new jobs only, a fifth of the feed's size), then the feed itself, a full feed
/// whose records are, in a deterministic shuffled order:
///
/// | share | kind |
/// |---|---|
/// | 53 % | new jobs (the base generator's offers past the base's last index) |
/// | 25 % | copies of base offers: one in seven exact, the others transformed as boards do (title "H/F" added or dropped, text reordered or shortened and wrapped in the board's header and footer, HTML, employer re-cased, place by postal code or département only, contract re-worded, later dates) |
/// | 9 % | previous-feed records sent again unchanged |
/// | 9 % | previous-feed records updated (later date, a sentence added, pay changed) |
/// | 2 % | new jobs with discriminatory wording (blocked) |
/// | 1.5 % | records without a title (reader errors) |
/// | 0.5 % | new jobs without any place (rejected) |
///
/// The previous feed's other records (one in ten) are missing from the feed: the full feed removes them.
/// Everything depends only on the seed and the base size, so that runs compare.
/// </summary>
internal sealed partial class PartnerFeed
{
    public static readonly Source Board = new("REGIONJOBS", "RégionJobs", "https://www.regionjobs.example", "https://www.regionjobs.example/logo.png");

    private const ulong Stream = 0x1A6E57;
    private static readonly string[] Headers = ["{0} relaie cette offre pour le compte de son client.", "Offre publiée sur {0} – réf. {1}", "Nouvelle offre d'emploi sur {0} !"];
    private static readonly string[] Footers = ["Postulez en un clic sur {0}.", "{0}, des milliers d'offres près de chez vous : créez votre alerte emploi.", "Candidature rapide, votre CV suffit (réf. {1})."];
    private static readonly string[] TitleMarks = [" H/F", " (H/F)", " - F/H", " (H/F/X)"];
    private static readonly string[] Discriminations =
    [
        "Profil recherché : homme uniquement, âgé de 25 à 35 ans.",
        "Poste réservé à une jeune femme de moins de 30 ans, célibataire et sans enfant.",
        "Nationalité française exigée, candidat sans accent et de bonne présentation.",
    ];

    private readonly OffreGenerator _generator;
    private readonly int _baseOffers;
    private readonly int _seed;
    private readonly Dictionary<string, string> _sirets = new(StringComparer.Ordinal);

    public PartnerFeed(OffreGenerator generator, int baseOffers, int feedSize, int seed)
    {
        _generator = generator;
        _baseOffers = baseOffers;
        _seed = seed;
        PreviousSize = Math.Max(1, feedSize / 5);
        Plan = BuildPlan(feedSize, PreviousSize, seed);
    }

    public int PreviousSize { get; }

    /// <summary>The feed's records in feed order: kind and argument (a job number of the kind).</summary>
    public IReadOnlyList<(FeedRecordKind Kind, int Number)> Plan { get; }

    /// <summary>The SIRET a record carries in its feed (boards give it half the time for copies), by reference.</summary>
    public string? SiretOf(string reference) => _sirets.GetValueOrDefault(reference);

    public IEnumerable<OffreEntry> Previous()
    {
        for (var j = 0; j < PreviousSize; j++)
            yield return PreviousJob(j, updated: false);
    }

    public IEnumerable<OffreEntry> Main()
    {
        var newJobs = PreviousSize;
        foreach (var (kind, number) in Plan)
        {
            yield return kind switch
            {
                FeedRecordKind.Unchanged => PreviousJob(number, updated: false),
                FeedRecordKind.Updated => PreviousJob(number, updated: true),
                FeedRecordKind.Copy or FeedRecordKind.ExactCopy => CopyOf(number, exact: kind == FeedRecordKind.ExactCopy),
                _ => Special(NewJob(newJobs++, "N"), kind, number),
            };
        }
    }

    public Dictionary<FeedRecordKind, int> Counts()
    {
        var counts = new Dictionary<FeedRecordKind, int>();
        foreach (var (kind, _) in Plan)
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
        return counts;
    }

    private static List<(FeedRecordKind, int)> BuildPlan(int size, int previous, int seed)
    {
        var plan = new List<(FeedRecordKind, int)>(size);
        void Add(FeedRecordKind kind, int count)
        {
            for (var i = 0; i < count && plan.Count < size; i++)
                plan.Add((kind, 0));
        }
        var resent = Math.Min(previous * 9 / 10, (int)(size * 0.18));
        Add(FeedRecordKind.Unchanged, resent / 2);
        Add(FeedRecordKind.Updated, resent - (resent / 2));
        var copies = (int)(size * 0.25);
        Add(FeedRecordKind.ExactCopy, copies / 7);
        Add(FeedRecordKind.Copy, copies - (copies / 7));
        Add(FeedRecordKind.Blocked, (int)(size * 0.02));
        Add(FeedRecordKind.Unreadable, (int)(size * 0.015));
        Add(FeedRecordKind.Rejected, (int)(size * 0.005));
        Add(FeedRecordKind.New, size - plan.Count);

        // Numbers: the previous feed's records resent are its first ones (the last tenth is gone);
        // copies take base offers spread over the whole base; the others count their kind.
        var r = new DetRandom((ulong)seed, Stream, 0);
        var previousOrder = Enumerable.Range(0, previous).ToArray();
        Shuffle(previousOrder, r);
        int resentIndex = 0, other = 0;
        for (var i = 0; i < plan.Count; i++)
        {
            var (kind, _) = plan[i];
            plan[i] = (kind, kind switch
            {
                FeedRecordKind.Unchanged or FeedRecordKind.Updated => previousOrder[resentIndex++],
                _ => other++,
            });
        }
        var order = plan.ToArray();
        Shuffle(order, r);
        return [.. order];
    }

    private OffreEntry PreviousJob(int j, bool updated)
    {
        var entry = NewJob(j, "P");
        if (!updated)
            return entry;
        var offre = entry.Offre;
        offre.DateActualisation = offre.DateActualisation.AddDays(2);
        offre.Description += "\nMise à jour : le poste est toujours à pourvoir, démarrage rapide souhaité.";
        if (offre.Salaire?.Libelle is { } label)
            offre.Salaire.Libelle = label.Replace("sur 12 mois", "sur 13 mois", StringComparison.Ordinal);
        return entry;
    }

    /// <summary>A job the base does not hold: the generator's offer past the base's end, as the board publishes it.</summary>
    private OffreEntry NewJob(int number, string prefix)
    {
        var generated = _generator.GenerateOne(_baseOffers + (prefix == "P" ? 0 : PreviousSize) + number);
        var reference = string.Create(CultureInfo.InvariantCulture, $"RJ-{prefix}{number:D7}");
        _sirets[reference] = generated.Employeur.Siret;
        var offre = generated.Entry.Offre;
        OnBoard(offre, reference);
        return generated.Entry with { Source = Board.Code, SourceId = reference };
    }

    private static OffreEntry Special(OffreEntry entry, FeedRecordKind kind, int number)
    {
        var offre = entry.Offre;
        switch (kind)
        {
            case FeedRecordKind.Unreadable:
                offre.Intitule = null;
                break;
            case FeedRecordKind.Blocked:
                offre.Description += "\n" + Discriminations[number % Discriminations.Length];
                break;
            case FeedRecordKind.Rejected:
                offre.LieuTravail = null;
                break;
        }
        return entry;
    }

    /// <summary>Base offer number <paramref name="k"/> of the copies, re-published by the board.</summary>
    private OffreEntry CopyOf(int k, bool exact)
    {
        // Spread over the base with a stride prime to its size: every part of the base is copied.
        var index = (int)((k * 7_919L + 13) % _baseOffers);
        var generated = _generator.GenerateOne(index);
        var original = generated.Entry.Offre;
        var reference = string.Create(CultureInfo.InvariantCulture, $"RJ-C{index:D7}");
        var r = new DetRandom((ulong)_seed, Stream + 1, (ulong)index);
        var offre = OffreJson.Deserialize(OffreJson.Serialize(original));
        if (!exact)
            Transform(offre, reference, r);
        offre.DateCreation = original.DateCreation.AddHours(r.Next(0, 72));
        var updated = original.DateActualisation.AddHours(r.Next(0, 48));
        offre.DateActualisation = updated > offre.DateCreation ? updated : offre.DateCreation;
        OnBoard(offre, reference);
        if (exact || r.Chance(0.5))
            _sirets[reference] = generated.Employeur.Siret;
        return generated.Entry with { Offre = offre, Source = Board.Code, SourceId = reference };
    }

    private static void Transform(Offre offre, string reference, DetRandom r)
    {
        var title = offre.Intitule ?? "";
        if (r.Chance(0.5))
            title = HfMark().IsMatch(title) ? HfMark().Replace(title, "") : title + r.Pick(TitleMarks);
        offre.Intitule = r.Chance(0.2) ? title.ToUpperInvariant() : title;
        offre.Description = Description(offre.Description ?? "", reference, r);
        if (offre.Entreprise?.Nom is { } employer)
        {
            if (r.Chance(0.3))
                employer = employer.ToUpperInvariant();
            if (r.Chance(0.2))
                employer += r.Chance(0.5) ? " SAS" : " SARL";
            offre.Entreprise.Nom = employer;
        }
        if (offre.LieuTravail is { Commune: not null } lieu && r.Chance(0.3))
        {
            offre.LieuTravail = r.Chance(0.5)
                ? new LieuTravail { Libelle = lieu.CodePostal, CodePostal = lieu.CodePostal }
                : new LieuTravail { Libelle = lieu.Libelle?.Split(" - ")[0] + " - département" };
        }
        if (offre.TypeContrat is { } type)
        {
            offre.TypeContratLibelle = r.Pick(ContractLabels(type));
            if (r.Chance(0.15))
                offre.TypeContrat = null;
        }
    }

    private static string Description(string text, string reference, DetRandom r)
    {
        var paragraphs = text.Split('\n').Select(p => SentenceEnd().Split(p).ToList()).ToList();
        if (r.Chance(0.35))
        {
            if (r.Chance(0.5) && paragraphs.Count > 1)
                paragraphs.Reverse();
            else
                Shuffle(paragraphs[r.Next(paragraphs.Count)], r);
        }
        if (r.Chance(0.4))
        {
            var last = paragraphs[^1];
            if (r.Chance(0.5) && paragraphs.Count > 2)
                paragraphs.RemoveAt(paragraphs.Count - 1);
            else if (last.Count > 1)
                last.RemoveAt(last.Count - 1);
        }
        var lines = paragraphs.Select(p => string.Join(' ', p)).Where(p => p.Length > 0).ToList();
        if (r.Chance(0.5))
            lines.Insert(0, string.Format(CultureInfo.InvariantCulture, r.Pick(Headers), Board.Nom, reference));
        if (r.Chance(0.8))
            lines.Add(string.Format(CultureInfo.InvariantCulture, r.Pick(Footers), Board.Nom, reference));
        return r.Chance(0.3) ? "<p>" + string.Join("</p>\n<p>", lines) + "</p>" : string.Join('\n', lines);
    }

    /// <summary>The board's reference, page and apply link.</summary>
    private static void OnBoard(Offre offre, string reference)
    {
        var page = Partenaires.OfferUrl(Board, reference);
        offre.Id = reference;
        offre.OrigineOffre = new OrigineOffre { Origine = "2", UrlOrigine = page, Partenaires = [new Partenaire { Nom = Board.Nom, Url = Board.Url, Logo = Board.Logo }] };
        offre.Contact = new Contact { UrlPostulation = page + "/postuler" };
    }

    private static string[] ContractLabels(string type) => type switch
    {
        "CDI" => ["Contrat à durée indéterminée", "CDI - temps plein", "cdi"],
        "CDD" => ["Contrat à durée déterminée", "CDD", "Contrat temporaire"],
        "MIS" => ["Intérim", "Mission d'intérim", "Travail temporaire"],
        _ => [type],
    };

    private static void Shuffle<T>(IList<T> items, DetRandom r)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = r.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    [GeneratedRegex(@"\s*\(?\b[HF]/[HF]\b\)?")]
    private static partial Regex HfMark();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
