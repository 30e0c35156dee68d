using System.Globalization;
using System.Net.Mail;

namespace OpenEmploi.Web.Features.Accounts;

/// <summary>What an e-mail address and a password must be; each error says what is wrong in French.</summary>
public static class AccountRules
{
    /// <summary>Longer passwords are refused: hashing megabytes is a denial of service, not security.</summary>
    public const int MaxPasswordLength = 256;

    /// <summary>RFC 5321's limit for a path.</summary>
    public const int MaxEmailLength = 254;

    /// <summary>The address, trimmed, or null with the reason it cannot be one.</summary>
    public static string? CheckEmail(string? email, out string? error)
    {
        var trimmed = email?.Trim() ?? "";
        error = trimmed.Length switch
        {
            0 => "Indiquez votre adresse électronique.",
            > MaxEmailLength => $"L'adresse électronique dépasse {MaxEmailLength} caractères.",
            _ => IsAddress(trimmed) ? null : $"« {trimmed} » n'est pas une adresse électronique valide (exemple : nom@exemple.fr).",
        };
        return error is null ? trimmed : null;
    }

    public static string? CheckPassword(string? password, int minLength)
    {
        if (string.IsNullOrEmpty(password))
            return "Indiquez un mot de passe.";
        if (password.Length < minLength)
            return string.Create(CultureInfo.InvariantCulture, $"Le mot de passe doit compter au moins {minLength} caractères ({password.Length} saisis).");
        if (password.Length > MaxPasswordLength)
            return string.Create(CultureInfo.InvariantCulture, $"Le mot de passe ne doit pas dépasser {MaxPasswordLength} caractères.");
        return null;
    }

    // MailAddress accepts display names ("Nom <a@b.fr>"): the address alone must be the whole text.
    private static bool IsAddress(string text) =>
        MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal);
}
