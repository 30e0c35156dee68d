namespace OpenEmploi.Mirror;

/// <summary>
/// The feed's optional filters, passed through as they are: départements, régions (INSEE codes)
/// and ROME codes. The platform checks the values; a mirror only remembers which filter it was
/// built with, so that a different one starts again from a snapshot.
/// </summary>
public sealed record MirrorFilter(IReadOnlyList<string> Departements, IReadOnlyList<string> Regions, IReadOnlyList<string> CodesRome)
{
    public static MirrorFilter None { get; } = new([], [], []);

    /// <summary>"departement=33,40&amp;codeROME=D1102" (values in the order given), or "" without a filter.</summary>
    public string QueryString
    {
        get
        {
            var parts = new List<string>(3);
            Add(parts, "departement", Departements);
            Add(parts, "region", Regions);
            Add(parts, "codeROME", CodesRome);
            return string.Join('&', parts);
        }
    }

    private static void Add(List<string> parts, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
            parts.Add(name + "=" + Uri.EscapeDataString(string.Join(',', values)));
    }
}
