using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>
/// Accounts of the developer platform: sign-up, e-mail confirmation, sign-in with lockout, password
/// reset, and the cookie that keeps a person signed in on the portal's pages.
/// </summary>
internal static class AccountsFeature
{
    public const string CookieScheme = "Compte";

    /// <summary>Any signed-in account: the reuser's pages.</summary>
    public const string AccountPolicy = "Compte";

    /// <summary>Operator accounts only: the review queue.</summary>
    public const string OperatorPolicy = "Operateur";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions());
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddSingleton<AccountTokens>();
        services.AddSingleton<SignUp>();
        services.AddSingleton<ConfirmEmail>();
        services.AddSingleton<SignIn>();
        services.AddSingleton<PasswordReset>();
        services.AddSingleton<SessionValidation>();

        // One key ring for every node, in the base; one application name whatever folder a node runs from.
        services.AddDataProtection().SetApplicationName("OpenEmploi");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new StoreKeyRepository(provider.GetRequiredService<DeveloperStore>().KeyRing)));

        // The cookie is the default for authenticating (pages show who is signed in); the APIs'
        // policies name their bearer scheme, so an API call never reads a cookie.
        services.AddAuthentication(options => options.DefaultAuthenticateScheme = CookieScheme)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = "openemploi_compte";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.LoginPath = AccountLinks.SignIn;
                options.LogoutPath = AccountLinks.SignOut;
                options.AccessDeniedPath = AccountLinks.AccessDenied;
                options.ReturnUrlParameter = "retour";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.EventsType = typeof(SessionValidation);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AccountPolicy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireAuthenticatedUser())
            .AddPolicy(OperatorPolicy, policy => policy.AddAuthenticationSchemes(CookieScheme).RequireRole(AccountClaims.OperatorRole));
        return services;
    }

    public static Task SignInCookieAsync(this HttpContext http, Account account) =>
        http.SignInAsync(CookieScheme, AccountClaims.PrincipalOf(account));
}
