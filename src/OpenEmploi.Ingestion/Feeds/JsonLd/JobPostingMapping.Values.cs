using System.Globalization;
using System.Text.Json;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Feeds.JsonLd.JsonLdNode;

namespace OpenEmploi.Ingestion.Feeds.JsonLd;

// Pay, experience, skills and the ROME code: the JobPosting values with several shapes.
internal sealed partial class JobPostingMapping
{
    /// <summary>
    /// baseSalary is a number, a text, or a MonetaryAmount whose value is a number or a
    /// QuantitativeValue {minValue, maxValue, value, unitText}; publishers put the bounds at either level.
    /// </summary>
    private void Salary(RawOffer raw, JsonElement? salary)
    {
        if (salary is not { } s)
            return;
        if (s.ValueKind != JsonValueKind.Object)
        {
            if (s.ValueKind == JsonValueKind.Number || (s.ValueKind == JsonValueKind.String && FeedValues.TryParseDecimal(s.GetString()!, out _)))
                raw.SalaryMin = raw.SalaryMax = Amount(s, "baseSalary");
            else
                raw.SalaryText = Text(s);
            return;
        }
        var value = Get(s, "value");
        if (value is { ValueKind: JsonValueKind.Object } quantity)
        {
            raw.SalaryMin = Amount(Get(quantity, "minValue"), "baseSalary.value.minValue");
            raw.SalaryMax = Amount(Get(quantity, "maxValue"), "baseSalary.value.maxValue");
            var single = Amount(Get(quantity, "value"), "baseSalary.value.value");
            raw.SalaryMin ??= single;
            raw.SalaryMax ??= single;
            raw.SalaryPeriod = Text(quantity, "unitText")?.ToUpperInvariant();
        }
        else if (value is not null)
        {
            raw.SalaryMin = raw.SalaryMax = Amount(value, "baseSalary.value");
        }
        raw.SalaryMin ??= Amount(Get(s, "minValue"), "baseSalary.minValue");
        raw.SalaryMax ??= Amount(Get(s, "maxValue"), "baseSalary.maxValue");
        raw.SalaryPeriod ??= Text(s, "unitText")?.ToUpperInvariant();
        // Another currency cannot be compared with the SMIC: keep it as text for the normaliser.
        if (Text(s, "currency") is { } currency && !currency.Equals("EUR", StringComparison.OrdinalIgnoreCase) && raw.SalaryMin is { } min)
            raw.SalaryText = string.Create(CultureInfo.InvariantCulture, $"{min} {currency}");
    }

    private decimal? Amount(JsonElement? value, string field)
    {
        if (value is not { } v || (v.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(v.GetString())))
            return null;
        if (TryDecimal(v, out var amount, out var raw))
            return amount;
        problems.BadValue(LineOf(field[(field.LastIndexOf('.') + 1)..]), field, raw, FeedValues.NotANumber);
        return null;
    }

    /// <summary>experienceRequirements: a text, or OccupationalExperienceRequirements {monthsOfExperience}.</summary>
    private static string? Experience(JsonElement? requirements)
    {
        if (requirements is not { } value)
            return null;
        var parts = new List<string>();
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToArray() : [value];
        foreach (var item in items)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                if (Text(item) is { } text)
                    parts.Add(text);
                continue;
            }
            if (Text(item, "description") is { } description)
                parts.Add(description);
            else if (Text(item, "monthsOfExperience") is { } months)
                parts.Add(string.Concat(months, " mois d'expérience"));
            else if (Text(item, "credentialCategory") is { } credential)
                parts.Add(credential);
        }
        return parts.Count == 0 ? null : string.Join(" ; ", parts);
    }

    private static void AddSkills(RawOffer raw, JsonElement? skills)
    {
        foreach (var skill in Texts(skills))
            raw.Skills.Add(skill);
    }

    /// <summary>occupationalCategory holds any classification; keep it only when it is a ROME code (« K2204 »).</summary>
    private static string? Rome(string? category)
    {
        if (category is null || category.Length < 5)
            return null;
        var code = category[..5];
        return char.IsAsciiLetterUpper(code[0]) && code[1..].All(char.IsAsciiDigit) && (category.Length == 5 || !char.IsAsciiLetterOrDigit(category[5]))
            ? code
            : null;
    }
}
