using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// A record's hash is stored with its row and compared at every later import: a record sent
/// again unchanged is recognised by it. Any change to the bytes hashed would make every stored
/// record of every source look changed, and the next imports re-decide them all.
/// </summary>
public sealed class RawOfferHashTests
{
    [Fact]
    public void A_record_hashes_as_its_fields_joined_by_the_unit_separator_were_hashed_before()
    {
        foreach (var raw in Records())
            Assert.Equal(JoinedHash(raw), RawOfferHash.Of(raw));
    }

    [Fact]
    public void The_hash_of_a_known_record_has_not_moved()
    {
        // Computed by the joined-text implementation that earlier imports stored their hashes with.
        Assert.Equal("15bef43ed6086af7b567ad9d30fafa30", RawOfferHash.Of(Records()[0]));
    }

    [Fact]
    public void Any_field_changes_the_hash()
    {
        var first = Records()[0];
        var other = Records()[0];
        other.Place.Latitude = 45.7641;
        Assert.NotEqual(RawOfferHash.Of(first), RawOfferHash.Of(other));
        other = Records()[0];
        other.Skills.Add("Cariste");
        Assert.NotEqual(RawOfferHash.Of(first), RawOfferHash.Of(other));
    }

    private static List<RawOffer> Records()
    {
        var full = new RawOffer
        {
            SourceId = "JR-000123",
            Title = "Préparateur de commandes H/F",
            Description = "Entrepôt logistique à Vénissieux.\nPoste en 2×8, port de charges.\nSalaire : 1 900 € brut mensuel.",
            ContractText = "CDI", WorkingTimeText = "35H", SalaryText = "entre 25 et 30 k€/an",
            SalaryMin = 25000.50m, SalaryMax = 30000m, SalaryPeriod = "YEAR", ExperienceText = "Débutant accepté", RomeCode = "N1103",
            ApplyUrl = "https://emplois.example/offres/123?utm=x",
            DatePosted = new DateTimeOffset(2026, 11, 2, 8, 30, 15, 123, TimeSpan.FromHours(1)),
            DateUpdated = new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.Zero),
            ValidThrough = new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromHours(-5)),
            Employer = new RawEmployer { Name = "Logistique Alpha", Siret = "123 456 789 00012", Naf = "52.10B", Url = "https://alpha.example", Description = "PME", IsAgency = false },
            Place = new RawPlace { PostalCode = "69200", City = "Vénissieux", CommuneInsee = "69259", Latitude = 45.6975, Longitude = -4.886e-3, Departement = "69", Region = "84", Country = "FR", Text = "Vénissieux (69)" },
            Contact = new RawContact { Name = "Mme Martin", Email = "rh@alpha.example", Phone = "04 72 00 00 00" },
        };
        full.Skills.Add("Conduite de chariot");
        full.Skills.Add("Lecture de bons");

        // Nothing but an id; an agency; a text longer than the pooled buffer's first size, with
        // characters of every UTF-8 length and unpaired surrogates at a field's ends and middle.
        var bare = new RawOffer { SourceId = "X" };
        var odd = new RawOffer
        {
            SourceId = "\uD83D",
            Title = "Chef 👩‍🍳 de partie \uDC00",
            Description = string.Concat(Enumerable.Repeat("Ligne é€𝄞 ", 900)) + "\uD800",
            Employer = new RawEmployer { Name = "\uDFFFIntérim Plus", IsAgency = true },
            Place = new RawPlace { Latitude = double.MaxValue, Longitude = 1e-300 },
            SalaryMin = -0.0001m,
        };
        // Wire documents (a JSON feed's records): hashed as their serialised JSON, non-ASCII and
        // escaped characters included.
        var generated = Normalisation.Shared.Generator.GenerateDetailed(0, 1).Single().Entry.Offre;
        var wire = new RawOffer { SourceId = generated.Id, Wire = generated, Title = generated.Intitule };
        var oddWire = new RawOffer
        {
            SourceId = "W-2",
            Wire = new Core.Offres.Offre { Id = "W-2", Intitule = "Chef 👩‍🍳 « de partie » <b>&amp;</b> \"quote\"", Description = "Ligne é€𝄞\n\u0001 fin \uD800" },
        };
        return [full, bare, odd, wire, oddWire];
    }

    /// <summary>The hash as it was defined: the fields joined into one string, then UTF-8, then SHA-256.</summary>
    private static string JoinedHash(RawOffer raw)
    {
        var text = new StringBuilder();
        void Add(string? value) => text.Append(value).Append('\u001F');
        void AddNumber(IFormattable? value) => Add(value?.ToString(null, CultureInfo.InvariantCulture));
        Add(raw.SourceId);
        Add(raw.Wire is null ? null : Core.Offres.OffreJson.Serialize(raw.Wire));
        Add(raw.Title);
        Add(raw.Description);
        Add(raw.Employer.Name); Add(raw.Employer.Siret); Add(raw.Employer.Naf); Add(raw.Employer.Url); Add(raw.Employer.Description);
        Add(raw.Employer.IsAgency?.ToString());
        Add(raw.Place.PostalCode); Add(raw.Place.City); Add(raw.Place.CommuneInsee); AddNumber(raw.Place.Latitude); AddNumber(raw.Place.Longitude);
        Add(raw.Place.Departement); Add(raw.Place.Region); Add(raw.Place.Country); Add(raw.Place.Text);
        Add(raw.ContractText); Add(raw.WorkingTimeText); Add(raw.SalaryText); AddNumber(raw.SalaryMin); AddNumber(raw.SalaryMax); Add(raw.SalaryPeriod);
        Add(raw.ExperienceText); Add(raw.RomeCode); Add(raw.ApplyUrl);
        AddNumber(raw.DatePosted); AddNumber(raw.DateUpdated); AddNumber(raw.ValidThrough);
        foreach (var skill in raw.Skills)
            Add(skill);
        Add(raw.Contact.Name); Add(raw.Contact.Email); Add(raw.Contact.Phone);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..16]);
    }
}
