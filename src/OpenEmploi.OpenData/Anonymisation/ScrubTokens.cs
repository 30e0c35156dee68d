using OpenEmploi.Core.Publication;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// What replaces a removed span of free text. Neutral, bracketed and lower case, so that a reader
/// sees that something was there, an analyst can count them, and no later pattern matches them.
/// </summary>
public static class ScrubTokens
{
    public const string Courriel = ContactTokens.Courriel;
    public const string Telephone = ContactTokens.Telephone;
    public const string Nom = "[nom]";
    public const string Entreprise = "[entreprise]";
    public const string Lien = ContactTokens.Lien;
    public const string Adresse = "[adresse]";
}
