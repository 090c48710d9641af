#pragma once

#include <QList>
#include <QtGlobal>

namespace clientele::sample {

/// A small deterministic pseudo-random generator (SplitMix64) for the sample data. Its own
/// implementation, rather than QRandomGenerator, so that the same seed yields the same sample
/// bakery on every platform and Qt version: screenshots, tests and bug reports can rely on it.
class SampleRandom final
{
public:
    explicit SampleRandom(quint64 seed)
        : m_state(seed)
    { }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [low, high], both included. The modulo bias is far below what sample data
    /// could show.
    int between(int low, int high)
    {
        const auto span = static_cast<quint64>(static_cast<qint64>(high) - low + 1);
        return low + static_cast<int>(next() % span);
    }

    /// Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(between(0, static_cast<int>(items.size()) - 1));
    }

    /// An index drawn with the given (non-negative, not all zero) weights.
    int weighted(const QList<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double target = unit() * total;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (target < weights.at(i))
                return static_cast<int>(i);
            target -= weights.at(i);
        }
        // Rounding can leave a sliver past the end: fall back to the last item that can be drawn.
        for (qsizetype i = weights.size() - 1; i > 0; --i) {
            if (weights.at(i) > 0)
                return static_cast<int>(i);
        }
        return 0;
    }

    template<typename T> void shuffle(QList<T> &items)
    {
        for (qsizetype i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, between(0, static_cast<int>(i)));
    }

private:
    quint64 m_state;
};

} // namespace clientele::sample
