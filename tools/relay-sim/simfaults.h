// SPDX-License-Identifier: MIT
// Faults a test or demo sets on a relay path through the admin API (POST /sim/faults): the
// next requests to that path are delayed, dropped, or answered with an error instead.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace kiosk::sim {

struct Fault
{
    QString kind; // delay, drop, drop-after, http500, malformed, code
    int remaining = 0;
    int delayMs = 0;
    int code = 0;
    QString message;
    QJsonObject toJson(const QString &path) const;
};

// The faults by path; each is used up after `remaining` requests.
class FaultTable
{
public:
    // Replaces the path's fault; one with nothing remaining clears it.
    void set(const QString &path, const Fault &fault);
    // The path's fault for this request, counting it as used.
    std::optional<Fault> take(const QString &path);
    void clear() { m_faults.clear(); }
    QJsonArray toJson() const;

private:
    QHash<QString, Fault> m_faults;
};

} // namespace kiosk::sim
