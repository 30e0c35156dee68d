using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>What the recruiter's contact details reveal: premium-rate or foreign numbers, free-mail addresses, chat links.</summary>
internal readonly record struct ContactFindings(string? PremiumNumber, string? ForeignNumber, string? FreeMail, string? MessagingLink);

/// <summary>
/// Reads phone numbers, e-mail addresses and chat links in the raw record (contact fields, original
/// description, apply URL) with plain character loops: the normaliser strips them from the
/// published text, but they are what fraud and premium-rate checks need.
/// </summary>
internal static class ContactScan
{
    private static readonly string[] FreeMailDomains =
    [
        "gmail.", "googlemail.", "hotmail.", "outlook.", "live.", "msn.com", "yahoo.", "ymail.", "aol.", "icloud.com", "me.com",
        "gmx.", "protonmail.", "proton.me", "yandex.", "mail.ru", "laposte.net", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr",
        "neuf.fr", "bbox.fr",
    ];

    // French overseas dialling codes: not foreign numbers.
    private static readonly string[] FrenchCodes = ["33", "262", "269", "590", "594", "596", "508", "681", "687", "689"];

    public static ContactFindings Scan(NormalisedOffer offer)
    {
        string? premium = null, foreign = null, freeMail = null, link = null;
        var raw = offer.Raw;
        Visit(offer.Offre.Description);
        if (!ReferenceEquals(raw.Description, offer.Offre.Description) && raw.Description != offer.Offre.Description)
            Visit(raw.Description);
        Visit(raw.Contact.Phone);
        Visit(raw.Contact.Email);
        Visit(raw.ApplyUrl);
        return new ContactFindings(premium, foreign, freeMail, link);

        void Visit(string? text)
        {
            if (string.IsNullOrEmpty(text))
                return;
            Phones(text, ref premium, ref foreign);
            freeMail ??= FreeMail(text);
            if (link is null && (text.Contains("wa.me/", StringComparison.OrdinalIgnoreCase) || text.Contains("t.me/", StringComparison.OrdinalIgnoreCase)
                || text.Contains("whatsapp.com", StringComparison.OrdinalIgnoreCase)))
                link = "lien de messagerie";
        }
    }

    private static void Phones(string text, ref string? premium, ref string? foreign)
    {
        Span<char> digits = stackalloc char[20];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(c == '+' || char.IsAsciiDigit(c)) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                continue;
            var n = 0;
            var j = i + (c == '+' ? 1 : 0);
            var separators = 0;
            for (; j < text.Length && n < digits.Length; j++)
            {
                var d = text[j];
                if (char.IsAsciiDigit(d))
                {
                    digits[n++] = d;
                    separators = 0;
                }
                else if (d is ' ' or '.' or '-' or '\u00A0' or '(' or ')' or '/' && ++separators <= 2)
                {
                    continue;
                }
                else
                {
                    break;
                }
            }
            var number = digits[..n];
            if (n is >= 10 and <= 15)
            {
                var written = text[i..j].TrimEnd(' ', '.', '-', '/', '(');
                var international = c == '+' ? number : number.StartsWith("00") ? number[2..] : default;
                Classify(international, number, written, ref premium, ref foreign);
            }
            i = j;
        }
    }

    private static void Classify(ReadOnlySpan<char> international, ReadOnlySpan<char> national, string written, ref string? premium, ref string? foreign)
    {
        if (!international.IsEmpty)
        {
            foreach (var code in FrenchCodes)
            {
                if (international.StartsWith(code))
                {
                    if (code == "33" && international.Length >= 11)
                        CheckPremium(international[2..], written, ref premium);
                    return;
                }
            }
            foreign ??= written;
            return;
        }
        if (national.Length == 10 && national[0] == '0')
            CheckPremium(national[1..], written, ref premium);
    }

    /// <summary>After the leading 0 (or +33): 81x, 82x, 89x are surcharged numbers; 80x is free.</summary>
    private static void CheckPremium(ReadOnlySpan<char> subscriber, string written, ref string? premium)
    {
        if (subscriber.Length > 0 && subscriber[0] == '0')
            subscriber = subscriber[1..];      // "+33 (0)8 99…"
        if (subscriber.Length == 9 && subscriber[0] == '8' && subscriber[1] is '1' or '2' or '9')
            premium ??= written;
    }

    private static string? FreeMail(string text)
    {
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at > 0; at = text.IndexOf('@', at + 1))
        {
            var start = at;
            while (start > 0 && IsLocal(text[start - 1]))
                start--;
            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
                end++;
            var domain = text.AsSpan(at + 1, end - at - 1).TrimEnd('.');
            if (start == at || domain.IndexOf('.') < 0)
                continue;
            foreach (var free in FreeMailDomains)
            {
                if (domain.StartsWith(free, StringComparison.OrdinalIgnoreCase))
                    return text[start..(at + 1 + domain.Length)];
            }
            if (at + 1 >= text.Length)
                break;
        }
        return null;
    }

    private static bool IsLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
