namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// Maximum-likelihood Poisson regression (log link, intercept first) by Newton's method — the
/// iteratively reweighted least squares of a GLM. Optionally shrunk towards prior coefficients: the
/// log-likelihood minus ½ (β − m)ᵀ P (β − m), so a département with few rows stays near the national
/// fit and one with many rows follows its own data.
/// </summary>
public static class PoissonRegression
{
    public const int MaximumIterations = 30;

    /// <summary>Largest linear predictor used: e^20 hires is already absurd, and it keeps exp finite.</summary>
    public const double MaximumLinearPredictor = 20;

    /// <summary>Coefficients to shrink towards (<paramref name="Mean"/>) and how hard (<paramref name="Precision"/>, p × p).</summary>
    public sealed record Prior(double[] Mean, double[,] Precision);

    /// <summary>
    /// Fitted coefficients, intercept first; null when a Newton system is singular or the weights
    /// do not stay finite. <paramref name="ridge"/> × rows is added to the Hessian's diagonal and
    /// pulls the slopes (not the intercept) towards zero: it keeps collinear features solvable.
    /// </summary>
    public static double[]? Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> labels, double ridge = 1e-6, Prior? prior = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(labels);
        if (rows.Count == 0 || rows.Count != labels.Count)
            return null;
        var p = rows[0].Length + 1;
        if (prior is not null && (prior.Mean.Length != p || prior.Precision.GetLength(0) != p || prior.Precision.GetLength(1) != p))
            throw new ArgumentException($"L'a priori doit avoir {p} coefficients.", nameof(prior));
        var beta = new double[p];
        if (prior is not null)
            Array.Copy(prior.Mean, beta, p);
        else
            beta[0] = Math.Log(Math.Max(labels.Average(), 1e-6));
        var x = new double[p];
        var a = new double[p, p];
        var b = new double[p];
        for (var iteration = 0; iteration < MaximumIterations; iteration++)
        {
            Array.Clear(a);
            Array.Clear(b);
            for (var r = 0; r < rows.Count; r++)
            {
                x[0] = 1;
                Array.Copy(rows[r], 0, x, 1, p - 1);
                var mu = Math.Exp(Math.Min(MaximumLinearPredictor, Dot(beta, x)));
                // Newton step on the log-likelihood: gradient (y − μ)x, Hessian μxxᵀ.
                var residual = labels[r] - mu;
                for (var i = 0; i < p; i++)
                {
                    b[i] += residual * x[i];
                    for (var j = i; j < p; j++)
                        a[i, j] += mu * x[i] * x[j];
                }
            }
            for (var i = 0; i < p; i++)
            {
                for (var j = 0; j < i; j++)
                    a[i, j] = a[j, i];
                a[i, i] += ridge * rows.Count;
                if (i > 0)
                    b[i] -= ridge * rows.Count * beta[i];
            }
            if (prior is not null)
            {
                for (var i = 0; i < p; i++)
                {
                    for (var j = 0; j < p; j++)
                    {
                        a[i, j] += prior.Precision[i, j];
                        b[i] -= prior.Precision[i, j] * (beta[j] - prior.Mean[j]);
                    }
                }
            }
            var step = LeastSquares.Solve(a, b);
            if (step is null)
                return null;
            var largest = 0.0;
            for (var i = 0; i < p; i++)
            {
                beta[i] += step[i];
                largest = Math.Max(largest, Math.Abs(step[i]));
            }
            if (beta.Any(v => !double.IsFinite(v)))
                return null;
            if (largest < 1e-7)
                break;
        }
        return beta;
    }

    /// <summary>
    /// The Fisher information of one average row at <paramref name="beta"/> (Σ μ x xᵀ / n): times a
    /// number of rows, the precision of a prior worth that many rows of the data it was fitted on.
    /// </summary>
    public static double[,] InformationPerRow(IReadOnlyList<double[]> rows, double[] beta)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(beta);
        var p = beta.Length;
        var information = new double[p, p];
        var x = new double[p];
        foreach (var row in rows)
        {
            x[0] = 1;
            Array.Copy(row, 0, x, 1, p - 1);
            var mu = Math.Exp(Math.Min(MaximumLinearPredictor, Dot(beta, x)));
            for (var i = 0; i < p; i++)
            {
                for (var j = i; j < p; j++)
                    information[i, j] += mu * x[i] * x[j];
            }
        }
        for (var i = 0; i < p; i++)
        {
            for (var j = i; j < p; j++)
            {
                information[i, j] /= Math.Max(1, rows.Count);
                information[j, i] = information[i, j];
            }
        }
        return information;
    }

    /// <summary>e^(β·x), capped like the fit.</summary>
    public static double Predict(double[] beta, double[] features) =>
        Math.Exp(Math.Min(MaximumLinearPredictor, LeastSquares.Apply(beta, features)));

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
            sum += a[i] * b[i];
        return sum;
    }
}
