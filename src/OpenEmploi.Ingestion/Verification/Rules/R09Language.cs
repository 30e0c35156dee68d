using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Rules;

/// <summary>
/// R09: an offer must be written in French (L5331-4). A cheap detector: the description's French
/// and English function words are counted (one bit test per token, during the same scan), and an
/// offer with at least 12 English ones outnumbering the French ones 1.5 to 1 is "mostly English";
/// bilingual offers with a French version pass. Lawful: jobs where the language is the work
/// itself (translators E1108, guide-interpreters G1227, language teachers: ROME K21 or a teaching
/// title with a language in it). Not a bilingual assistant: L5331-4 wants a French text "alors
/// même que la parfaite connaissance d'une langue étrangère serait une des conditions requises".
/// A required level of English ("anglais courant exigé") is a requirement, not the offer's
/// language, and passes.
/// </summary>
internal sealed class R09Language : Rule
{
    private const int MinEnglish = 12;
    private const double Ratio = 1.5;

    /// <summary>A short ad ("Love coffee? Our coffee shop is hiring…") has fewer function words: fewer, but with almost no French.</summary>
    private const int MinEnglishShort = 7;
    private const double RatioShort = 3;

    private WordSet _languages = null!;
    private WordSet _languageTrades = null!;

    public override string Code => "R09";

    public override RuleDecision Decision => RuleDecision.Block;

    public override string Basis => "art. L5331-4 du Code du travail";

    public override void Register(RuleSetup setup)
    {
        // Words that cannot be read in the other language: no "a", "on", "an", "or", "as", "en".
        setup.Class(TermClass.English,
            "the and of to for with you your we our is are will be this that from have has by can who which their they in " +
            "at would should about into looking join team work skills it its he she his her them what when where how all any each " +
            "every some there been was were not than then also very well must may being across within without through between during " +
            "while including both such other these those whose under",
            exact: true);
        setup.Class(TermClass.French,
            "le la les des du et est une pour vous nous dans avec sur sont votre notre qui que au aux ce cette par pas de un " +
            "il elle ou vos nos ses leur",
            exact: true);
        _languages = setup.Words("anglais english espagnol allemand italien chinois japonais arabe portugais russe langue langues =fle");
        _languageTrades = setup.Words("traducteur traductrice traduction interprète interprétariat professeur enseignant formateur formatrice " +
            "teacher translator interpreter tutor");
    }

    public override void Check(RuleContext context)
    {
        var text = context.Text;
        int english = 0, french = 0, first = -1;
        for (var i = 0; i < text.Count; i++)
        {
            ref readonly var t = ref text[i];
            if (context.KindOf(i) != FieldKind.Description)
                continue;
            if ((t.Classes & TermClass.English) != 0)
            {
                english++;
                first = first < 0 ? i : first;
            }
            else if ((t.Classes & TermClass.French) != 0)
            {
                french++;
            }
        }
        var mostlyEnglish = (english >= MinEnglish && english >= french * Ratio) || (english >= MinEnglishShort && english >= french * RatioShort);
        if (!mostlyEnglish)
            return;
        if (context.RomeIn("E1108", "G1227") || IsLanguageJob(context))
            return;
        var last = first;
        while (last + 1 < text.Count && last < first + 7 && text[last + 1].Sentence == text[first].Sentence)
            last++;
        context.Report(this, "la description est rédigée en anglais : une offre publiée en France doit être rédigée en français", first, last);
    }

    /// <summary>Teaching or translating a language: a language in the title, and a teaching or translation title or ROME K21.</summary>
    private bool IsLanguageJob(RuleContext context) =>
        context.Anywhere(_languages, FieldKind.Title) && (context.RomeIn("K21") || context.Anywhere(_languageTrades, FieldKind.Title));
}
