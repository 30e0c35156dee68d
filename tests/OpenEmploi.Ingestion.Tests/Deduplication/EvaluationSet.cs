using OpenEmploi.Core.Offres;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>One offer of the evaluation set, with the job it really is (the label) and how it was made.</summary>
internal sealed record LabelledOffer(NormalisedOffer Offer, int Job, string Kind);

/// <summary>
/// The labelled de-duplication set, deterministic for a seed: generated offers (the originals),
/// for 65 % of them one to three partner copies (one in seven an exact copy, the others
/// transformed by <see cref="PartnerCopies"/>), and for 30 % of them a hard negative — another
/// job that looks like it: the same offer in another commune (same employer, SIRET, title and
/// text), the employer's template used for another job (other title and missions, same profile
/// and conditions paragraphs), the same employer hiring for another job in the same commune, or
/// the same text under another employer.
/// </summary>
internal static class EvaluationSet
{
    private const ulong Stream = 0xDED0;
    private const string OtherCommuneKind = "negative: other commune";

    public static List<LabelledOffer> Build(OffreGenerator generator, int seed, int originals)
    {
        var generated = generator.GenerateDetailed(0, originals).ToList();
        // A pool of other offers to borrow places, jobs and employers from.
        var pool = generator.GenerateDetailed(originals, originals).ToList();
        var ids = new OffreIdSequence(seed, start: 10L * originals);
        var set = new List<LabelledOffer>();
        var nextJob = originals;
        for (var i = 0; i < originals; i++)
        {
            var r = new DetRandom((ulong)seed, Stream, (ulong)i);
            var original = Original(generated[i], r);
            set.Add(new LabelledOffer(original, i, "original"));

            var copies = r.NextDouble() switch { < 0.35 => 0, < 0.75 => 1, < 0.93 => 2, _ => 3 };
            var partners = Partenaires.All.Where(p => p.Code != original.Entry.Source).ToList();
            for (var c = 0; c < copies; c++)
            {
                var partner = partners[r.Next(partners.Count)];
                partners.Remove(partner);
                var reference = $"{partner.Code[..3]}-{i}-{c}";
                var exact = r.Chance(1.0 / 7);
                var copy = exact
                    ? PartnerCopies.Exact(original, partner, ids.Next(), reference, r)
                    : PartnerCopies.Transformed(original, partner, ids.Next(), reference, r);
                set.Add(new LabelledOffer(copy, i, exact ? "exact copy" : "partner copy"));
            }

            if (r.Chance(0.30))
            {
                var other = pool[r.Next(pool.Count)];
                var (kind, negative) = r.Next(4) switch
                {
                    0 => (OtherCommuneKind, OtherCommune(original, other, r)),
                    1 => ("negative: template for another job", TemplateForAnotherJob(original, other)),
                    2 => ("negative: same employer, other job", SameEmployerOtherJob(original, other)),
                    _ => ("negative: same text, other employer", SameTextOtherEmployer(original, other)),
                };
                // Only the other-commune negative moves: its département and région are the other offer's.
                var placeOf = kind == OtherCommuneKind ? other.Entry : original.Entry;
                if (negative is not null)
                    set.Add(new LabelledOffer(Finish(negative, original, placeOf, ids.Next(), r), nextJob++, kind));
            }
        }
        // Arrival order: by creation date, as a pipeline would meet them.
        return [.. set.OrderBy(o => o.Offer.Offre.DateCreation).ThenBy(o => o.Offer.Offre.Id, StringComparer.Ordinal)];
    }

    private static NormalisedOffer Original(OffreGeneree generated, DetRandom r)
    {
        var entry = generated.Entry;
        var agency = entry.Offre.SecteurActivite == "78";
        var poster = entry.Source == Sources.Plateforme ? (agency ? PosterKind.Agency : PosterKind.Employer) : (agency ? PosterKind.Agency : PosterKind.Partner);
        var raw = new RawOffer
        {
            SourceId = entry.SourceId,
            Title = entry.Offre.Intitule,
            Description = entry.Offre.Description,
            // Two employers in five have a career site that partners link to.
            ApplyUrl = r.Chance(0.4) ? $"https://carrieres-{generated.Employeur.Siret[..9]}.example/offres/{entry.Id}" : null,
        };
        raw.Employer.Name = entry.Offre.Entreprise?.Nom;
        raw.Employer.Siret = generated.Employeur.Siret;
        return new NormalisedOffer(entry, raw, poster, generated.Employeur.Siret, []);
    }

