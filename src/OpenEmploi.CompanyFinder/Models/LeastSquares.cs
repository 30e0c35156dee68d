namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// Ordinary least squares with an intercept through the normal equations, solved by Gaussian
/// elimination with partial pivoting. Eight features make XᵀX 9 × 9: exact enough in doubles, and
/// a near-zero pivot is reported as a singular (unstable) fit instead of producing huge weights.
/// </summary>
public static class LeastSquares
{
    /// <summary>Coefficients, intercept first; null when the system is singular or the result not finite.</summary>
    public static double[]? Fit(IReadOnlyList<double[]> rows, IReadOnlyList<double> targets, double ridge = 0)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(targets);
        if (rows.Count == 0 || rows.Count != targets.Count)
            return null;
        var p = rows[0].Length + 1;
        var a = new double[p, p];
        var b = new double[p];
        var x = new double[p];
        for (var r = 0; r < rows.Count; r++)
        {
            x[0] = 1;
            Array.Copy(rows[r], 0, x, 1, p - 1);
            for (var i = 0; i < p; i++)
            {
                b[i] += x[i] * targets[r];
                for (var j = i; j < p; j++)
                    a[i, j] += x[i] * x[j];
            }
        }
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < i; j++)
                a[i, j] = a[j, i];
            if (i > 0)
                a[i, i] += ridge;
        }
        return Solve(a, b);
    }

    public static double Apply(double[] coefficients, double[] features)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentNullException.ThrowIfNull(features);
        var sum = coefficients[0];
        for (var i = 0; i < features.Length; i++)
            sum += coefficients[i + 1] * features[i];
        return sum;
    }

    /// <summary>Solves a·x = b in place; null when a pivot vanishes relative to the matrix's scale.</summary>
    internal static double[]? Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var scale = 0.0;
        for (var i = 0; i < n; i++)
            scale = Math.Max(scale, Math.Abs(a[i, i]));
        if (scale == 0)
            return null;
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < n; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                    pivot = r;
            }
            if (Math.Abs(a[pivot, col]) < 1e-12 * scale)
                return null;
            if (pivot != col)
            {
                for (var c = 0; c < n; c++)
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            for (var r = col + 1; r < n; r++)
            {
                var factor = a[r, col] / a[col, col];
                if (factor == 0)
                    continue;
                for (var c = col; c < n; c++)
                    a[r, c] -= factor * a[col, c];
                b[r] -= factor * b[col];
            }
        }
        var solution = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = b[r];
            for (var c = r + 1; c < n; c++)
                sum -= a[r, c] * solution[c];
            solution[r] = sum / a[r, r];
            if (!double.IsFinite(solution[r]))
                return null;
        }
        return solution;
    }
}
