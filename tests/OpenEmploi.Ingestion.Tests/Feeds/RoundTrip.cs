using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Feeds;

/// <summary>What must survive writing generated offers in a format and reading them back.</summary>
internal static class RoundTrip
{
    public static async Task<List<RawOffer>> WriteAndReadAsync(FeedFormat format, FeedWriterOptions? options = null)
    {
        var feed = await FeedSamples.WriteAsync(format, FeedSamples.Entries, options);
        var items = await FeedSamples.ReadAsync(format, feed);
        Assert.Empty(items.OfType<FeedError>());
        var offers = FeedSamples.RawOffers(items);
        Assert.Equal(FeedSamples.Offers.Count, offers.Count);
        for (var i = 0; i < offers.Count; i++)
        {
            Assert.Equal(i + 1, offers[i].RecordNumber);
            AssertSame(FeedSamples.Offers[i].Entry.Offre, offers[i], format);
        }
        return offers;
    }

    public static void AssertSame(Offre expected, RawOffer actual, FeedFormat format)
    {
        Assert.Equal(expected.Id, actual.SourceId);
        Assert.Equal(expected.Intitule, actual.Title);
        // HTML collapses white space within a line (« •\tGère » is shown « • Gère »).
        Assert.Equal(format == FeedFormat.JsonLd ? CollapseSpaces(expected.Description) : expected.Description, actual.Description);
        Assert.Equal(expected.Entreprise?.Nom, actual.Employer.Name);
        Assert.Equal(Utc(expected.DateCreation), actual.DatePosted);
        if (format != FeedFormat.JsonLd)
            Assert.Equal(Utc(expected.DateActualisation), actual.DateUpdated);

        var lieu = expected.LieuTravail!;
        Assert.Equal(lieu.CodePostal, actual.Place.PostalCode);
        Assert.Equal(lieu.Latitude, actual.Place.Latitude);
        Assert.Equal(lieu.Longitude, actual.Place.Longitude);
        if (lieu.CodePostal is not null)
            Assert.Equal(lieu.Libelle![(lieu.Libelle!.IndexOf(" - ", StringComparison.Ordinal) + 3)..], actual.Place.City);
        else
            Assert.NotNull(actual.Place.Departement ?? actual.Place.Region);
        if (format != FeedFormat.JsonLd)
            Assert.Equal(lieu.Commune, actual.Place.CommuneInsee);

        Assert.Equal(expected.Competences?.Select(c => c.Libelle) ?? [], actual.Skills);
        Assert.Equal(expected.Contact?.UrlPostulation, actual.ApplyUrl);
        Assert.Equal(expected.DureeTravailLibelle, actual.WorkingTimeText);
        Assert.Equal(expected.ExperienceLibelle ?? expected.ExperienceCommentaire, actual.ExperienceText);
        if (format == FeedFormat.JsonLd)
        {
            // Schema.org has no French contract types: what is not a CDI is at least TEMPORARY or CONTRACTOR.
            Assert.Equal(expected.TypeContrat is "CDI" or "DIN", actual.ContractText is "FULL_TIME" or "PART_TIME");
            if (expected.Salaire?.Libelle is not null)
                Assert.NotNull(actual.SalaryMin);
        }
        else
        {
            Assert.Equal(expected.TypeContratLibelle, actual.ContractText);
            Assert.Equal(expected.Salaire?.Libelle ?? expected.Salaire?.Commentaire, actual.SalaryText);
        }
    }

    private static string? CollapseSpaces(string? text) =>
        text is null ? null : string.Join('\n', text.Split('\n').Select(l => string.Join(' ', l.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0));

    private static DateTimeOffset Utc(DateTime date) => new(DateTime.SpecifyKind(date, DateTimeKind.Utc));
}
