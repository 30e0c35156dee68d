using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

// Reading the words around a number of years: bounds ("moins de", "au plus"), dashes, what follows.
internal sealed partial class R02Age
{
    private enum Bound
    {
        None,
        Max,
        Min,
    }

    /// <summary>"moins de", "au plus", "maximum" bound from above; "au moins", "plus de", "minimum", "dès" from below.</summary>
    private static Bound BoundOf(RuleContext context, int i)
    {
        var text = context.Text;
        var sentence = text[i].Sentence;
        for (var j = i - 1; j >= 0 && j >= i - 3 && text[j].Sentence == sentence; j--)
        {
            var w = text.Folded(text[j]);
            var before = j > 0 && text[j - 1].Sentence == sentence ? text.Folded(text[j - 1]) : default;
            if (w is "moins")
                return before is "au" ? Bound.Min : Bound.Max;
            if (w is "plus")
                return before is "pas" or "ne" or "au" ? Bound.Max : Bound.Min;
            if (w is "maximum" or "max" or "maxi" or "jusqu" or "inferieur" or "depasser" or "depasse" or "limite" or "dela")
                return Bound.Max;
            if (w is "minimum" or "min" or "mini" or "partir" or "superieur" || (w is "des" && j == i - 1))
                return Bound.Min;
        }
        for (var j = i + 2; j < text.Count && j <= i + 3 && text[j].Sentence == sentence; j++)
        {
            var w = text.Folded(text[j]);
            if (w is "maximum" or "max" or "maxi")
                return Bound.Max;
            if (w is "minimum" or "min" or "mini" or "revolus")
                return Bound.Min;
            if (w is "plus" or "moins")
            {
                var link = text.Folded(text[j - 1]);
                if (link is "et")
                    return w is "plus" ? Bound.Min : Bound.Max;     // "25 ans et plus"
                if (link is "au")
                    return w is "plus" ? Bound.Max : Bound.Min;     // "30 ans au plus"
            }
        }
        return Bound.None;
    }

    /// <summary>"-30 ans", "- de 26 ans": the dash means "under".</summary>
    private static bool IsDashed(RuleContext context, int i)
    {
        var text = context.Text;
        if ((text[i].Before & Gap.Hyphen) != 0 && (i == 0 || text[i - 1].Kind != TokenKind.Number || text[i - 1].Sentence != text[i].Sentence))
            return true;
        return i >= 1 && text.Folded(text[i - 1]) is "de" && (text[i - 1].Before & Gap.Hyphen) != 0 && (i < 2 || text[i - 2].Kind != TokenKind.Number);
    }

    /// <summary>A word of <paramref name="words"/> right after, before any "et" or comma starts another idea.</summary>
    private static bool FollowedBy(RuleContext context, int i, int window, WordSet words)
    {
        var text = context.Text;
        for (var j = i + 1; j < text.Count && j <= i + window && text[j].Sentence == text[i].Sentence; j++)
        {
            if ((text[j].Before & Gap.Comma) != 0 || text.Folded(text[j]) is "et")
                return false;
            if (words.Contains(text[j]))
                return true;
        }
        return false;
    }

    /// <summary>"personnes âgées" (plural) among the four words before <paramref name="from"/>.</summary>
    private static bool Elderly(RuleContext context, int from)
    {
        var text = context.Text;
        for (var j = from - 1; j > 0 && j >= from - 4 && text[j].Sentence == text[from].Sentence; j--)
        {
            if (text.Folded(text[j]) is "agees" or "ages" && text.Folded(text[j - 1]) is "personnes")
                return true;
        }
        return false;
    }

    private static bool NumberAfter(RuleContext context, int i, int window)
    {
        var text = context.Text;
        for (var j = i + 1; j < text.Count && j <= i + window && text[j].Sentence == text[i].Sentence; j++)
        {
            if (text[j].Kind == TokenKind.Number)
                return true;
        }
        return false;
    }
}
