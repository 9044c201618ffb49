// SPDX-License-Identifier: MIT
#pragma once

#include "scan/linesplitter.h"
#include "scan/scanconfig.h"
#include "scan/scansource.h"

#include <QSerialPort>

class QTimer;

namespace kiosk::scan {

// A scanner on a serial port (RS-232, or USB in CDC/"virtual COM" mode): each code arrives
// as one line ended by CR and/or LF. When the port disappears (unplugged) it keeps trying to
// open it again every reconnectIntervalMs until stop().
class SerialScanSource : public ScanSource
{
    Q_OBJECT

public:
    explicit SerialScanSource(SerialScanConfig config, QObject *parent = nullptr);
    ~SerialScanSource() override;

    void start() override;
    void stop() override;
    QString name() const override;
    bool isActive() const override;

    const SerialScanConfig &config() const { return m_config; }
    int reconnectAttempts() const { return m_attempts; }

private:
    void open();
    void scheduleReconnect();
    void onReadyRead();
    void onError(QSerialPort::SerialPortError error);
    void reportError(const QString &message);
    QString describe(QSerialPort::SerialPortError error) const;

    SerialScanConfig m_config;
    QSerialPort *m_port = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    LineSplitter m_splitter;
    bool m_wanted = false;
    int m_attempts = 0;
    QString m_lastError;
};

} // namespace kiosk::scan
