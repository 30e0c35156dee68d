namespace OpenEmploi.Web.Features.Storage;

/// <summary>Configuration section "OpenEmploi:Store".</summary>
public sealed class StoreOptions
{
    public const string Section = "OpenEmploi";

    /// <summary>"sqlite:PATH" (the default, ./data/openemploi.db) or "postgres:CONNECTION-STRING".</summary>
    public string Store { get; set; } = "sqlite:data/openemploi.db";
}
