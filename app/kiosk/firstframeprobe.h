// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace kiosk {

// For tools/bench/compare: at the first paint of any widget, prints how long since the process
// started (and since main) and exits once that paint is done. Installed on the application by
// --exit-after-first-frame.
class FirstFrameProbe : public QObject
{
public:
    explicit FirstFrameProbe(const QElapsedTimer &sinceMain) : m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const QElapsedTimer &m_sinceMain;
    bool m_seen = false;
};

} // namespace kiosk
