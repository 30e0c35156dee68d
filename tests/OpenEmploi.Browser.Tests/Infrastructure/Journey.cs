using System.Globalization;
using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace OpenEmploi.Browser.Tests.Infrastructure;

/// <summary>
/// One person's visit, step by step: every page reached is photographed into
/// TestResults/screenshots/&lt;journey&gt;/NN-&lt;step&gt;.png beside the test binaries, and checked by axe.
/// A serious or critical accessibility violation fails the journey at the page that has it.
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    // Only violations come back with their nodes: the passes' details are most of axe's answer.
    private static readonly AxeRunOptions Options = new() { ResultTypes = [ResultType.Violations] };

    private readonly IBrowserContext _context;
    private int _step;

    internal Journey(string name, IBrowserContext context, IPage page, bool javaScript)
    {
        Name = name;
        _context = context;
        Page = page;
        JavaScript = javaScript;
        Folder = Path.Combine(ScreenshotRoot, name);
        // A journey's pictures are those of its last run only.
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
        Directory.CreateDirectory(Folder);
    }

    /// <summary>TestResults/screenshots under the test output folder (bin/&lt;configuration&gt;/net10.0).</summary>
    public static string ScreenshotRoot => Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public string Name { get; }

    public IPage Page { get; }

    public bool JavaScript { get; }

    public string Folder { get; }

    /// <summary>The pages checked so far, in order, for the journey's own assertions.</summary>
    public List<string> Visited { get; } = [];

    /// <summary>Opens <paramref name="path"/> as typed in the address bar, then checks the page.</summary>
    public async Task GoToAsync(string path, string step)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}.");
        await CheckAsync(step);
    }

    /// <summary>Screenshot of the whole page, then axe on it.</summary>
    public async Task CheckAsync(string step)
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        var file = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"{++_step:00}-{step}.png"));
        await Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Visited.Add(new Uri(Page.Url).PathAndQuery);

        // axe runs as a script in the page: a page without JavaScript cannot host it (it would wait
        // forever). The JavaScript-off journeys visit the same pages as checked ones with it on.
        if (!JavaScript)
            return;
        var result = await Page.RunAxe(Options).WaitAsync(TimeSpan.FromSeconds(30));
        // Every violation, minor ones too, is kept beside the screenshots for whoever improves the pages.
        if (result.Violations.Length > 0)
            await File.AppendAllTextAsync(Path.Combine(Folder, "axe.txt"), Describe(Page.Url, step, result.Violations) + Environment.NewLine);
        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, Describe(Page.Url, step, blocking));
    }

    private static string Describe(string url, string step, IReadOnlyList<AxeResultItem> violations)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Accessibility violations on {url} (step {step}):");
        foreach (var violation in violations)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes.Take(5))
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"    {node.Target}: {node.Html} — {Checks(node)}");
        }
        return text.ToString();
    }

    private static string Checks(AxeResultNode node) =>
        string.Join(" ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
