using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Normalisation.Rome;
using OpenEmploi.Ingestion.Normalisation.Terms;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

/// <summary>
/// The normaliser remembers its readings of repeated titles and wordings (ROME coding, contract,
/// working time, experience, pay): what it gives must not depend on what it read before.
/// </summary>
public sealed class RememberedReadingsTests
{
    private const int Count = 3_000;

    [Fact]
    public void A_record_normalises_alike_whatever_the_normaliser_read_before()
    {
        var records = Shared.Generator.GenerateDetailed(0, Count).Select((g, i) => AsText(g.Entry, i)).ToList();

        // Cold: a fresh normaliser, the records in feed order (each wording read the first time it comes).
        var cold = Outcomes(NewNormaliser(), records);
        // Warm: the same normaliser again, every wording remembered, the same texts as other string instances.
        var warmNormaliser = NewNormaliser();
        Outcomes(warmNormaliser, records);
        var warm = Outcomes(warmNormaliser, records.Select(Copy).ToList());
        // Another order: each wording first read with another record.
        var reversed = Outcomes(NewNormaliser(), records.AsEnumerable().Reverse().ToList());
        reversed.Reverse();

        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(cold[i], warm[i]);
            Assert.Equal(cold[i], reversed[i]);
        }
        // The generator's wordings are read, not merely passed through.
        Assert.Contains(cold, o => o.Contains("CDD - ", StringComparison.Ordinal));
        Assert.Contains(cold, o => o.Contains("\"romeCode\":\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_coding_remembers_at_most_its_capacity_and_codes_alike_past_it()
    {
        var classifier = new RomeClassifier(Shared.Data.Rome);
        var other = new RomeClassifier(Shared.Data.Rome);
        var titles = new[] { "Boulanger H/F", "Chauffeur PL", "Assistant RH", "ATSEM", "Vendeuse en boulangerie" };
        var first = titles.Select(t => classifier.Classify(t)).ToList();

        // More distinct titles than the memo holds ("Boulanger H/F 12345"), each coded as a classifier
        // that never saw the others codes it.
        for (var i = 0; i < RomeClassifier.MemoCapacity + 5_000; i++)
        {
            var title = titles[i % titles.Length] + " " + i.ToString(CultureInfo.InvariantCulture);
            var code = i % 2 == 0 ? null : "D1102";
            Assert.Equal(other.Classify(title, code), classifier.Classify(title, code));
        }

        Assert.True(classifier.MemoCount <= RomeClassifier.MemoCapacity, $"{classifier.MemoCount} titles held");
        Assert.Equal(first, titles.Select(t => classifier.Classify(t)).ToList());
        Assert.Equal(first, titles.Select(t => classifier.Classify(new string(t.AsSpan()))).ToList());
        // The code given is part of what is remembered.
        Assert.Equal("D1102", classifier.Classify("Boulanger H/F", "D1102").BestOfCode?.Appellation.CodeRome);
        Assert.Null(classifier.Classify("Boulanger H/F", "N4101").BestOfCode);
        Assert.Null(classifier.Classify("Boulanger H/F").BestOfCode);
    }

    [Fact]
    public void Wordings_are_remembered_within_capacity_and_long_texts_are_read_each_time()
    {
        var memo = new TermsMemo();
        for (var i = 0; i < 40_000; i++)
        {
            var amount = 1_500 + i;
            var text = string.Create(CultureInfo.InvariantCulture, $"Mensuel de {amount}.00 Euros sur 12 mois");
            Assert.Equal(SalaryParser.Parse(text), memo.Salary(text).Terms);
            Assert.Equal(amount, memo.Salary(text).Terms.Min);
        }
        Assert.True(memo.Count <= memo.Capacity, $"{memo.Count} of {memo.Capacity}");

        Assert.True(memo.Salary("3000 CHF par mois").ForeignCurrency);
        Assert.Equal("CDD", memo.Contract("CDD - 6 Mois").Type);
        Assert.Equal(6, memo.Contract("CDD - 6 Mois").Duration);
        Assert.Null(memo.Contract("Chargé de mission", strict: true).Type);
        Assert.Equal("MIS", memo.Contract("Chargé de mission").Type);     // the loose reading is its own
        Assert.Equal("Temps partiel", memo.WorkingTime("24H Horaires normaux", TimeHint.None).Converti);
        Assert.Equal("Temps plein", memo.WorkingTime("24H Horaires normaux", TimeHint.FullTime).Converti);
        Assert.Equal("E", memo.Experience("2 ans d'expérience").Exige);

        var held = memo.Count;
        var description = new StringBuilder("Poste à pourvoir rapidement. ").Insert(0, "Vous accueillez les clients. ", 20).Append("CDD de 3 mois.").ToString();
        Assert.True(description.Length > TermsMemo.MaxTextLength);
        Assert.Equal(new ContractTerms("CDD", null, false, false, 3, DurationUnit.Months, TimeHint.None), memo.Contract(description, strict: true));
        Assert.Equal(held, memo.Count);
    }

    private static OffreNormaliser NewNormaliser() => new(Shared.Data, new FakeTimeProvider(new DateTimeOffset(Shared.Now)));

    private static List<string> Outcomes(OffreNormaliser normaliser, List<RawOffer> records) =>
        records.Select(raw =>
        {
            var result = normaliser.Normalise(raw, Shared.Partner, PosterKind.Partner);
            var text = new StringBuilder();
            foreach (var note in result.Rejections.Concat(result.Notes))
                text.Append(note.Field).Append(':').Append(note.Message).Append(';');
            if (result.Offer is { } offer)
                text.Append(OffreJson.Serialize(offer.Offre)).Append('|').Append(offer.Entry.AppellationCode);
            return text.ToString();
        }).ToList();

    /// <summary>A generated offer as a partner's free-text fields carry it (its codes given as the generator gave them).</summary>
    private static RawOffer AsText(OffreEntry entry, int index)
    {
        var o = entry.Offre;
        return new RawOffer
        {
            SourceId = entry.SourceId ?? o.Id,
            Title = o.Intitule,
            Description = o.Description,
            ContractText = o.TypeContratLibelle,
            WorkingTimeText = o.DureeTravailLibelle,
            SalaryText = o.Salaire?.Libelle ?? o.Salaire?.Commentaire,
            ExperienceText = o.ExperienceLibelle,
            // Every third record without its code: the title alone codes it.
            RomeCode = index % 3 == 0 ? null : o.RomeCode,
            DatePosted = new DateTimeOffset(o.DateCreation),
            Employer = new RawEmployer { Name = o.Entreprise?.Nom },
            Place = new RawPlace { PostalCode = o.LieuTravail?.CodePostal, Text = o.LieuTravail?.Libelle },
        };
    }

    private static RawOffer Copy(RawOffer raw) => new()
    {
        SourceId = raw.SourceId,
        Title = Clone(raw.Title),
        Description = Clone(raw.Description),
        ContractText = Clone(raw.ContractText),
        WorkingTimeText = Clone(raw.WorkingTimeText),
        SalaryText = Clone(raw.SalaryText),
        ExperienceText = Clone(raw.ExperienceText),
        RomeCode = Clone(raw.RomeCode),
        DatePosted = raw.DatePosted,
        Employer = raw.Employer,
        Place = raw.Place,
    };

    private static string? Clone(string? s) => s is null ? null : new string(s.AsSpan());
}
