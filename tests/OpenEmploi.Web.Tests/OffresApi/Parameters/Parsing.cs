using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Query;
using OpenEmploi.Web.Features.OffresApi.Parameters;

namespace OpenEmploi.Web.Tests.OffresApi.Parameters;

/// <summary>One parser over the shipped reference data, and helpers to parse a query string.</summary>
internal static class Parsing
{
    private static readonly Lazy<ReferenceData> LazyData = new(ReferenceData.LoadDefault);
    private static readonly Lazy<SearchParametersParser> LazyParser = new(() => new SearchParametersParser(LazyData.Value));

    public static ReferenceData Data => LazyData.Value;

    public static ParsedSearch Parse(string queryString) =>
        LazyParser.Value.Parse(new QueryCollection(QueryHelpers.ParseQuery(queryString)));

    /// <summary>The query of a valid query string (the test fails with the message otherwise).</summary>
    public static SearchQuery Query(string queryString)
    {
        var parsed = Parse(queryString);
        Assert.True(parsed.Error is null, $"{queryString}: {parsed.Error}");
        Assert.NotNull(parsed.Query);
        return parsed.Query;
    }

    /// <summary>The error of an invalid query string (the test fails when it parses).</summary>
    public static string Error(string queryString)
    {
        var parsed = Parse(queryString);
        Assert.Null(parsed.Query);
        Assert.NotNull(parsed.Error);
        return parsed.Error;
    }

    public static string Incorrecte(string name) => $"Valeur du paramètre « {name} » incorrecte.";
}
