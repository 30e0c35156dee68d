using System.Globalization;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Html;
using OpenEmploi.Ingestion.Normalisation.Terms;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Search.Facts;

namespace OpenEmploi.Ingestion.Normalisation;

// Pay: structured amounts first (schema.org baseSalary, CSV columns), then the free text.
public sealed partial class OffreNormaliser
{
    private const int MaxCommentLength = 200;

    private void Salary(RawOffer raw, Offre offre, List<NormalisationNote> notes)
    {
        var text = HtmlText.ToPlain(raw.SalaryText, singleLine: true);
        var structured = raw.SalaryMin is > 0 || raw.SalaryMax is > 0;
        if (!structured && (text is null || WireSalaryStands(raw, offre.Salaire)))
            return;     // a wire document's own salaire, if any, stays as it is
        var reading = text is null ? default : _terms.Salary(text);
        if (text is not null && reading.ForeignCurrency)
        {
            // Not comparable with the SMIC nor with euro labels: kept as the source wrote it.
            offre.Salaire = new Salaire { Commentaire = Capitalised(text.Length > MaxCommentLength ? text[..MaxCommentLength] : text) };
            notes.Add(new("salaire", "montant dans une autre devise que l'euro : gardé en commentaire"));
            return;
        }

        SalaryTerms terms;
        if (structured)
        {
            // One bound alone is both; two bounds in the wrong order are swapped.
            var a = raw.SalaryMin is > 0 ? raw.SalaryMin.Value : raw.SalaryMax!.Value;
            var b = raw.SalaryMax is > 0 ? raw.SalaryMax.Value : a;
            var (min, max) = (Math.Min(a, b), Math.Max(a, b));
            var period = SalaryLabel.PeriodOf(raw.SalaryPeriod);
            var inferred = period == PayPeriod.None;
            if (inferred)
                period = SalaryLabel.PeriodByMagnitude(min);
            var months = text is null ? 12 : reading.Terms is { Months: > 0 } m ? m.Months : 12;
            terms = new SalaryTerms(period, min, max, months, inferred, false, false);
        }
        else
        {
            terms = reading.Terms;
        }

        var salaire = new Salaire
        {
            Complement1 = offre.Salaire?.Complement1,
            Complement2 = offre.Salaire?.Complement2,
            ListeComplements = offre.Salaire?.ListeComplements,
        };
        if (terms.Smic)
        {
            var smic = SalaryLabel.SmicHoraire(offre.DateCreation);
            salaire.Libelle = SalaryLabel.Format(PayPeriod.Hourly, smic, smic, terms.Months);
            notes.Add(new("salaire", string.Create(CultureInfo.InvariantCulture, $"SMIC : taux horaire brut en vigueur à la création ({smic:0.00} €)")));
        }
        else if (terms.HasAmount && SalaryLabel.HasWirePeriod(terms.Period))
        {
            salaire.Libelle = SalaryLabel.Format(terms.Period, terms.Min, terms.Max, terms.Months);
            salaire.Commentaire = offre.Salaire?.Commentaire;
            if (terms.PeriodInferred)
                notes.Add(new("salaire", $"période de salaire déduite du montant : {salaire.Libelle}"));
            if (terms.Net)
                notes.Add(new("salaire", "montant indiqué net : le libellé reprend le montant tel quel"));
        }
        else
        {
            // No amount, or a period the wire cannot say (per day, per week): the words as written.
            var comment = text ?? Amounts(terms);
            salaire.Commentaire = Capitalised(comment.Length > MaxCommentLength ? comment[..MaxCommentLength] : comment);
            if (terms.HasAmount)
                notes.Add(new("salaire", "montant sans période mensuelle, annuelle ou horaire : gardé en commentaire"));
        }
        offre.Salaire = salaire;
    }

    /// <summary>The text repeats the wire document's own readable label or comment.</summary>
    private static bool WireSalaryStands(RawOffer raw, Salaire? salaire)
    {
        if (raw.Wire is null || salaire is null || raw.SalaryText is not { } text)
            return false;
        text = text.Trim();
        return (string.Equals(text, salaire.Libelle?.Trim(), StringComparison.Ordinal) && WireLabels.Salary(salaire.Libelle) is not null)
            || string.Equals(text, salaire.Commentaire?.Trim(), StringComparison.Ordinal);
    }

    /// <summary>"150 € par jour", "600 à 700 € par semaine": structured amounts the wire has no period for.</summary>
    private static string Amounts(SalaryTerms terms)
    {
        var amounts = terms.Max > terms.Min
            ? string.Create(CultureInfo.InvariantCulture, $"{terms.Min:0.##} à {terms.Max:0.##} €")
            : string.Create(CultureInfo.InvariantCulture, $"{terms.Min:0.##} €");
        return terms.Period switch
        {
            PayPeriod.Daily => amounts + " par jour",
            PayPeriod.Weekly => amounts + " par semaine",
            _ => amounts,
        };
    }

    private static string Capitalised(string s) =>
        s.Length > 0 && char.IsLower(s[0]) ? string.Concat(char.ToUpperInvariant(s[0]).ToString(), s.AsSpan(1)) : s;
}
