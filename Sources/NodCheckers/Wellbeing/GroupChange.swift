import Foundation

/// The change in a group's mean score between two waves, as a group (not an individual) is
/// judged: the difference of means with its 95% confidence interval by Welch's t (the waves
/// may differ in size and spread) and the standardised effect size (Cohen's d, pooled SD).
/// No statistics package in the mirror does this; it is small, and tested against SciPy.
struct GroupChange: Sendable {
    let before: Summary
    let after: Summary
    /// `after.mean − before.mean`.
    let difference: Double
    let lower: Double
    let upper: Double
    /// Welch–Satterthwaite degrees of freedom.
    let degreesOfFreedom: Double
    /// The difference over the pooled standard deviation; 0 when nobody's score varies.
    let effectSize: Double

    /// A wave's count, mean and sample standard deviation.
    struct Summary: Sendable {
        let count: Int
        let mean: Double
        let standardDeviation: Double

        init(_ scores: [Double]) {
            count = scores.count
            let mean = scores.reduce(0, +) / Double(max(1, scores.count))
            self.mean = mean
            let squares = scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            standardDeviation = scores.count > 1 ? (squares / Double(scores.count - 1)).squareRoot() : 0
        }

        var variance: Double { standardDeviation * standardDeviation }
    }

    /// `nil` when a wave has fewer than two scores: no spread, so no interval.
    init?(before: [Double], after: [Double]) {
        guard before.count > 1, after.count > 1 else { return nil }
        self.before = Summary(before)
        self.after = Summary(after)
        difference = self.after.mean - self.before.mean
        let a = self.before.variance / Double(before.count), b = self.after.variance / Double(after.count)
        let standardError = (a + b).squareRoot()
        if standardError > 0 {
            degreesOfFreedom = (a + b) * (a + b) / (a * a / Double(before.count - 1) + b * b / Double(after.count - 1))
            let margin = StudentT.quantile(0.975, degreesOfFreedom: degreesOfFreedom) * standardError
            lower = difference - margin
            upper = difference + margin
        } else {
            degreesOfFreedom = Double(before.count + after.count - 2)
            lower = difference
            upper = difference
        }
        let pooled = ((Double(before.count - 1) * self.before.variance + Double(after.count - 1) * self.after.variance)
            / Double(before.count + after.count - 2)).squareRoot()
        effectSize = pooled > 0 ? difference / pooled : 0
    }
}

/// Student's t distribution: its CDF through the regularised incomplete beta function, and
/// its quantile by bisection on the CDF (to 1e-12, far below what a report prints).
enum StudentT {
    static func cdf(_ t: Double, degreesOfFreedom v: Double) -> Double {
        let x = v / (v + t * t)
        let tail = 0.5 * IncompleteBeta.regularized(x, a: v / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    static func quantile(_ p: Double, degreesOfFreedom v: Double) -> Double {
        var low = -1e6, high = 1e6
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if cdf(middle, degreesOfFreedom: v) < p { low = middle } else { high = middle }
            if high - low < 1e-12 { break }
        }
        return (low + high) / 2
    }
}

/// The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz).
enum IncompleteBeta {
    static func regularized(_ x: Double, a: Double, b: Double) -> Double {
        guard x > 0 else { return 0 }
        guard x < 1 else { return 1 }
        let logBeta: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logBeta + logPowers)
        // The fraction converges fast for x below the mean; use the symmetry otherwise.
        if x < (a + 1) / (a + b + 2) { return front * fraction(x, a: a, b: b) / a }
        return 1 - front * fraction(1 - x, a: b, b: a) / b
    }

    private static func fraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        d = abs(d) < tiny ? tiny : d
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m)
            var numerator = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + numerator * d; d = abs(d) < tiny ? tiny : d; d = 1 / d
            c = 1 + numerator / c; c = abs(c) < tiny ? tiny : c
            h *= d * c
            numerator = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + numerator * d; d = abs(d) < tiny ? tiny : d; d = 1 / d
            c = 1 + numerator / c; c = abs(c) < tiny ? tiny : c
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return h
    }
}
