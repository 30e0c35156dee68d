namespace OpenEmploi.Core.Publication;

/// <summary>
/// What replaces a contact detail removed from a published text. Neutral, bracketed and lower case,
/// so that a reader sees that something was there, an analyst can count them, and no later pattern
/// matches them again (removal is idempotent).
/// </summary>
public static class ContactTokens
{
    public const string Courriel = "[courriel]";
    public const string Telephone = "[téléphone]";
    public const string Lien = "[lien]";
}
