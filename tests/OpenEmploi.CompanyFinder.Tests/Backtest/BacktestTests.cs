using OpenEmploi.CompanyFinder.Backtest;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;
using OpenEmploi.CompanyFinder.Synthetic;

namespace OpenEmploi.CompanyFinder.Tests.Backtest;

public sealed class BacktestTests
{
    private static readonly DateOnly SeenUntil = new(2026, 1, 1);

    private static SyntheticHiringInputs Inputs(int establishments) =>
        new(establishments,
            [.. Enumerable.Range(1, 4).SelectMany(d => Enumerable.Range(0, 3).Select(c =>
                new SyntheticPlace($"{d:00}{c:000}", 44 + d, 2 + (c * 0.3), 1 + c, $"Z{d}")))],
            new DateOnly(2019, 1, 1), new DateOnly(2026, 6, 1), seed: 7);

    [Fact]
    public async Task The_backtest_sees_only_the_past_and_the_models_beat_random()
    {
        var data = await HiringDataLoader.LoadAsync(Inputs(2500), SeenUntil, AnchorLinearModel.HistoryNeeded, withActuals: true, CancellationToken.None);
        var anchor = new AnchorLinearModel();

        var report = BacktestRunner.Run(data, ModelSelection.Contenders(anchor, ModelSelection.Challengers()));

        Assert.Equal(SeenUntil, report.EvaluatedFrom);
        Assert.Equal(12, data.Windows.Count);                 // eleven seen, one evaluated
        Assert.True(data.OccupationActuals.Count > 0);
        var random = report.Predictors.Single(p => p.Name == "hasard");
        Assert.Equal(["ancre (régression linéaire)", "Poisson taille et historique", "Poisson saisonnier", "effectif seul", "dernier semestre", "hasard"], report.Predictors.Select(p => p.Name));
        foreach (var model in report.Predictors.Take(3))
        {
            Assert.True(model.PrecisionAt10.Value > random.PrecisionAt10.Value + 0.3, $"{model.Name}: {model.PrecisionAt10}");
            Assert.True(model.RankCorrelation.Value > 0.4, $"{model.Name}: {model.RankCorrelation}");
            Assert.True(model.OccupationPrecisionAt10.Groups > 0);
        }
        Assert.InRange(random.RankCorrelation.Value!.Value, -0.15, 0.15);
    }

    [Fact]
    public async Task Actual_hires_are_never_features()
    {
        var inputs = Inputs(300);
        var withActuals = await HiringDataLoader.LoadAsync(inputs, SeenUntil, 11, withActuals: true, CancellationToken.None);
        var without = await HiringDataLoader.LoadAsync(inputs, SeenUntil, 11, withActuals: false, CancellationToken.None);

        var a = new AnchorLinearModel().Predict(withActuals, withActuals.TargetWindow);
        var b = new AnchorLinearModel().Predict(without, without.TargetWindow);

        Assert.Equal(b, a);
    }

    [Fact]
    public void A_model_is_published_only_if_it_beats_every_baseline_on_every_figure()
    {
        static PredictorScores Scores(string name, double v) =>
            new(name, new(v, 3), new(v, 3), new(v, 3), new(null, 0), new(v, 3));
        var report = new BacktestReport(SeenUntil, SeenUntil, 100,
            [Scores("ancre (régression linéaire)", 0.6), Scores("Poisson saisonnier", 0.7), Scores("effectif seul", 0.5), Scores("dernier semestre", 0.55), Scores("hasard", 0.1)]);

        var choice = ModelSelection.Choose(report, new AnchorLinearModel(), new PoissonSeasonalModel());

        Assert.True(choice.ChallengerWon);
        Assert.IsType<PoissonSeasonalModel>(choice.Model);
        Assert.True(choice.BeatsBaselines);

        var tie = report with { Predictors = [.. report.Predictors.Select(p => p.Name == "Poisson saisonnier" ? p with { RankCorrelation = new(0.55, 3) } : p)] };
        var second = ModelSelection.Choose(tie with { Predictors = [.. tie.Predictors.Select(p => p.Name == "dernier semestre" ? p with { RankCorrelation = new(0.65, 3) } : p)] },
            new AnchorLinearModel(), new PoissonSeasonalModel());
        Assert.False(second.ChallengerWon);
        Assert.IsType<AnchorLinearModel>(second.Model);
        Assert.False(second.BeatsBaselines); // the anchor's 0.6 does not beat last half-year's 0.65
    }

    [Fact]
    public void The_size_and_history_model_is_published_only_where_it_wins_everywhere()
    {
        static PredictorScores Scores(string name, double v) =>
            new(name, new(v, 3), new(v, 3), new(v, 3), new(null, 0), new(v, 3));
        var anchor = new AnchorLinearModel();
        var challengers = ModelSelection.Challengers();
        var report = new BacktestReport(SeenUntil, SeenUntil, 100,
            [Scores("ancre (régression linéaire)", 0.6), Scores("Poisson taille et historique", 0.7), Scores("Poisson saisonnier", 0.65),
             Scores("effectif seul", 0.5), Scores("dernier semestre", 0.55), Scores("hasard", 0.1)]);
        PredictorScores With(string name, Func<PredictorScores, PredictorScores> change, BacktestReport r) =>
            r.Predictors.Single(p => p.Name == name) is var found ? change(found) : throw new InvalidOperationException();
        BacktestReport Changed(BacktestReport r, string name, Func<PredictorScores, PredictorScores> change) =>
            r with { Predictors = [.. r.Predictors.Select(p => p.Name == name ? With(name, change, r) : p)] };

        var wins = ModelSelection.Choose(report, anchor, challengers);
        Assert.IsType<PoissonSizeHistoryModel>(wins.Model);
        Assert.True(wins.ChallengerWon && wins.BeatsBaselines);

        // Loses the rank correlation to headcount only (the generator's inputs before this model): the next challenger.
        var losesToHeadcount = Changed(report, "Poisson taille et historique", p => p with { RankCorrelation = new(0.45, 3) });
        var next = ModelSelection.Choose(losesToHeadcount, anchor, challengers);
        Assert.IsType<PoissonSeasonalModel>(next.Model);

        // Loses precision@10 to the anchor (the finder's own synthetic base): not published either.
        var losesToAnchor = Changed(Changed(report, "Poisson taille et historique", p => p with { PrecisionAt10 = new(0.59, 3) }),
            "Poisson saisonnier", p => p with { PrecisionAt10 = new(0.58, 3) });
        var kept = ModelSelection.Choose(losesToAnchor, anchor, challengers);
        Assert.IsType<AnchorLinearModel>(kept.Model);
        Assert.False(kept.ChallengerWon);
        Assert.True(kept.BeatsBaselines);
    }
}
