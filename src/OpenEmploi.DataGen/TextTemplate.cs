using System.Text;

namespace OpenEmploi.DataGen;

/// <summary>The values a template may refer to by name, e.g. <c>{Poste}</c>.</summary>
public enum Slot
{
    Poste,
    Entreprise,
    ALieu,
    Ville,
    Contrat,
    Horaire,
    TempsTravail,
    Experience,
    Permis,
    Avantages,
    Annees,
    Nom,
    Lieu,
    Prenom,
    Sigle,
}

/// <summary>
/// A sentence with named holes ("{Entreprise} recrute un(e) {Poste}."), parsed once at start-up so
/// that rendering is a run of appends: no string.Format, no regex in the generation loop. An
/// unknown slot name fails at parse time, so a typo in a table breaks the first test, not an offer.
/// </summary>
public sealed class TextTemplate
{
    private static readonly int SlotCount = Enum.GetValues<Slot>().Length;

    private readonly string[] _literals;
    private readonly Slot[] _slots;

    public TextTemplate(string text)
    {
        Text = text;
        var literals = new List<string>();
        var slots = new List<Slot>();
        var start = 0;
        while (true)
        {
            var open = text.IndexOf('{', start);
            if (open < 0)
                break;
            var close = text.IndexOf('}', open);
            if (close < 0 || !Enum.TryParse<Slot>(text.AsSpan(open + 1, close - open - 1), out var slot))
                throw new FormatException($"Modèle de texte invalide (emplacement inconnu) : « {text} ».");
            literals.Add(text[start..open]);
            slots.Add(slot);
            start = close + 1;
        }
        literals.Add(text[start..]);
        _literals = [.. literals];
        _slots = [.. slots];
    }

    public string Text { get; }

    public bool Uses(Slot slot) => Array.IndexOf(_slots, slot) >= 0;

    /// <summary>Appends the sentence; <paramref name="values"/> is indexed by <see cref="Slot"/>.</summary>
    public void AppendTo(StringBuilder builder, string?[] values)
    {
        for (var i = 0; i < _slots.Length; i++)
        {
            builder.Append(_literals[i]);
            builder.Append(values[(int)_slots[i]]);
        }
        builder.Append(_literals[^1]);
    }

    public string Render(string?[] values)
    {
        var builder = new StringBuilder(Text.Length + 32);
        AppendTo(builder, values);
        return builder.ToString();
    }

    /// <summary>A value array sized for every slot, to reuse across renders.</summary>
    public static string?[] NewValues() => new string?[SlotCount];

    public static TextTemplate[] ParseAll(params string[] texts)
    {
        var result = new TextTemplate[texts.Length];
        for (var i = 0; i < texts.Length; i++)
            result[i] = new TextTemplate(texts[i]);
        return result;
    }
}
