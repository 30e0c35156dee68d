using OpenEmploi.Core.Travail;
using System.Globalization;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.DataGen.Tests;

/// <summary>Every generated value is one the referentials and the wire contract accept.</summary>
[Collection(GeneratorCollection.Name)]
public sealed partial class ValidityTests(GeneratorFixture fixture)
{
    private IEnumerable<OffreEntry> Entries => fixture.Sample.Select(g => g.Entry);

    [GeneratedRegex(@"^(Mensuel|Annuel|Horaire) de (\d+\.\d{2}) Euros( à (\d+\.\d{2}) Euros)? sur 1[23] mois$")]
    private static partial Regex SalaireLibelle();

    [GeneratedRegex(@"^(\d{2,3}|2A|2B) - [A-Z0-9 ]+$")]
    private static partial Regex CommuneLibelle();

    [Fact]
    public void Rome_appellation_and_naf_codes_exist_and_agree()
    {
        var rome = fixture.Data.Rome;
        var naf = fixture.Data.Naf;
        foreach (var entry in Entries)
        {
            var offre = entry.Offre;
            var metier = rome.MetierByCode(offre.RomeCode!);
            Assert.NotNull(metier);
            Assert.Equal(metier.Libelle, offre.RomeLibelle);
            var appellation = rome.AppellationByCode(entry.AppellationCode!);
            Assert.NotNull(appellation);
            Assert.Equal(offre.RomeCode, appellation.CodeRome);
            Assert.Equal(appellation.Libelle, offre.AppellationLibelle);

            var sousClasse = naf.ByCode(offre.CodeNAF!);
            Assert.NotNull(sousClasse);
            Assert.Equal(Core.Referentiels.NafLevel.SousClasse, sousClasse.Level);
            var division = naf.AncestorAt(offre.CodeNAF!, Core.Referentiels.NafLevel.Division);
            Assert.Equal(division!.Code, offre.SecteurActivite);
            Assert.Equal(division.Libelle, offre.SecteurActiviteLibelle);
        }
    }

    [Fact]
    public void Sector_is_coherent_with_occupation()
    {
        var hospitality = Entries.Where(e => e.Offre.RomeCode!.StartsWith("G18", StringComparison.Ordinal) && e.Offre.TypeContrat is not ("MIS" or "DIN")).ToList();
        Assert.NotEmpty(hospitality);
        Assert.All(hospitality, e => Assert.Contains(e.Offre.SecteurActivite, new[] { "55", "56" }));
        // Interim offers are posted by temporary-work agencies.
        var interim = Entries.Where(e => e.Offre.TypeContrat is "MIS" or "DIN").ToList();
        Assert.All(interim, e => Assert.Equal("78.20Z", e.Offre.CodeNAF));
    }

    [Fact]
    public void Places_are_real_communes_departements_and_regions()
    {
        var geo = fixture.Data.Geographie;
        foreach (var entry in Entries)
        {
            var lieu = entry.Offre.LieuTravail!;
            Assert.NotNull(geo.RegionByCode(entry.Region!));
            if (lieu.Commune is { } code)
            {
                var commune = geo.CommuneByInsee(code);
                Assert.NotNull(commune);
                Assert.False(geo.ArrondissementsOf(code).Count > 0, "Paris, Lyon et Marseille sont placées par arrondissement");
                Assert.Equal(commune.CodeDepartement, entry.Departement);
                Assert.Equal(commune.CodeRegion, entry.Region);
                Assert.Equal(commune.Latitude, lieu.Latitude);
                Assert.Equal(commune.Longitude, lieu.Longitude);
                Assert.Contains(lieu.CodePostal!, commune.CodesPostaux);
                Assert.Matches(CommuneLibelle(), lieu.Libelle!);
                Assert.StartsWith(commune.CodeDepartement + " - ", lieu.Libelle!, StringComparison.Ordinal);
            }
            else if (entry.Departement is { } dep)
            {
                var departement = geo.DepartementByCode(dep);
                Assert.Equal($"{dep} - {departement!.Nom}", lieu.Libelle);
                Assert.Equal(departement.CodeRegion, entry.Region);
                Assert.Null(lieu.Latitude);
            }
            else
            {
                Assert.Equal(geo.RegionByCode(entry.Region!)!.Nom, lieu.Libelle);
                Assert.Null(lieu.Latitude);
            }
        }
        Assert.Contains(Entries, e => e.Offre.LieuTravail!.Libelle!.StartsWith("75 - PARIS ", StringComparison.Ordinal));
    }

