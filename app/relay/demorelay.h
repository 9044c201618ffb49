// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace kiosk::relay {

// The bundled relay simulator as a child process, for demo mode: when no relay is configured the
// kiosk starts loyalty-relay-sim on a free loopback port with the demo data, and stops it when it
// goes away. Never waits on the child in the calling thread.
class DemoRelay : public QObject
{
    Q_OBJECT

public:
    explicit DemoRelay(QObject *parent = nullptr);
    ~DemoRelay() override;

    // Where loyalty-relay-sim is looked for: $LOYALTY_RELAY_SIM, next to this executable, the
    // build tree's tools/ folder, then $PATH. Empty when not found.
    static QString findSimulator();

    // Starts the simulator; ready() or failed() follows.
    void start(const QString &program = findSimulator(), const QStringList &extraArguments = {});
    QUrl url() const { return m_url; }
    bool isReady() const { return m_url.isValid(); }

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &reason);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_url;
};

} // namespace kiosk::relay
