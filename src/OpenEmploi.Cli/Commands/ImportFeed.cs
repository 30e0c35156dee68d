using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;

namespace OpenEmploi.Cli.Commands;

/// <summary>Opens a feed from a file or a URL (<see cref="FeedLocation"/>); what cannot be opened is the user's to fix.</summary>
internal static class ImportFeed
{
    public static async Task<(Stream Feed, FeedFormat Format)> OpenAsync(string location, FeedFormat? format, CancellationToken ct)
    {
        try
        {
            return await FeedLocation.OpenAsync(location, format, ct);
        }
        catch (IngestionException error)
        {
            throw new UserErrorException(error.Message.Replace("préciser le format (json, jsonld, xml ou csv)", "préciser --format json|jsonld|xml|csv", StringComparison.Ordinal));
        }
    }
}
