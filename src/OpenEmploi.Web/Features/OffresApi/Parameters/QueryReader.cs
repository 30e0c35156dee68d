namespace OpenEmploi.Web.Features.OffresApi.Parameters;

/// <summary>
/// Reads parameters off one query string and keeps the first error only: the parser reads every
/// parameter in a fixed order, so the message a client gets for several mistakes is stable,
/// without exceptions on a path any client can hit.
/// </summary>
internal sealed class QueryReader(IQueryCollection query)
{
    /// <summary>Upper bound of any list whose items no referential bounds (partner codes).</summary>
    public const int MaxUncheckedItems = 100;

    public string? Error { get; private set; }

    /// <summary>
    /// The trimmed value, or null when the parameter is absent or blank (an empty value means
    /// "no filter", as most HTTP clients send empty optional fields). A parameter given several
    /// times reads as one comma-separated value.
    /// </summary>
    public string? Value(string name)
    {
        if (!query.TryGetValue(name, out var values) || values.Count == 0)
            return null;
        var text = values.Count == 1 ? values[0] : string.Join(',', values.ToArray());
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public void Fail(string message) => Error ??= message;

    /// <summary>Records « name » as incorrect and returns null, for one-line early exits.</summary>
    public T? Invalid<T>(string name)
        where T : class
    {
        Fail(ParameterErrors.ValeurIncorrecte(name));
        return null;
    }

    /// <summary>One value that the referential knows.</summary>
    public string? Code(string name, Func<string, bool> known) =>
        Value(name) is not { } value ? null : known(value) ? value : Invalid<string>(name);

    /// <summary>
    /// A comma-separated list of known codes (spaces around items ignored, duplicates dropped
    /// after counting); more than <paramref name="max"/> items, an empty item or an unknown code
    /// is an error.
    /// </summary>
    public IReadOnlyList<string> Codes(string name, int max, Func<string, bool> known)
    {
        if (Value(name) is not { } value)
            return [];
        var items = value.Split(',', StringSplitOptions.TrimEntries);
        var codes = new List<string>(Math.Min(items.Length, max));
        foreach (var item in items)
        {
            if (codes.Count == max || item.Length == 0 || !known(item))
            {
                Fail(ParameterErrors.ValeurIncorrecte(name));
                return [];
            }
            if (!codes.Contains(item))
                codes.Add(item);
        }
        return codes;
    }

    /// <summary>
    /// The index of the value among <paramref name="allowed"/> (exact text), or null; a value not
    /// listed fails with <paramref name="error"/>, by default « name » incorrecte.
    /// </summary>
    public int? Choice(string name, string[] allowed, string? error = null)
    {
        if (Value(name) is not { } value)
            return null;
        var index = Array.IndexOf(allowed, value);
        if (index >= 0)
            return index;
        Fail(error ?? ParameterErrors.ValeurIncorrecte(name));
        return null;
    }

    /// <summary>true or false, in any case.</summary>
    public bool? Boolean(string name)
    {
        if (Value(name) is not { } value)
            return null;
        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
            return true;
        if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
            return false;
        Fail(ParameterErrors.BooleenAttendu(name));
        return null;
    }
}