    private static Offre? OtherCommune(NormalisedOffer original, OffreGeneree other, DetRandom r)
    {
        var place = other.Entry.Offre.LieuTravail;
        if (original.Offre.LieuTravail?.Commune is null || place?.Commune is null || place.Commune == original.Offre.LieuTravail.Commune)
            return null;
        var offre = PartnerCopies.Clone(original.Offre, "");
        offre.LieuTravail = place;
        offre.Intitule = r.Chance(0.5) ? offre.Intitule : offre.Intitule + " H/F";
        return offre;
    }

    private static Offre? TemplateForAnotherJob(NormalisedOffer original, OffreGeneree other)
    {
        if (other.Entry.Offre.RomeCode == original.Offre.RomeCode)
            return null;
        var offre = PartnerCopies.Clone(original.Offre, "");
        var theirs = Renamed(other.Entry.Offre.Description!, other.Entry.Offre.Entreprise?.Nom, original.Offre.Entreprise?.Nom).Split('\n');
        var ours = original.Offre.Description!.Split('\n');
        offre.Intitule = other.Entry.Offre.Intitule;
        offre.Description = string.Join('\n', new[] { theirs[0] }.Concat(ours.Skip(1)));
        return offre;
    }

    private static Offre? SameEmployerOtherJob(NormalisedOffer original, OffreGeneree other)
    {
        if (other.Entry.Offre.RomeCode == original.Offre.RomeCode)
            return null;
        var offre = PartnerCopies.Clone(original.Offre, "");
        offre.Intitule = other.Entry.Offre.Intitule;
        offre.Description = Renamed(other.Entry.Offre.Description!, other.Entry.Offre.Entreprise?.Nom, original.Offre.Entreprise?.Nom);
        return offre;
    }

    private static Offre? SameTextOtherEmployer(NormalisedOffer original, OffreGeneree other)
    {
        var name = other.Employeur.Nom;
        if (name == original.Offre.Entreprise?.Nom)
            return null;
        var offre = PartnerCopies.Clone(original.Offre, "");
        offre.Entreprise = new Entreprise { Nom = name };
        offre.Description = Renamed(offre.Description!, original.Offre.Entreprise?.Nom, name);
        return offre;
    }

    /// <summary>A negative posted like an original: by the platform or a board, with its own SIRET rule.</summary>
    private static NormalisedOffer Finish(Offre offre, NormalisedOffer original, OffreEntry placeOf, string id, DetRandom r)
    {
        offre.Id = id;
        PartnerCopies.Dates(offre, original.Offre, r);
        var source = r.Chance(0.5) ? null : Partenaires.All[r.Next(Partenaires.All.Count)];
        var reference = source is null ? null : $"NEG-{id}";
        if (source is not null)
            PartnerCopies.Origin(offre, source, reference!);
        else
        {
            // Its own apply link: the clone still carries the original's.
            offre.OrigineOffre = new OrigineOffre { Origine = "1" };
            offre.Contact = new Contact { UrlPostulation = $"http://localhost:5000/offres/{id}/postuler" };
        }
        var siret = offre.Entreprise?.Nom == original.Offre.Entreprise?.Nom ? original.Siret : Siret.Generate(r);
        var negative = PartnerCopies.Wrap(original, offre, source ?? new Source(Sources.Plateforme, "OpenEmploi", null, null), reference, siret, null, offre.Entreprise?.Nom);
        return negative with { Entry = negative.Entry with { Departement = placeOf.Departement, Region = placeOf.Region } };
    }

    private static string Renamed(string text, string? from, string? to) =>
        from is null || to is null ? text : text.Replace(from, to, StringComparison.Ordinal);
}
