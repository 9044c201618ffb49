// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <QString>

#include <functional>
#include <utility>

namespace kiosk::metrics {

// "kiosk.metrics": the registry, its listener and the session's metrics.
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)

// Label names and values, in the order they are rendered.
using Labels = QList<std::pair<QString, QString>>;

// OpenMetrics 1.0 for scrapers that ask for it (Prometheus does); the Prometheus text format
// 0.0.4 otherwise, which is also what `promtool check metrics` reads.
enum class Format
{
    OpenMetrics,
    PrometheusText,
};

// The kiosk's metrics: families declared once, then updated from signals on the thread that
// owns the registry. Values that are cheaper to read than to track (journal size, scanner
// health) are filled in by collectors just before each scrape.
class MetricsRegistry : public QObject
{
    Q_OBJECT

public:
    enum class Type
    {
        Counter,
        Gauge,
        Histogram,
    };

    explicit MetricsRegistry(QObject *parent = nullptr);

    // `name` without the `_total` a counter's samples get; a `unit` must end the name.
    void addCounter(const QString &name, const QString &help);
    void addGauge(const QString &name, const QString &help, const QString &unit = {});
    // `bounds` ascending; +Inf is added.
    void addHistogram(const QString &name, const QString &help, const QString &unit,
                      QList<double> bounds);

    void increment(const QString &name, const Labels &labels = {}, double by = 1);
    void set(const QString &name, const Labels &labels, double value);
    void set(const QString &name, double value) { set(name, {}, value); }
    void observe(const QString &name, const Labels &labels, double value);
    // Drops every series of a gauge (a value that may vanish, e.g. a camera unplugged).
    void clear(const QString &name);

    // Runs before each scrape, on the registry's thread.
    void addCollector(std::function<void()> collect) { m_collectors << std::move(collect); }
    QByteArray scrape(Format format);
    QByteArray render(Format format) const;

    // Test access: a sample's value by its full name ("x_total", "x_count") and labels; NaN
    // when there is none.
    double value(const QString &sampleName, const Labels &labels = {}) const;

    static QByteArray contentType(Format format);
    static QByteArray escapeLabelValue(const QString &value);
    static QByteArray formatNumber(double value);

private:
    struct Series
    {
        Labels labels;
        double value = 0;
        QList<quint64> buckets; // per bound, not cumulative; the last is +Inf
        quint64 count = 0;
        double sum = 0;
    };
    struct Family
    {
        QString name;
        QString help;
        QString unit;
        Type type = Type::Gauge;
        QList<double> bounds;
        QMap<QByteArray, Series> series; // by rendered labels: a stable order
    };
    Family *family(const QString &name, Type type);
    void add(Family family);
    static QByteArray renderLabels(const Labels &labels);

    QList<Family> m_families;
    QList<std::function<void()>> m_collectors;
};

} // namespace kiosk::metrics
