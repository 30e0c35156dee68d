using System.Globalization;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>Sizes and dates as French readers expect them: « 1,4 Mo », « 28 novembre 2026 ».</summary>
public static class CatalogueFormatting
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Size(long bytes) => bytes switch
    {
        < 1_000 => bytes.ToString(French) + " octets",
        < 1_000_000 => (bytes / 1_000d).ToString("0.#", French) + " ko",
        < 1_000_000_000 => (bytes / 1_000_000d).ToString("0.#", French) + " Mo",
        _ => (bytes / 1_000_000_000d).ToString("0.##", French) + " Go",
    };

    public static string Exact(long bytes) => bytes.ToString("N0", French) + " octets";

    public static string Day(DateTimeOffset at) => FrenchTime.FormatDay(ParisCalendar.DayOf(at));
}
