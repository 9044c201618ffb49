// SPDX-License-Identifier: MIT
#include "staff/diagnosticstab.h"

#include "common/logging.h"
#include "config/kioskconfig.h"
#include "scan/scansource.h"
#include "session/kiosksession.h"
#include "theme.h"

#include <ZXing/ZXVersion.h>
#include <qrencode.h>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSslSocket>
#include <QTextCursor>
#include <QTime>
#include <QVBoxLayout>

namespace kiosk::ui {

namespace {
constexpr int kMaxLogLines = 200;
constexpr int kMaxScanChars = 200; // a long animated-QR frame is cut: enough to recognise it
} // namespace

DiagnosticsTab::DiagnosticsTab(session::KioskSession *session, QWidget *parent)
    : StaffTab(session, parent)
{
    setObjectName(QStringLiteral("diagnostics"));
    m_info = new QListWidget(this);
    m_info->setObjectName(QStringLiteral("diagnosticsInfo"));
    m_info->setMinimumHeight(staffTargetPx());
    m_info->setSelectionMode(QAbstractItemView::NoSelection);
    m_info->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Long paths wrap instead of hiding behind a sideways scroll bar (and the line under it).
    m_info->setWordWrap(true);
    m_info->setTextElideMode(Qt::ElideNone);
    m_info->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    enableTouchScrolling(m_info);

    m_scanTest = makeStaffButton(QStringLiteral("diagnosticsCameraTest"), this, "primary");
    m_scanStop = makeStaffButton(QStringLiteral("diagnosticsScanStop"), this);
    m_scanLog = new QListWidget(this);
    m_scanLog->setObjectName(QStringLiteral("diagnosticsScanLog"));
    m_scanLog->setMinimumHeight(staffTargetPx());
    m_scanLog->setSelectionMode(QAbstractItemView::NoSelection);
    m_scanLog->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    enableTouchScrolling(m_scanLog);

    m_logRefresh = makeStaffButton(QStringLiteral("diagnosticsLogRefresh"), this);
    m_logTail = new QPlainTextEdit(this);
    m_logTail->setObjectName(QStringLiteral("diagnosticsLogTail"));
    m_logTail->setReadOnly(true);
    m_logTail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logTail->setMinimumHeight(staffTargetPx() * 3);
    enableTouchScrolling(m_logTail);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scanTest);
    buttons->addWidget(m_scanStop);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    // What staff read first gets the room; the scanner test's list fills as codes are read.
    layout->addWidget(m_info, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_scanLog, 1);
    layout->addWidget(m_logRefresh, 0, Qt::AlignLeft);
    layout->addWidget(m_logTail, 2);
    connect(m_logRefresh, &QPushButton::clicked, this, &DiagnosticsTab::updateLogTail);

    connect(m_scanTest, &QPushButton::clicked, this, &DiagnosticsTab::startScanTest);
    connect(m_scanStop, &QPushButton::clicked, this, &DiagnosticsTab::stopScanTest);
    connect(session, &session::KioskSession::scanned, this, [this](const QString &text) {
        if (m_testing)
            log(tr("Scanned: %1")
                    .arg(text.size() > kMaxScanChars ? text.left(kMaxScanChars) + QChar(0x2026)
                                                     : text));
    });
    connect(session, &session::KioskSession::scanStatus, this, [this](const QString &status) {
        if (m_testing)
            log(status);
    });
    connect(session, &session::KioskSession::scanError, this, [this](const QString &message) {
        if (m_testing)
            log(tr("Problem: %1").arg(message));
    });
    retranslate();
}

DiagnosticsTab::~DiagnosticsTab()
{
    stopScanTest();
}

QString DiagnosticsTab::title() const
{
    return tr("Diagnostics");
}

void DiagnosticsTab::showEvent(QShowEvent *event)
{
    StaffTab::showEvent(event);
    updateInfo(); // the session may have started since
    updateLogTail();
}

void DiagnosticsTab::hideEvent(QHideEvent *event)
{
    stopScanTest();
    StaffTab::hideEvent(event);
}

void DiagnosticsTab::startScanTest()
{
    if (m_testing)
        return;
    const QList<scan::ScanSource *> sources = m_session->scanSources();
    if (sources.isEmpty()) {
        log(tr("No scanners are configured (Settings tab, Scanners)."));
        return;
    }
    m_testing = true;
    m_wasScanning = m_session->isScanning();
    QStringList names;
    for (const scan::ScanSource *source : sources)
        names << source->name();
    log(tr("Test started: %1. Scan any QR code.").arg(names.join(QStringLiteral(", "))));
    m_session->setScanning(true);
    updateButtons();
}

void DiagnosticsTab::stopScanTest()
{
    if (!m_testing)
        return;
    m_testing = false;
    if (!m_wasScanning && m_session)
        m_session->setScanning(false);
    log(tr("Test stopped."));
    updateButtons();
}

