using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// The anchor's model: one linear regression per département, features the seven previous
/// half-years of durable hires and the headcount. Trained shifted back in time — features ending two
/// years before the target, label the half-year after — then tested one year back, then applied to
/// the latest seven half-years. Needs eleven half-years of history before the target.
/// <para>
/// Safety checks refuse a département's model when it has fewer than <see cref="MinimumEstablishments"/>
/// establishments, when the fit is singular or not finite, or when it is unstable over time: on the
/// test year it explains less than predicting the mean (R² &lt; 0) or its error is more than
/// <see cref="MaximumErrorGrowth"/> times its training error. A refused département falls back on
/// the national model (same fit on every establishment, same checks); if that is refused too, on the
/// last half-year's hires. <see cref="Decisions"/> says which départements fell back and why.
/// </para>
/// </summary>
public sealed class AnchorLinearModel : IHiringPredictor
{
    public const int MinimumEstablishments = 50;
    public const double MaximumErrorGrowth = 2.0;

    /// <summary>Target of the training rows, counted back from the predicted window.</summary>
    public const int TrainingShift = 4;

    /// <summary>Target of the test rows, counted back from the predicted window.</summary>
    public const int TestShift = 2;

    /// <summary>Half-years the model reads before its target (7 features of the training rows, 4 back).</summary>
    public const int HistoryNeeded = Features.Lags + TrainingShift;

    private readonly Dictionary<string, ModelDecision> _decisions = new(StringComparer.Ordinal);

    public string Name => "ancre (régression linéaire)";

    /// <summary>Per département, the model used and why (filled by <see cref="Predict"/>).</summary>
    public IReadOnlyDictionary<string, ModelDecision> Decisions => _decisions;

    public double[] Predict(HiringData data, int targetWindow)
    {
        ArgumentNullException.ThrowIfNull(data);
        _decisions.Clear();
        var all = Enumerable.Range(0, data.Establishments.Count).ToList();
        var national = FitChecked(data, all, targetWindow);
        var predictions = new double[data.Establishments.Count];
        foreach (var group in all.GroupBy(i => data.Establishments[i].Departement, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var local = FitChecked(data, members, targetWindow);
            double[]? coefficients;
            if (local.Coefficients is not null)
            {
                coefficients = local.Coefficients;
                _decisions[group.Key] = new ModelDecision(ModelSource.Departement, local.Refusal);
            }
            else
            {
                coefficients = national.Coefficients;
                _decisions[group.Key] = new ModelDecision(coefficients is null ? ModelSource.LastHalfYear : ModelSource.National, local.Refusal);
            }
            foreach (var i in members)
            {
                var e = data.Establishments[i];
                var predicted = coefficients is null ? e.HiresAt(targetWindow - 1) : LeastSquares.Apply(coefficients, e.AnchorFeatures(targetWindow));
                predictions[i] = Math.Max(0, predicted);
            }
        }
        return predictions;
    }

    /// <summary>Fits on the training rows and checks the result on the test rows.</summary>
    public static CheckedFit FitChecked(HiringData data, IReadOnlyList<int> members, int targetWindow)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count < MinimumEstablishments)
            return new CheckedFit(null, $"{members.Count} établissements, moins de {MinimumEstablishments}");
        var trainTarget = targetWindow - TrainingShift;
        var testTarget = targetWindow - TestShift;
        var rows = members.Select(i => data.Establishments[i].AnchorFeatures(trainTarget)).ToList();
        var labels = members.Select(i => data.Establishments[i].HiresAt(trainTarget)).ToList();
        var coefficients = LeastSquares.Fit(rows, labels);
        if (coefficients is null)
            return new CheckedFit(null, "ajustement singulier ou non fini");

        var trainError = RootMeanSquare(members.Select(i => LeastSquares.Apply(coefficients, data.Establishments[i].AnchorFeatures(trainTarget)) - data.Establishments[i].HiresAt(trainTarget)));
        var testActual = members.Select(i => data.Establishments[i].HiresAt(testTarget)).ToList();
        var testPredicted = members.Select(i => LeastSquares.Apply(coefficients, data.Establishments[i].AnchorFeatures(testTarget))).ToList();
        var testError = RootMeanSquare(testPredicted.Zip(testActual, (p, a) => p - a));
        var mean = testActual.Average();
        var total = RootMeanSquare(testActual.Select(a => a - mean));
        if (total > 0 && testError > total)
            return new CheckedFit(null, "instable : moins bon que la moyenne sur l'année de test (R² < 0)");
        if (trainError > 0 && testError > MaximumErrorGrowth * trainError)
            return new CheckedFit(null, $"instable : erreur de test {testError:0.##} > {MaximumErrorGrowth} × erreur d'entraînement {trainError:0.##}");
        return new CheckedFit(coefficients, null);
    }

    private static double RootMeanSquare(IEnumerable<double> values)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in values)
        {
            sum += v * v;
            n++;
        }
        return n == 0 ? 0 : Math.Sqrt(sum / n);
    }
}

/// <summary>A fit that passed the safety checks (coefficients), or why it was refused.</summary>
public sealed record CheckedFit(double[]? Coefficients, string? Refusal);

public enum ModelSource
{
    Departement,
    National,
    LastHalfYear,
}

/// <summary>Which model predicted a département, and why the département's own was refused.</summary>
public sealed record ModelDecision(ModelSource Source, string? Refusal);
