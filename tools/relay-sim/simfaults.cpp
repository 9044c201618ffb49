// SPDX-License-Identifier: MIT
#include "simfaults.h"

namespace kiosk::sim {

QJsonObject Fault::toJson(const QString &path) const
{
    QJsonObject object{{QStringLiteral("path"), path},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("count"), remaining}};
    if (kind == u"delay")
        object.insert(QStringLiteral("delayMs"), delayMs);
    if (kind == u"code") {
        object.insert(QStringLiteral("code"), code);
        object.insert(QStringLiteral("message"), message);
    }
    return object;
}

void FaultTable::set(const QString &path, const Fault &fault)
{
    if (fault.remaining == 0)
        m_faults.remove(path);
    else
        m_faults.insert(path, fault);
}

std::optional<Fault> FaultTable::take(const QString &path)
{
    auto it = m_faults.find(path);
    if (it == m_faults.end() || it->remaining <= 0)
        return std::nullopt;
    const Fault fault = *it;
    if (--it->remaining <= 0)
        m_faults.erase(it);
    return fault;
}

QJsonArray FaultTable::toJson() const
{
    QJsonArray faults;
    for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
        faults.append(it->toJson(it.key()));
    return faults;
}

} // namespace kiosk::sim
