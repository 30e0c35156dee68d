namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class WorkingTimeTests
{
    [Theory]
    [InlineData("35H", "35H", "Temps plein")]
    [InlineData("35h/semaine", "35H", "Temps plein")]
    [InlineData("35 heures", "35H", "Temps plein")]
    [InlineData("24 heures hebdo", "24H", "Temps partiel")]
    [InlineData("Temps partiel", null, "Temps partiel")]
    [InlineData("temps plein", null, "Temps plein")]
    [InlineData("Temps complet", null, "Temps plein")]
    [InlineData("Mi-temps", null, "Temps partiel")]
    [InlineData("39H Travail en journée", "39H Travail en journée", "Temps plein")]
    [InlineData("35H Horaires normaux", "35H Horaires normaux", "Temps plein")]
    [InlineData("35 heures, horaires variables", "35H Horaires variables", "Temps plein")]
    [InlineData("35h30", "35H30", "Temps plein")]
    [InlineData("37,5 h par semaine", "37H30", "Temps plein")]
    [InlineData("temps partiel 28h/semaine", "28H", "Temps partiel")]
    [InlineData("151,67 h par mois", "35H", "Temps plein")]
    [InlineData("151.67h/mois", "35H", "Temps plein")]
    [InlineData("30H", "30H", "Temps partiel")]
    [InlineData("FULL_TIME", null, "Temps plein")]
    [InlineData("PART_TIME", null, "Temps partiel")]
    public void Working_time_is_read_as_france_travail_writes_it(string text, string? libelle, string converti)
    {
        var offre = Shared.Wire(r => r.WorkingTimeText = text);

        Assert.Equal(libelle, offre.DureeTravailLibelle);
        Assert.Equal(converti, offre.DureeTravailLibelleConverti);
    }

    [Fact]
    public void Explicit_part_time_wins_over_the_hours()
    {
        var offre = Shared.Wire(r => r.WorkingTimeText = "Temps partiel 35h");

        Assert.Equal("35H", offre.DureeTravailLibelle);
        Assert.Equal("Temps partiel", offre.DureeTravailLibelleConverti);
    }

    [Fact]
    public void Schema_org_employment_type_gives_the_working_time_when_no_field_does()
    {
        var offre = Shared.Wire(r => r.ContractText = "PART_TIME");

        Assert.Equal("Temps partiel", offre.DureeTravailLibelleConverti);
    }

    [Theory]
    [InlineData("Du lundi au vendredi")]
    [InlineData("99 heures")]
    public void Unreadable_working_time_is_noted_and_left_out(string text)
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.WorkingTimeText = text));

        Assert.Null(offer.Offre.DureeTravailLibelle);
        Assert.True(Shared.HasNote(offer, "dureeTravailLibelle", "non reconnu"));
    }
}
