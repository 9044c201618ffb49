// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace kiosk {

// Wall-clock time, injectable: the 45 s approval window, PIN lockouts and the UI's idle watcher
// are tested with a FakeClock instead of sleeping (their timers only wake them to read it).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    qint64 nowSeconds() const { return nowMs() / 1000; }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
    static const SystemClock *instance()
    {
        static const SystemClock clock;
        return &clock;
    }
};

class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = QDateTime::currentMSecsSinceEpoch()) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void setMs(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace kiosk
