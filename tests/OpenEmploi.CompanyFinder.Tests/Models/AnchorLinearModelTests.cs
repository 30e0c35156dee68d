using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;

namespace OpenEmploi.CompanyFinder.Tests.Models;

public sealed class AnchorLinearModelTests
{
    private const int Windows = 14;

    [Fact]
    public void On_a_linear_history_the_departements_regression_predicts_the_next_half_year()
    {
        var data = ModelData.Of(Windows, ModelData.Linear("69", 400, Windows, seed: 1));
        var model = new AnchorLinearModel();

        var predicted = model.Predict(data, Windows - 1);

        Assert.Equal(new ModelDecision(ModelSource.Departement, null), model.Decisions["69"]);
        for (var i = 0; i < data.Establishments.Count; i++)
            Assert.InRange(predicted[i] - ModelData.Expected(data.Establishments[i], Windows - 1), -0.25, 0.25);
    }

    [Fact]
    public void A_departement_with_fewer_than_50_establishments_falls_back_on_the_national_model()
    {
        var data = ModelData.Of(Windows, ModelData.Linear("69", 400, Windows, 1).Concat(ModelData.Linear("48", 49, Windows, 2)));
        var model = new AnchorLinearModel();

        var predicted = model.Predict(data, Windows - 1);

        Assert.Equal(ModelSource.National, model.Decisions["48"].Source);
        Assert.Contains("49 établissements", model.Decisions["48"].Refusal, StringComparison.Ordinal);
        Assert.Equal(ModelSource.Departement, model.Decisions["69"].Source);
        // Same linear law everywhere: the national model predicts Lozère just as well.
        var lozere = Enumerable.Range(0, data.Establishments.Count).First(i => data.Establishments[i].Departement == "48");
        Assert.InRange(predicted[lozere] - ModelData.Expected(data.Establishments[lozere], Windows - 1), -0.25, 0.25);
    }

    [Fact]
    public void A_model_that_fails_on_the_test_year_is_refused_as_unstable()
    {
        // The law changes after the training rows: hires collapse in the test year and after.
        var establishments = ModelData.Linear("13", 60, Windows, 5).Select(e =>
        {
            var hires = (double[])e.Hires.Clone();
            var random = new Random(e.Siret.GetHashCode(StringComparison.Ordinal));
            for (var t = Windows - 3; t < Windows; t++)
                hires[t] = random.Next(100);
            return new EstablishmentHistory(e.Siret, e.Departement, e.Naf, e.Headcount, hires);
        }).ToList();
        var data = ModelData.Of(Windows, establishments);
        var model = new AnchorLinearModel();

        var predicted = model.Predict(data, Windows - 1);

        // The département and the nation are the same rows: both refused, so last half-year's hires.
        Assert.Equal(ModelSource.LastHalfYear, model.Decisions["13"].Source);
        Assert.StartsWith("instable", model.Decisions["13"].Refusal, StringComparison.Ordinal);
        Assert.Equal(establishments.Select(e => e.Hires[Windows - 2]), predicted);
    }
}
