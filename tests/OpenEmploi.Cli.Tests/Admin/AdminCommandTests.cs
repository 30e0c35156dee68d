using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Cli.Tests.Admin;

public sealed partial class AdminCommandTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Create_makes_a_confirmed_operator_with_the_password_read_from_stdin(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);

        var run = await CliRun.InvokeWithInputAsync("une phrase de passe d'opérateur\n",
            "admin", "create", "--email", " Exploitation@Exemple.fr ", "--password-stdin", "--store", location.Setting);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Compte opérateur exploitation@exemple.fr créé", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("une phrase de passe", run.Output, StringComparison.Ordinal);
        var account = await FindAsync(location, "exploitation@exemple.fr");
        Assert.Equal((AccountRole.Operator, CliRun.Now), (account.Role, account.EmailConfirmedAt));
        Assert.Equal(PasswordVerificationResult.Success,
            new PasswordHasher<Account>().VerifyHashedPassword(account, account.PasswordHash, "une phrase de passe d'opérateur"));
    }

    [Fact]
    public async Task Without_stdin_a_password_is_generated_and_shown_once()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);

        var run = await CliRun.InvokeAsync("admin", "create", "--email", "ops@exemple.fr", "--store", location.Setting);

        Assert.Equal(0, run.ExitCode);
        var password = PasswordLine().Match(run.Output).Groups[1].Value;
        Assert.Equal(24, password.Length);
        var account = await FindAsync(location, "ops@exemple.fr");
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<Account>().VerifyHashedPassword(account, account.PasswordHash, password));
    }

    [Fact]
    public async Task A_taken_address_a_bad_address_or_a_short_password_is_one_french_error_line()
    {
        var location = (await stores.CreateMigratedLocationAsync(StoreKind.Sqlite)).Setting;
        Assert.Equal(0, (await CliRun.InvokeAsync("admin", "create", "--email", "ops@exemple.fr", "--store", location)).ExitCode);

        var taken = await CliRun.InvokeAsync("admin", "create", "--email", "OPS@exemple.fr", "--store", location);
        var invalid = await CliRun.InvokeAsync("admin", "create", "--email", "ops", "--store", location);
        var shortPassword = await CliRun.InvokeWithInputAsync("court\n", "admin", "create", "--email", "autre@exemple.fr", "--password-stdin", "--store", location);
        var empty = await CliRun.InvokeWithInputAsync("", "admin", "create", "--email", "autre@exemple.fr", "--password-stdin", "--store", location);

        Assert.Equal((1, 1, 1, 1), (taken.ExitCode, invalid.ExitCode, shortPassword.ExitCode, empty.ExitCode));
        Assert.Contains("Erreur : Un compte existe déjà avec l'adresse ops@exemple.fr.", taken.Output, StringComparison.Ordinal);
        Assert.Contains("Erreur : « ops » n'est pas une adresse électronique valide", invalid.Output, StringComparison.Ordinal);
        Assert.Contains("Erreur : Le mot de passe doit compter au moins 12 caractères (5 saisis).", shortPassword.Output, StringComparison.Ordinal);
        Assert.Contains("Erreur : --password-stdin : aucun mot de passe lu sur l'entrée standard.", empty.Output, StringComparison.Ordinal);
    }

    private static async Task<Account> FindAsync(StoreLocation location, string email)
    {
        await using var developers = DeveloperStore.Open(location, new FakeTimeProvider(CliRun.Now));
        return await developers.Accounts.FindByEmailAsync(email) ?? throw new InvalidOperationException("Compte absent.");
    }

    [GeneratedRegex("Mot de passe : (\\S+)")]
    private static partial Regex PasswordLine();
}
