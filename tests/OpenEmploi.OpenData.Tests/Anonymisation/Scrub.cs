using OpenEmploi.OpenData.Anonymisation;

namespace OpenEmploi.OpenData.Tests.Anonymisation;

/// <summary>Scrubs one text as the export does, for an employer named or not.</summary>
internal static class Scrub
{
    public static string Text(string text, string? employer = null, string? place = "69 - LYON 03") =>
        TextScrubber.Default.Scrub(text, EmployerMention.For(employer, place), new ScrubTally())!;
}
