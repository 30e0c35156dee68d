using System.Globalization;
using OpenEmploi.Mirror;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Mirror;

/// <summary>The mirror's progress, one line per step, in French, for a person or a log file.</summary>
internal sealed class ConsoleMirrorProgress(IAnsiConsole console) : IMirrorProgress
{
    public void Resuming(long cursor, long offers) =>
        Line($"Reprise au curseur {cursor} ({offers:N0} offres dans le miroir).");

    public void SnapshotStarting(string reason) => Line($"Instantané ({reason})…");

    public void SnapshotReading(long offers) => Line($"  {offers:N0} offres lues");

    public void SnapshotCommitted(long sequence, long offers, TimeSpan elapsed) =>
        Line($"Instantané enregistré : {offers:N0} offres à la séquence {sequence}, en {elapsed.TotalSeconds:N1} s ({offers / Math.Max(elapsed.TotalSeconds, 0.001):N0} offres/s).");

    public void PageApplied(AppliedPage page) =>
        Line($"Modifications : {page.Upserts:N0} créées ou modifiées, {page.Deletions:N0} supprimées ; curseur {page.Cursor} / {page.Head}{(page.CaughtUp ? ", à jour" : "")}.");

    public void NothingNew(long cursor) => Line($"Rien de nouveau depuis la séquence {cursor} (304).");

    public void Waiting(TimeSpan delay, string reason) => Line($"Attente de {delay.TotalSeconds:N1} s : {reason}");

    // Raw, not markup: messages carry URLs and the platform's text, which may hold brackets.
    private void Line(FormattableString text) => console.Profile.Out.Writer.WriteLine(text.ToString(CultureInfo.GetCultureInfo("fr-FR")));
}
