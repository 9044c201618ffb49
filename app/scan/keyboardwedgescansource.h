// SPDX-License-Identifier: MIT
#pragma once

#include "scan/scanconfig.h"
#include "scan/scansource.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

class QKeyEvent;
class QTimer;

namespace kiosk::scan {

// A 2D scanner in keyboard mode ("keyboard wedge") types the code as a fast burst of keys
// followed by Enter. This event filter tells that apart from a person typing and turns it
// into textScanned(); the scanner's keys are swallowed so they do not land in a text field.
//
// Printable keys are held back while they might be the start of a burst. A slow gap, a
// non-printable key, Enter after too few keys, or flushDelayMs without a key all send the
// held keys on to where they were going, in order: a person's typing is delayed by at most
// flushDelayMs and never lost.
//
// start() installs the filter on the target (by default the application). On the
// application, key events are looked at on their way to a window (every key from the
// platform goes there first) and not again at the widget the window hands them to.
class KeyboardWedgeScanSource : public ScanSource
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit KeyboardWedgeScanSource(KeyboardWedgeConfig config = {}, QObject *parent = nullptr);
    ~KeyboardWedgeScanSource() override;

    // Where to install the filter; nullptr (the default) means the application.
    void setTarget(QObject *target);
    // Time source for the gaps between keys. Without one: the key event's own timestamp (so a
    // busy UI thread does not split a burst), else a monotonic clock.
    void setClock(Clock clock);
    const KeyboardWedgeConfig &config() const { return m_config; }

    void start() override;
    void stop() override;
    QString name() const override;
    bool isActive() const override { return m_active; }

    // Sends the held keys on now (also done by a timer flushDelayMs after the last key).
    void flushPending();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct HeldEvent;

    bool handleKeyPress(QObject *receiver, QKeyEvent *key);
    bool handleKeyRelease(QObject *receiver, QKeyEvent *key);
    void hold(QObject *receiver, const QKeyEvent *key);
    void discardPending();
    qint64 now(const QKeyEvent *key) const;
    QObject *target() const;

    KeyboardWedgeConfig m_config;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QPointer<QObject> m_target;
    QPointer<QObject> m_installedOn;
    bool m_active = false;
    bool m_replaying = false;

    QString m_buffer;                 // the burst's text so far
    std::vector<HeldEvent> m_pending; // the burst's key events, to replay if not a scan
    qint64 m_lastKeyTime = 0;         // of the burst's last printable key
    QSet<int> m_swallowedKeys;        // presses eaten whose releases are still to come
    QTimer *m_flushTimer = nullptr;
};

} // namespace kiosk::scan
