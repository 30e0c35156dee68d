using OpenEmploi.Core.Offres;

namespace OpenEmploi.DataGen.Offres;

public sealed class OffreGeneratorOptions
{
    /// <summary>Same seed, same <see cref="Now"/>: same offers, byte for byte.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>
    /// The reference time (UTC): offers are created over the 60 days before it. Injected, never
    /// read from the clock, so that a base can be regenerated or extended identically.
    /// </summary>
    public required DateTime Now { get; init; }

    /// <summary>Root of the platform's public site; offers' urlPostulation is "{ApplyBaseUrl}/offres/{id}/postuler".</summary>
    public string ApplyBaseUrl { get; init; } = "http://localhost:5000";

    /// <summary>Share of partner offers (origineOffre "2").</summary>
    public double PartnerShare { get; init; } = 0.40;
}

/// <summary>
/// The employer behind a generated offer. Its SIRET stays out of the wire document (the offers
/// API publishes no employer identifiers) but the future establishments generator needs it.
/// </summary>
/// <param name="Siret">14 digits, Luhn-valid, synthetic.</param>
/// <param name="Nom">Name shown in entreprise.nom (also kept when the offer hides it).</param>
/// <param name="CodeNaf">NAF sous-classe ("56.10A").</param>
/// <param name="TrancheEffectif">Sirene size band code ("11" = 10 à 19 salariés), when known.</param>
/// <param name="CodeCommune">INSEE code of the establishment's commune.</param>
public sealed record EmployeurGenere(string Siret, string Nom, string CodeNaf, string? TrancheEffectif, string CodeCommune);

/// <summary>One generated offer and its employer.</summary>
public sealed record OffreGeneree(long Index, OffreEntry Entry, EmployeurGenere Employeur);
