// SPDX-License-Identifier: MIT
#include "metrics/metricsregistry.h"

#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <limits>

namespace kiosk::metrics {

Q_LOGGING_CATEGORY(lcMetrics, "kiosk.metrics", QtInfoMsg)

namespace {
const char *typeName(MetricsRegistry::Type type)
{
    switch (type) {
    case MetricsRegistry::Type::Counter:
        return "counter";
    case MetricsRegistry::Type::Histogram:
        return "histogram";
    case MetricsRegistry::Type::Gauge:
        break;
    }
    return "gauge";
}

// Backslashes and line breaks always; quotes in label values, and in OpenMetrics' HELP text.
QByteArray escape(const QString &text, bool quotes)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}
} // namespace

MetricsRegistry::MetricsRegistry(QObject *parent) : QObject(parent) {}

void MetricsRegistry::add(Family family)
{
    Q_ASSERT(family.unit.isEmpty() || family.name.endsWith(u'_' + family.unit));
    Q_ASSERT(!family.name.endsWith(u"_total"));
    m_families << std::move(family);
}

void MetricsRegistry::addCounter(const QString &name, const QString &help)
{
    add({name, help, {}, Type::Counter, {}, {}});
}

void MetricsRegistry::addGauge(const QString &name, const QString &help, const QString &unit)
{
    add({name, help, unit, Type::Gauge, {}, {}});
}

void MetricsRegistry::addHistogram(const QString &name, const QString &help, const QString &unit,
                                   QList<double> bounds)
{
    std::sort(bounds.begin(), bounds.end());
    add({name, help, unit, Type::Histogram, std::move(bounds), {}});
}

MetricsRegistry::Family *MetricsRegistry::family(const QString &name, Type type)
{
    for (Family &f : m_families)
        if (f.name == name && f.type == type)
            return &f;
    // A programming error, but never worth stopping a kiosk for.
    qCWarning(lcMetrics) << "no" << typeName(type) << "named" << name;
    return nullptr;
}

void MetricsRegistry::increment(const QString &name, const Labels &labels, double by)
{
    if (Family *f = family(name, Type::Counter); f && by >= 0) {
        Series &s = f->series[renderLabels(labels)];
        s.labels = labels;
        s.value += by;
    }
}

void MetricsRegistry::set(const QString &name, const Labels &labels, double value)
{
    if (Family *f = family(name, Type::Gauge)) {
        Series &s = f->series[renderLabels(labels)];
        s.labels = labels;
        s.value = value;
    }
}

void MetricsRegistry::clear(const QString &name)
{
    if (Family *f = family(name, Type::Gauge))
        f->series.clear();
}

void MetricsRegistry::observe(const QString &name, const Labels &labels, double value)
{
    Family *f = family(name, Type::Histogram);
    if (!f || std::isnan(value))
        return;
    Series &s = f->series[renderLabels(labels)];
    s.labels = labels;
    if (s.buckets.isEmpty())
        s.buckets.fill(0, f->bounds.size() + 1);
    const auto bound = std::lower_bound(f->bounds.cbegin(), f->bounds.cend(), value);
    ++s.buckets[bound - f->bounds.cbegin()];
    ++s.count;
    s.sum += value;
}

QByteArray MetricsRegistry::scrape(Format format)
{
    for (const auto &collect : std::as_const(m_collectors))
        collect();
    return render(format);
}

QByteArray MetricsRegistry::escapeLabelValue(const QString &value)
{
    return escape(value, true);
}

QByteArray MetricsRegistry::formatNumber(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

QByteArray MetricsRegistry::renderLabels(const Labels &labels)
{
    if (labels.isEmpty())
        return {};
    QByteArray out = "{";
    for (const auto &[name, value] : labels) {
        if (out.size() > 1)
            out += ',';
        out += name.toUtf8() + "=\"" + escapeLabelValue(value) + '"';
    }
    return out + '}';
}

QByteArray MetricsRegistry::contentType(Format format)
{
    return format == Format::OpenMetrics
               ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
               : "text/plain; version=0.0.4; charset=utf-8";
}

QByteArray MetricsRegistry::render(Format format) const
{
    const bool om = format == Format::OpenMetrics;
    QByteArray out;
    for (const Family &f : m_families) {
        const QByteArray name = f.name.toUtf8();
        // The Prometheus text format names a counter by its samples, OpenMetrics by its family.
        const QByteArray described = f.type == Type::Counter && !om ? name + "_total" : name;
        out += "# HELP " + described + ' ' + escape(f.help, om) + '\n';
        out += "# TYPE " + described + ' ' + typeName(f.type) + '\n';
        if (om && !f.unit.isEmpty())
            out += "# UNIT " + name + ' ' + f.unit.toUtf8() + '\n';
        for (const Series &s : f.series) {
            const QByteArray labels = renderLabels(s.labels);
            if (f.type == Type::Counter) {
                out += name + "_total" + labels + ' ' + formatNumber(s.value) + '\n';
            } else if (f.type == Type::Gauge) {
                out += name + labels + ' ' + formatNumber(s.value) + '\n';
            } else {
                quint64 cumulative = 0;
                for (qsizetype i = 0; i < s.buckets.size(); ++i) {
                    cumulative += s.buckets.at(i);
                    Labels withLe = s.labels;
                    withLe.append(
                        {QStringLiteral("le"),
                         QString::fromLatin1(formatNumber(
                             i < f.bounds.size() ? f.bounds.at(i)
                                                 : std::numeric_limits<double>::infinity()))});
                    out += name + "_bucket" + renderLabels(withLe) + ' ' +
                           QByteArray::number(cumulative) + '\n';
                }
                out += name + "_count" + labels + ' ' + QByteArray::number(s.count) + '\n';
                out += name + "_sum" + labels + ' ' + formatNumber(s.sum) + '\n';
            }
        }
    }
    if (om)
        out += "# EOF\n";
    return out;
}

double MetricsRegistry::value(const QString &sampleName, const Labels &labels) const
{
    const QByteArray key = renderLabels(labels);
    for (const Family &f : m_families) {
        const auto s = f.series.constFind(key);
        if (s == f.series.cend())
            continue;
        if (f.type == Type::Counter && sampleName == f.name + u"_total")
            return s->value;
        if (f.type == Type::Gauge && sampleName == f.name)
            return s->value;
        if (f.type == Type::Histogram && sampleName == f.name + u"_count")
            return double(s->count);
        if (f.type == Type::Histogram && sampleName == f.name + u"_sum")
            return s->sum;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace kiosk::metrics
