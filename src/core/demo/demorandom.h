#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

namespace caseloop::demo {

/// A small, fully specified PRNG (xoshiro256**, seeded by splitmix64) with the distributions
/// the demo generator needs. Unlike the std:: distributions, every algorithm here is fixed, so
/// the same seed gives the same numbers with any standard library.
class Random final {
public:
    explicit Random(quint64 seed) { reseed(seed); }

    /// A stream derived from @p seed and a stream number (e.g. a debtor index).
    static Random stream(quint64 seed, quint64 streamNo)
    {
        quint64 s = seed ^ (streamNo * 0xD1B54A32D192ED03ull + 0x8CB92BA72F3D8DD7ull);
        return Random(splitmix(s));
    }

    void reseed(quint64 seed)
    {
        quint64 s = seed;
        for (quint64& word : m_state)
            word = splitmix(s);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1) with 53 bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [low, high] (inclusive); spans up to 2^53.
    qint64 between(qint64 low, qint64 high)
    {
        const double span = double(high - low) + 1.0;
        return std::min(high, low + qint64(uniform() * span));
    }
    /// Index in [0, n).
    int index(qsizetype n) { return int(between(0, qint64(n) - 1)); }
    bool chance(double p) { return uniform() < p; }

    /// Standard normal (Box-Muller; one value per call, no cached state).
    double normal()
    {
        double u = uniform();
        while (u <= 0.0)
            u = uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979323846 * v);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    /// Log-normal with the given median and sigma of the underlying normal.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    /// Gamma(shape, 1) by Marsaglia-Tsang.
    double gamma(double shape)
    {
        if (shape < 1.0) {
            double u = uniform();
            while (u <= 0.0)
                u = uniform();
            return gamma(shape + 1.0) * std::pow(u, 1.0 / shape);
        }
        const double d = shape - 1.0 / 3.0;
        const double c = 1.0 / std::sqrt(9.0 * d);
        for (;;) {
            double x = 0;
            double v = 0;
            do {
                x = normal();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            const double u = uniform();
            if (u < 1.0 - 0.0331 * x * x * x * x)
                return d * v;
            if (u > 0.0 && std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v)))
                return d * v;
        }
    }
    double beta(double a, double b)
    {
        const double x = gamma(a);
        const double y = gamma(b);
        return x / (x + y);
    }
    /// Poisson by inversion for small means, normal approximation for large ones.
    int poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean > 60)
            return std::max(0, int(std::lround(normal(mean, std::sqrt(mean)))));
        const double limit = std::exp(-mean);
        double product = uniform();
        int count = 0;
        while (product > limit) {
            product *= uniform();
            ++count;
        }
        return count;
    }

    /// Index drawn with the given (non-negative) weights.
    template<typename W>
    int weighted(std::span<const W> weights)
    {
        double total = 0;
        for (const W& w : weights)
            total += double(w);
        double pick = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            pick -= double(weights[i]);
            if (pick < 0)
                return int(i);
        }
        return int(weights.size()) - 1;
    }
    template<typename W, size_t N>
    int weighted(const W (&weights)[N])
    {
        return weighted(std::span<const W>(weights, N));
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    static quint64 splitmix(quint64& state)
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

} // namespace caseloop::demo
