using System.Text.RegularExpressions;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Storage.Tests.Applications;

public sealed partial class ClientCredentialsTests
{
    [Fact]
    public void A_client_id_is_par_then_the_name_slug_then_256_random_bits()
    {
        var id = ClientCredentials.NewClientId("Mon Appli d'Emploi Étudiant 2026 !");

        Assert.Matches(ClientIdPattern(), id);
        Assert.StartsWith("PAR_monapplidemploietudi_", id, StringComparison.Ordinal);
        Assert.NotEqual(id, ClientCredentials.NewClientId("Mon Appli d'Emploi Étudiant 2026 !"));
        Assert.Matches(ClientIdPattern(), ClientCredentials.NewClientId("Œ — !"));
        Assert.StartsWith("PAR_app_", ClientCredentials.NewClientId("— !"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_is_256_random_bits_in_lower_case_hex()
    {
        var secret = ClientCredentials.NewSecret();

        Assert.Matches(HexPattern(), secret);
        Assert.NotEqual(secret, ClientCredentials.NewSecret());
    }

    [Fact]
    public void A_secret_verifies_against_its_hash_only()
    {
        var secret = ClientCredentials.NewSecret();
        var hash = ClientCredentials.HashSecret(secret);

        Assert.StartsWith("sha256:", hash, StringComparison.Ordinal);
        Assert.Matches(HexPattern(), hash["sha256:".Length..]);
        Assert.DoesNotContain(secret, hash, StringComparison.Ordinal);
        Assert.Equal(hash, ClientCredentials.HashSecret(secret));
        Assert.True(ClientCredentials.VerifySecret(secret, hash));
        Assert.False(ClientCredentials.VerifySecret(ClientCredentials.NewSecret(), hash));
        Assert.False(ClientCredentials.VerifySecret(secret[..^1], hash));
        Assert.False(ClientCredentials.VerifySecret(secret, secret));
        Assert.False(ClientCredentials.VerifySecret(secret, "sha256:zz"));
        Assert.False(ClientCredentials.VerifySecret(secret, hash + "00"));
        Assert.False(ClientCredentials.VerifySecret(secret, hash[..^2]));
    }

    [Fact]
    public void The_offers_api_scopes_are_known_scopes()
    {
        Assert.Equal(
            ["admin_conformite", "admin_moderation", "api_depotoffresv1", "api_labonneboitev2", "api_offresdemploisyncv1", "api_offresdemploiv2", "api_rapportsconsultationv1", "api_stats-offres-demandes-emploiv1", "o2dsoffre", "offresetdemandesemploi"],
            ApiScopes.Known.Order(StringComparer.Ordinal));
        Assert.All(ApiScopes.OffresApi, scope => Assert.Contains(scope, ApiScopes.Known));
        Assert.Equal([ApiScopes.OffresV2, ApiScopes.O2dsOffre], ApiScopes.OffresApi);
    }

    [GeneratedRegex("^PAR_[a-z0-9]{1,20}_[0-9a-f]{64}$")]
    private static partial Regex ClientIdPattern();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexPattern();
}
