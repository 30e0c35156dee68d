using Microsoft.Extensions.Time.Testing;
using Spectre.Console;

namespace OpenEmploi.Cli.Tests;

/// <summary>Runs `openemploi` in process, as a user would type it, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output)
{
    /// <summary>The clock every run sees: a fixed instant, so that generated bases compare equal.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);

    public static Task<CliRun> InvokeAsync(params string[] args) => InvokeAtAsync(Now, args);

    public static Task<CliRun> InvokeAtAsync(DateTimeOffset now, params string[] args) => InvokeAsync(now, TextReader.Null, args);

    /// <summary>A run with <paramref name="input"/> on its standard input (admin create --password-stdin).</summary>
    public static Task<CliRun> InvokeWithInputAsync(string input, params string[] args) => InvokeAsync(Now, new StringReader(input), args);

    private static async Task<CliRun> InvokeAsync(DateTimeOffset now, TextReader input, string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var command = OpenEmploiCommand.Create(console, new FakeTimeProvider(now), input);
        var parse = command.Parse(args);
        var error = new StringWriter();
        var exitCode = await parse.InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = writer, Error = error });
        return new CliRun(exitCode, writer + error.ToString());
    }
}
