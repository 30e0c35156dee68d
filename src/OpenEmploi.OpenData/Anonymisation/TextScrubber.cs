using OpenEmploi.Core.Publication;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// Removes from a free text what identifies a person or the employer, in this order: e-mail
/// addresses (before links, which they contain), links, telephone numbers, street addresses,
/// people's names, then the employer's name. People come before the employer: in "Votre
/// interlocutrice : Julie Girard" at "Boutique Julie", the employer's word "Julie" taken first
/// would hide the person and leave "Girard"; the other way round only turns the employer into
/// "Boutique [nom]", which names nobody.
/// Each removed span becomes a <see cref="ScrubTokens"/> token. Thread-safe.
/// </summary>
public sealed class TextScrubber
{
    private readonly PersonNames _names;

    internal TextScrubber(FirstNames firstNames)
    {
        _names = new PersonNames(firstNames);
    }

    public static TextScrubber Default { get; } = new(FirstNames.Embedded);

    /// <summary>How many first names the scrubber knows (stated in the methodology).</summary>
    public static int FirstNameCount => FirstNames.Embedded.Count;

    /// <param name="text">A free text of the offer; null stays null.</param>
    /// <param name="employer">The offer's employer (<see cref="EmployerMention.For"/>), built once per offer.</param>
    /// <param name="tally">Counts what was replaced.</param>
    public string? Scrub(string? text, EmployerMention? employer, ScrubTally tally)
    {
        if (string.IsNullOrEmpty(text))
            return text;
        // Already done when the offer was stored (every published text loses its contact details);
        // run again so that the dataset does not depend on how old a stored document is.
        text = ContactDetails.Remove(text, tally)!;
        text = StreetAddresses.Replace(text, tally);
        text = _names.Replace(text, tally);
        return employer is null ? text : employer.Replace(text, tally);
    }
}
