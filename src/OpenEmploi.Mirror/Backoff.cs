using OpenEmploi.Mirror.Feed;

namespace OpenEmploi.Mirror;

/// <summary>
/// Runs a step again after a transient failure: after Retry-After for a 429, else after a pause
/// that doubles from <see cref="MirrorOptions.FirstBackoff"/> up to <see cref="MirrorOptions.MaxBackoff"/>,
/// with some jitter so that many mirrors do not come back at once. Refusals and 410 go through.
/// </summary>
internal sealed class Backoff(MirrorOptions options, IMirrorProgress progress, TimeProvider time)
{
    public async Task<T> RunAsync<T>(Func<Task<T>> step, CancellationToken ct)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await step();
            }
            catch (TransientFeedException error)
            {
                if (!options.Follow && failures >= options.MaxAttempts)
                    throw new FeedRefusedException($"Abandon après {failures} échecs de suite ; le dernier : {error.Message}", error);
                var delay = error.RetryAfter ?? Pause(failures);
                progress.Waiting(delay, error.RetryAfter is null ? $"échec {failures} : {error.Message}" : error.Message);
                await Task.Delay(delay, time, ct);
            }
        }
    }

    private TimeSpan Pause(int failures)
    {
        var doubled = options.FirstBackoff.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 20));
        var capped = Math.Min(doubled, options.MaxBackoff.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.8 + 0.4 * Random.Shared.NextDouble()));
    }
}
