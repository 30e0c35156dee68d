namespace OpenEmploi.Web.Hosting;

/// <summary>
/// The loop of a background job that works in rounds: one round, a pause, again, until the host
/// stops. A failed round (a lost store, a network error) is reported and the job goes on at the
/// next round: a job that died on its first error would stop sending reminders or applying
/// deadlines without anyone noticing.
/// </summary>
internal static class RepeatingRounds
{
    public static async Task RunAsync(
        Func<CancellationToken, Task> round, TimeSpan pause, TimeProvider clock, Action<Exception> reportFailure, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await round(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The job survives a failed round: it reports and tries again next round.
            catch (Exception error)
#pragma warning restore CA1031
            {
                reportFailure(error);
            }
            await Task.Delay(pause, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
