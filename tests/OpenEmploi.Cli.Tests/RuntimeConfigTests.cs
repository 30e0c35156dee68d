using System.Text.Json;

namespace OpenEmploi.Cli.Tests;

/// <summary>
/// How `openemploi` is started by the runtime: the settings its imports' and statistics' figures
/// were measured with (docs/benchmarks.md, "The importer on the server garbage collector").
/// </summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void The_cli_runs_with_the_server_garbage_collector_as_the_web_host_does()
    {
        // The CLI's build is copied beside the tests, with the runtime configuration `dotnet` reads.
        var path = Path.Combine(AppContext.BaseDirectory, "openemploi.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty("System.GC.Server", out var server), "System.GC.Server absent de " + path);
        Assert.True(server.GetBoolean());
    }
}
