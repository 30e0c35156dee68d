using static OpenEmploi.Web.Tests.OffresApi.Parameters.Parsing;

namespace OpenEmploi.Web.Tests.OffresApi.Parameters;

public sealed class KeywordsTests
{
    private const string Message =
        "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères.";

    [Theory]
    [InlineData("?motsCles=java", new[] { "java" })]
    [InlineData("?motsCles=d%C3%A9veloppeur%20web,java", new[] { "développeur web", "java" })]
    [InlineData("?motsCles=%20sql%20,%20c%23%20", new[] { "sql", "c#" })]
    [InlineData("?motsCles=a1,b2,c3,d4,e5,f6,g7", new[] { "a1", "b2", "c3", "d4", "e5", "f6", "g7" })]
    [InlineData("?motsCles=%40%23%24%25%5E%26%2B.%2F-%22", new[] { "@#$%^&+./-\"" })]
    [InlineData("?motsCles=%C3%A9l%C3%A8ve,%C3%A7%C5%93ur,%C3%8Ele", new[] { "élève", "çœur", "Île" })]
    [InlineData("?motsCles=c%2B%2B", new[] { "c++" })]
    public void Keywords_are_split_on_commas_and_trimmed(string query, string[] expected) =>
        Assert.Equal(expected, Query(query).Keywords);

    [Theory]
    [InlineData("?motsCles=a")]
    [InlineData("?motsCles=java,a")]
    [InlineData("?motsCles=java,")]
    [InlineData("?motsCles=java,,sql")]
    [InlineData("?motsCles=%20a%20")]
    [InlineData("?motsCles=a1,b2,c3,d4,e5,f6,g7,h8")]
    [InlineData("?motsCles=d%27accord")]
    [InlineData("?motsCles=java_ee")]
    [InlineData("?motsCles=java%09ee")]
    [InlineData("?motsCles=java!")]
    [InlineData("?motsCles=(java)")]
    [InlineData("?motsCles=%F0%9F%98%80%F0%9F%98%80")]
    public void Malformed_keywords_report_the_format(string query) => Assert.Equal(Message, Error(query));

    [Fact]
    public void An_apostrophe_is_refused_as_the_contract_does_not_list_it() =>
        Assert.Equal(Message, Error("?motsCles=aide-soignant,l%27oreal"));
}