void DiagnosticsTab::log(const QString &line)
{
    auto *item = new QListWidgetItem(
        QTime::currentTime().toString(QStringLiteral("HH:mm:ss")) + u"  " + line, m_scanLog);
    item->setData(Qt::AccessibleTextRole, line);
    while (m_scanLog->count() > kMaxLogLines)
        delete m_scanLog->takeItem(0);
    m_scanLog->scrollToBottom();
}

void DiagnosticsTab::updateButtons()
{
    m_scanTest->setEnabled(!m_testing);
    m_scanStop->setEnabled(m_testing);
}

void DiagnosticsTab::updateInfo()
{
    const auto orUnknown = [](const QString &text) {
        return text.isEmpty() ? tr("unknown") : text;
    };
    const config::KioskConfig &config = m_session->config();
    const QString settingsDir = staffSettingsDir(m_session);
    // Listed now: one a fleet tool added since the kiosk started applies after a restart.
    const auto dropIns = config::KioskConfig::dropInFiles(config.sourcePath);
    const QString dropInText = !dropIns             ? dropIns.error()
                               : dropIns->isEmpty() ? tr("none")
                                                    : dropIns->join(QStringLiteral(", "));
    QStringList scanners;
    for (const scan::ScanSource *source : m_session->scanSources())
        scanners << source->name();

    const QStringList lines{
        tr("Application: %1").arg(orUnknown(QCoreApplication::applicationVersion())),
        tr("Qt: %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
        tr("OpenSSL: %1").arg(orUnknown(QSslSocket::sslLibraryVersionString())),
        tr("ZXing (QR reading): %1.%2.%3")
            .arg(ZXING_VERSION_MAJOR)
            .arg(ZXING_VERSION_MINOR)
            .arg(ZXING_VERSION_PATCH),
        tr("libqrencode (QR drawing): %1").arg(QString::fromLatin1(QRcode_APIVersionString())),
        m_session->isDemo() ? tr("Mode: demo (bundled simulator, demo data)")
                            : tr("Mode: relay %1").arg(config.relayUrl),
        tr("State folder: %1").arg(orUnknown(m_session->stateDir())),
        tr("Journal: %1").arg(orUnknown(m_session->journal()->path())),
        tr("Configuration file: %1")
            .arg(config.sourcePath.isEmpty() ? tr("none (built-in defaults)") : config.sourcePath),
        tr("Drop-in files (read after it, in this order): %1").arg(dropInText),
        tr("Staff settings file: %1")
            .arg(settingsDir.isEmpty() ? tr("unknown")
                                       : config::KioskConfig::overridesPath(settingsDir)),
        tr("Scanners: %1")
            .arg(scanners.isEmpty() ? tr("none") : scanners.join(QStringLiteral(", "))),
        // Below: the latest lines; all of them are in the system journal.
        tr("Logs: the latest below; all in the system journal (journalctl -u loyalty-kiosk)"),
    };
    m_info->clear();
    for (const QString &line : lines)
        new QListWidgetItem(line, m_info);
    // What staff must act on comes first and stands out.
    QString scanning;
    if (!m_session->hasCamera() && !m_session->hasScanner())
        scanning = tr("No camera and no scanner can read codes: customers cannot answer with "
                      "their phone. Connect one, or check the Scanners setting.");
    for (const QString &warning : {m_session->outOfServiceReason(), m_session->journalNotice(),
                                   m_session->relayProblem(), scanning}) {
        if (warning.isEmpty())
            continue;
        auto *item = new QListWidgetItem(tr("Attention: %1").arg(warning));
        item->setForeground(Qt::darkRed);
        m_info->insertItem(0, item);
    }
}

void DiagnosticsTab::updateLogTail()
{
    m_logTail->setPlainText(kiosk::recentLogLines(200).join(u'\n'));
    m_logTail->moveCursor(QTextCursor::End); // newest in view
}

void DiagnosticsTab::retranslate()
{
    setButtonTexts(m_logRefresh, tr("Show the latest log lines"),
                   tr("Reloads the kiosk's most recent log lines below"));
    setAccessibleTexts(m_logTail, tr("Log"), tr("The kiosk's most recent log lines, newest last"));
    setAccessibleTexts(m_info, tr("Versions and files"),
                       tr("Software versions, where the kiosk keeps its files and where the "
                          "logs go"));
    setButtonTexts(m_scanTest, tr("Test the scanners"),
                   tr("Turns on the camera and the other scanners and lists every code "
                      "they read"));
    setButtonTexts(m_scanStop, tr("Stop the test"), tr("Turns the scanners off again"));
    setAccessibleTexts(m_scanLog, tr("Scanner test"),
                       tr("What the scanners read and report, newest last"));
    updateInfo();
    updateButtons();
}

} // namespace kiosk::ui
