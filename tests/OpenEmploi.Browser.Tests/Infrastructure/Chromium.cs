namespace OpenEmploi.Browser.Tests.Infrastructure;

/// <summary>
/// Where Debian's Chromium is. ./test.sh installs it when missing (as root) and names it in
/// OPENEMPLOI_CHROMIUM; a plain `dotnet test` looks in the usual places. Playwright's own browser
/// download is never used: it needs the internet.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "OPENEMPLOI_CHROMIUM";

    private static readonly string[] UsualPlaces = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];

    /// <summary>The executable, or null when none is installed (and none was named).</summary>
    public static string? Executable
    {
        get
        {
            // A path named by test.sh is trusted: if it is wrong the tests fail rather than skip.
            if (Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } named)
                return named;
            return UsualPlaces.FirstOrDefault(File.Exists);
        }
    }

    public static string SkipReason =>
        $"Browser tests skipped: Chromium is not installed (looked for {PathVariable} and {string.Join(", ", UsualPlaces)}). "
        + "Run ./test.sh as root, which installs it with apt-get, or install it yourself: sudo apt-get install chromium.";
}

/// <summary>A fact that drives Chromium: skipped, with the reason, only when Chromium is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable is null)
            Skip = Chromium.SkipReason;
    }
}

/// <summary>A theory that drives Chromium: skipped, with the reason, only when Chromium is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.Executable is null)
            Skip = Chromium.SkipReason;
    }
}
