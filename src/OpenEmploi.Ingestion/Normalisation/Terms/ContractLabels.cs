using System.Globalization;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Ingestion.Normalisation.Terms;

/// <summary>
/// The wire labels of a contract, as France Travail and the generator write them: the list's
/// label for open-ended contracts ("Contrat à durée indéterminée"), "CDD - 6 Mois", "Mission
/// intérimaire - 15 Jour(s)", "Contrat travail saisonnier - 3 Mois" for fixed-term ones.
/// </summary>
internal sealed class ContractLabels(CodeLists lists)
{
    public bool IsKnownType(string code) => lists.TypeContrat(code) is not null;

    public string? TypeLibelle(string type, int duration, DurationUnit unit)
    {
        if (lists.TypeContrat(type) is not { } entry)
            return null;
        if (duration <= 0 || unit == DurationUnit.None || !ContractParser.HasDuration(type))
            return entry.Libelle;
        var prefix = type == "CDD" ? "CDD" : entry.Libelle;
        var count = duration.ToString(CultureInfo.InvariantCulture);
        return unit == DurationUnit.Months
            ? string.Concat(prefix, " - ", count, " Mois")
            : string.Concat(prefix, " - ", count, " Jour(s)");
    }

    /// <summary>The natureContrat label: the one read from the text, else the usual nature of the type.</summary>
    public string? NatureLibelle(string? type, string? nature)
    {
        var code = nature ?? type switch
        {
            null => null,
            "TTI" or "DDI" => "I1",
            "LIB" or "FRA" or "REP" or "CCE" => "NS",
            _ => "E1",
        };
        return code is null ? null : lists.NatureContrat(code)?.Libelle;
    }

    /// <summary>The code of a natureContrat label already on a wire document, to check it.</summary>
    public bool IsKnownNatureLabel(string libelle)
    {
        foreach (var n in lists.NaturesContrat)
        {
            if (string.Equals(n.Libelle, libelle, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