    [Fact]
    public void Coded_fields_use_the_referentials()
    {
        var listes = fixture.Data.Listes;
        var natures = listes.NaturesContrat.Select(n => n.Libelle).ToHashSet(StringComparer.Ordinal);
        var permis = listes.Permis.Select(p => p.Libelle).ToHashSet(StringComparer.Ordinal);
        var niveaux = listes.NiveauxFormation.Select(n => n.Libelle).ToHashSet(StringComparer.Ordinal);
        var tranches = listes.TranchesEffectif.Select(t => t.Libelle).ToHashSet(StringComparer.Ordinal);
        foreach (var offre in Entries.Select(e => e.Offre))
        {
            Assert.NotNull(listes.TypeContrat(offre.TypeContrat!));
            Assert.Contains(offre.NatureContrat!, natures);
            var qualification = listes.Qualification(offre.QualificationCode!);
            Assert.Equal(qualification!.Libelle, offre.QualificationLibelle);
            Assert.Contains(offre.ExperienceExige, new[] { "D", "S", "E" });
            Assert.False(string.IsNullOrEmpty(offre.ExperienceLibelle));
            Assert.InRange(offre.Competences!.Count, 1, 6);
            foreach (var c in offre.Competences)
            {
                Assert.Equal(fixture.Data.Rome.CompetenceByCode(c.Code!)?.Libelle, c.Libelle);
                Assert.Contains(c.Exigence, new[] { "E", "S" });
            }
            Assert.All(offre.Permis ?? [], p => Assert.Contains(p.Libelle!, permis));
            Assert.All(offre.Formations ?? [], f => Assert.Contains(f.NiveauLibelle!, niveaux));
            if (offre.TrancheEffectifEtab is { } tranche)
                Assert.Contains(tranche, tranches);
        }
    }

    [Fact]
    public void Most_offers_carry_at_least_two_competences()
    {
        var share = 100.0 * Entries.Count(e => e.Offre.Competences!.Count >= 2) / fixture.Sample.Count;
        Assert.True(share > 95, $"{share:F1} %");
    }

    [Fact]
    public void Dates_fall_in_the_last_sixty_days_and_updates_come_after_creation()
    {
        var now = GeneratorFixture.Now;
        foreach (var offre in Entries.Select(e => e.Offre))
        {
            Assert.InRange(offre.DateCreation, now.AddDays(-60), now);
            Assert.InRange(offre.DateActualisation, offre.DateCreation, now);
            Assert.Equal(DateTimeKind.Utc, offre.DateCreation.Kind);
        }
        var lastWeek = Entries.Count(e => e.Offre.DateCreation > now.AddDays(-7));
        var firstWeek = Entries.Count(e => e.Offre.DateCreation < now.AddDays(-53));
        Assert.True(lastWeek > 3 * firstWeek, "les offres récentes sont plus nombreuses");
        Assert.InRange(100.0 * Entries.Count(e => e.Offre.DateActualisation > e.Offre.DateCreation) / fixture.Sample.Count, 55, 75);
    }

    [Fact]
    public void Salary_labels_use_france_travail_format_and_respect_the_minimum_wage_in_force()
    {
        var withLabel = 0;
        var hourly = Smic.France.HourlyAt(DateOnly.FromDateTime(GeneratorFixture.Now), null)!.Value;
        var monthly = Math.Round(hourly * Smic.MonthlyHoursFullTime, 2);
        foreach (var offre in Entries.Select(e => e.Offre))
        {
            if (offre.Salaire?.Libelle is not { } libelle)
                continue;
            withLabel++;
            var match = SalaireLibelle().Match(libelle);
            Assert.True(match.Success, libelle);
            var amount = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (match.Groups[4].Success)
                Assert.True(double.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) > amount, libelle);
            switch (match.Groups[1].Value)
            {
                case "Horaire":
                    Assert.True(amount >= hourly, libelle);
                    break;
                case "Annuel":
                    Assert.True(amount >= 12 * monthly, libelle);
                    break;
                case "Mensuel" when offre.DureeTravailLibelleConverti == "Temps plein":
                    Assert.True(amount >= monthly, libelle);
                    break;
            }
        }
        Assert.InRange(100.0 * withLabel / fixture.Sample.Count, 80, 92);
        Assert.Contains(Entries, e => e.Offre.Salaire is { Libelle: null, Commentaire: not null });
    }

    [Fact]
    public void Descriptions_are_french_sentences_without_placeholders()
    {
        foreach (var offre in Entries.Select(e => e.Offre))
        {
            var description = offre.Description!;
            Assert.InRange(description.Length, 300, 2_000);
            Assert.DoesNotContain('{', description);
            Assert.DoesNotContain('}', description);
            Assert.DoesNotContain("  ", description, StringComparison.Ordinal);
            Assert.Contains("Vous ", description, StringComparison.Ordinal);
            Assert.InRange(description.Count(c => c == '\n'), 2, 2);
            Assert.False(string.IsNullOrWhiteSpace(offre.Intitule));
        }
        var distinct = Entries.Select(e => e.Offre.Description).Distinct(StringComparer.Ordinal).Count();
        Assert.True(distinct > fixture.Sample.Count * 0.99, "les descriptions varient");
    }

    [Fact]
    public void Contact_holds_only_the_platform_apply_link()
    {
        foreach (var offre in Entries.Select(e => e.Offre))
        {
            var contact = offre.Contact!;
            var url = $"http://localhost:5000/offres/{offre.Id}/postuler";
            Assert.Equal(url, contact.UrlPostulation);
            Assert.Equal($"Pour postuler, utiliser le lien suivant : {url}", contact.Courriel);
            Assert.Null(contact.Nom);
            Assert.Null(offre.Agence);
            Assert.Null(offre.Entreprise?.Url);
        }
    }

    [Fact]
    public void Employer_names_are_shown_on_most_offers()
    {
        var named = Entries.Count(e => !string.IsNullOrEmpty(e.Offre.Entreprise?.Nom));
        Assert.InRange(100.0 * named / fixture.Sample.Count, 85, 95);
        Assert.All(Entries.Where(e => e.Offre.TypeContrat == "MIS"), e => Assert.False(string.IsNullOrEmpty(e.Offre.Entreprise!.Nom)));
    }
}
