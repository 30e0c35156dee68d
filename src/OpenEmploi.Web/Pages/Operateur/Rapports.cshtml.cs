using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Pages.Operateur;

/// <summary>
/// The operator's consolidated consultation reports of a month: each application's status and
/// figures beside its apply redirections, the missing and late ones first; and the same as CSV.
/// </summary>
[Authorize(Policy = AccountsFeature.OperatorPolicy)]
internal sealed class RapportsModel(
    ConsolidatedReports consolidated, ReportCalendar calendar, [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock) : PageModel
{
    /// <summary>How many months the month picker offers.</summary>
    private const int PickerMonths = 24;

    public ConsolidatedMonth Report { get; private set; } = null!;

    public IReadOnlyList<ReportMonth> Choices { get; private set; } = [];

    public ReportCalendar Calendar => calendar;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? mois, CancellationToken ct)
    {
        var month = Choose(mois);
        Report = await consolidated.ReadAsync(month, ct);
        return Page();
    }

    /// <summary>The consolidated report as a CSV download.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? mois, CancellationToken ct)
    {
        if (!ReportMonth.TryParse(mois, out var month))
            return BadRequest($"Mois invalide « {mois} » : attendu AAAA-MM.");
        var report = await consolidated.ReadAsync(month, ct);
        return File(ConsolidatedReports.ToCsv(report), "text/csv; charset=utf-8", $"rapports-consultation-{month}.csv");
    }

    private ReportMonth Choose(string? text)
    {
        var last = ReportCalendar.LastEndedMonth(clock.GetUtcNow());
        var choices = new List<ReportMonth>();
        for (var month = last; choices.Count < PickerMonths; month = month.Previous)
            choices.Add(month);
        Choices = choices;
        if (text is null)
            return last;
        if (ReportMonth.TryParse(text, out var chosen))
            return chosen;
        Error = $"Mois invalide « {text} » : attendu AAAA-MM. Voici le dernier mois terminé.";
        return last;
    }
}
