// SPDX-License-Identifier: MIT
#include "scan/serialscansource.h"

#include "scan/scanlogging.h"

#include <QTimer>

namespace kiosk::scan {

SerialScanSource::SerialScanSource(SerialScanConfig config, QObject *parent)
    : ScanSource(parent), m_config(std::move(config)), m_splitter(m_config.maxLineBytes)
{
    m_port = new QSerialPort(this);
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanSource::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, &SerialScanSource::onError);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    m_reconnectTimer->setInterval(qMax(50, m_config.reconnectIntervalMs));
    connect(m_reconnectTimer, &QTimer::timeout, this, &SerialScanSource::open);
}

SerialScanSource::~SerialScanSource()
{
    m_wanted = false;
    m_port->disconnect(this);
    if (m_port->isOpen())
        m_port->close();
}

QString SerialScanSource::name() const
{
    return tr("Scanner on %1").arg(m_config.portName);
}

bool SerialScanSource::isActive() const
{
    return m_wanted && m_port->isOpen();
}

void SerialScanSource::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_attempts = 0;
    m_lastError.clear();
    if (m_config.portName.trimmed().isEmpty()) {
        m_wanted = false;
        reportError(tr("No serial port is configured for the scanner."));
        return;
    }
    open();
}

void SerialScanSource::stop()
{
    if (!m_wanted)
        return;
    m_wanted = false;
    m_reconnectTimer->stop();
    if (m_port->isOpen())
        m_port->close();
    m_splitter.clear();
    Q_EMIT statusChanged(tr("Scanner on %1 off").arg(m_config.portName));
}

void SerialScanSource::open()
{
    if (!m_wanted || m_port->isOpen())
        return;
    ++m_attempts;
    m_port->setPortName(m_config.portName);
    m_port->setBaudRate(m_config.baudRate);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadOnly)) {
        // open() has already reported through onError(); keep trying.
        scheduleReconnect();
        return;
    }
    m_splitter.clear();
    m_lastError.clear();
    qCInfo(lcScan) << "serial scanner open on" << m_port->portName() << m_config.baudRate;
    Q_EMIT statusChanged(tr("Scanner on %1 ready").arg(m_config.portName));
}

void SerialScanSource::scheduleReconnect()
{
    if (!m_wanted)
        return;
    Q_EMIT statusChanged(tr("Waiting for the scanner on %1").arg(m_config.portName));
    m_reconnectTimer->start();
}

void SerialScanSource::onReadyRead()
{
    const LineSplitter::Output out = m_splitter.feed(m_port->readAll());
    for (int i = 0; i < out.overflows; ++i) {
        // Not deduplicated: each dropped line is news.
        m_lastError.clear();
        reportError(tr("The scanner on %1 sent more than %2 KiB without an end of line; "
                       "that data was dropped.")
                        .arg(m_config.portName)
                        .arg(m_splitter.maxLineBytes() / 1024));
    }
    for (const QByteArray &line : out.lines) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            Q_EMIT textScanned(text);
    }
}

QString SerialScanSource::describe(QSerialPort::SerialPortError error) const
{
    const QString port = m_config.portName;
    switch (error) {
    case QSerialPort::DeviceNotFoundError:
        return tr("The scanner's port %1 does not exist (is the scanner plugged in?).").arg(port);
    case QSerialPort::PermissionError:
        return tr("The kiosk may not open %1: it is in use, or the kiosk's user is not in the "
                  "“dialout” group.")
            .arg(port);
    case QSerialPort::OpenError:
        return tr("%1 is already open.").arg(port);
    case QSerialPort::ResourceError:
        return tr("The scanner on %1 was disconnected.").arg(port);
    case QSerialPort::ReadError:
        return tr("Reading from the scanner on %1 failed (%2); connecting again.")
            .arg(port, m_port->errorString());
    case QSerialPort::UnsupportedOperationError:
        return tr("%1 does not support the settings (%2 baud, 8N1).")
            .arg(port)
            .arg(m_config.baudRate);
    default:
        return tr("The scanner on %1 failed: %2.").arg(port, m_port->errorString());
    }
}

void SerialScanSource::onError(QSerialPort::SerialPortError error)
{
    qCDebug(lcScan) << "serial error" << error << m_port->errorString();
    // NotOpenError is our own doing (a call on a closed port), not news for a person.
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError ||
        error == QSerialPort::NotOpenError)
        return;
    reportError(describe(error));
    if (error == QSerialPort::ResourceError || error == QSerialPort::ReadError) {
        // Unplugged (a hung-up tty may say ReadError rather than ResourceError): close now,
        // the handle is dead and would keep failing, and wait for the port to come back.
        m_port->close();
        m_splitter.clear();
        scheduleReconnect();
    }
    m_port->clearError();
}

void SerialScanSource::reportError(const QString &message)
{
    // A missing port fails the same way every few seconds: say it once.
    if (message == m_lastError)
        return;
    m_lastError = message;
    qCWarning(lcScan) << "serial:" << message;
    Q_EMIT errorOccurred(message);
}

} // namespace kiosk::scan
