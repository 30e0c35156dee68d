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

    /// <summary>
    /// Share of offers whose description ends with the recruiter's contact details (a person's name,
    /// an e-mail address, plain or disguised, a phone number, sometimes a site or a street address),
    /// as some employers and partner feeds write them. 0 by default: the demo base stays as it was,
    /// and the offers API publishes descriptions as stored. The open dataset's tests and benchmark
    /// turn it on to prove the anonymisation over a whole base. Drawn from its own random stream, so
    /// every other field of every offer is the same whatever the share.
    /// </summary>
    public double ContactShare { get; init; }
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

/// <summary>The recruiter's details written into a description, so that tests know what must not leak.</summary>
/// <param name="Prenom">First name, as written.</param>
/// <param name="Nom">Surname, as written in the usual case ("Dubois"; some sentences write it in capitals).</param>
/// <param name="Courriel">The address as it would be typed (the description may disguise it).</param>
/// <param name="Telephone">The number's ten national digits ("0612345678"), however the description groups them.</param>
public sealed record ContactGenere(string Prenom, string Nom, string? Courriel, string? Telephone);

/// <summary>One generated offer, its employer and, when the description carries one, the recruiter's contact.</summary>
public sealed record OffreGeneree(long Index, OffreEntry Entry, EmployeurGenere Employeur, ContactGenere? Contact = null);
