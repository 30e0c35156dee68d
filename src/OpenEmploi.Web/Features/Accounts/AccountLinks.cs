namespace OpenEmploi.Web.Features.Accounts;

/// <summary>The pages e-mailed links open, absolute from the platform's public root.</summary>
internal static class AccountLinks
{
    public const string SignIn = "/compte/connexion";
    public const string SignUp = "/compte/inscription";
    public const string Confirmation = "/compte/confirmation";
    public const string ForgottenPassword = "/compte/mot-de-passe-oublie";
    public const string NewPassword = "/compte/nouveau-mot-de-passe";
    public const string SignOut = "/compte/deconnexion";
    public const string AccessDenied = "/compte/acces-refuse";

    public static string Confirm(string baseUrl, string token) => $"{baseUrl}{Confirmation}?jeton={Uri.EscapeDataString(token)}";

    public static string Reset(string baseUrl, string token) => $"{baseUrl}{NewPassword}?jeton={Uri.EscapeDataString(token)}";
}
