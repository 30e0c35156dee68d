namespace OpenEmploi.DataGen;

/// <summary>Synthetic SIREN/SIRET numbers that pass the Luhn check, as real ones do.</summary>
public static class Siret
{
    /// <summary>A 14-digit SIRET whose 9-digit SIREN and whole number are both Luhn-valid.</summary>
    public static string Generate(DetRandom random) => string.Create(14, random, static (span, r) =>
    {
        // Random digits: a synthetic number may happen to match a real business; it means nothing.
        span[0] = (char)('1' + r.Next(9));
        for (var i = 1; i < 8; i++)
            span[i] = (char)('0' + r.Next(10));
        span[8] = LuhnCheckDigit(span[..8]);
        for (var i = 9; i < 13; i++)
            span[i] = (char)('0' + r.Next(10));
        span[13] = LuhnCheckDigit(span[..13]);
    });

    /// <summary>
    /// A SIRET from a SIREN payload of 8 digits and a NIC payload of 4, both completed with their
    /// Luhn check digits: generators that must not repeat a number derive the payload from an index.
    /// </summary>
    public static string FromPayloads(ReadOnlySpan<char> siren8, ReadOnlySpan<char> nic4)
    {
        if (siren8.Length != 8 || nic4.Length != 4)
            throw new ArgumentException("Attendu 8 chiffres de SIREN et 4 de NIC.");
        Span<char> span = stackalloc char[14];
        siren8.CopyTo(span);
        span[8] = LuhnCheckDigit(span[..8]);
        nic4.CopyTo(span[9..]);
        span[13] = LuhnCheckDigit(span[..13]);
        return new string(span);
    }

    public static bool IsLuhnValid(ReadOnlySpan<char> digits)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return LuhnSum(digits, doubleRightmost: false) % 10 == 0;
    }

    // The check digit will be appended at the right, so the payload's rightmost digit is doubled.
    private static char LuhnCheckDigit(ReadOnlySpan<char> payload) =>
        (char)('0' + ((10 - (LuhnSum(payload, doubleRightmost: true) % 10)) % 10));

    private static int LuhnSum(ReadOnlySpan<char> digits, bool doubleRightmost)
    {
        var sum = 0;
        var doubleIt = doubleRightmost;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum;
    }
}
