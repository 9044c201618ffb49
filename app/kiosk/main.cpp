// SPDX-License-Identifier: MIT
// loyalty-kiosk: the touchscreen application.
#include "common/hardening.h"
#include "common/logging.h"
#include "common/servicemanager.h"
#include "common/terminationsignals.h"
#include "config/kioskconfig.h"
#include "config/statedir.h"
#include "firstframeprobe.h"
#include "mainwindow.h"
#include "session/kiosksession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    kiosk::keepSecretsInMemory();
    QElapsedTimer sinceMain;
    sinceMain.start();
    QCoreApplication::setApplicationName(QStringLiteral("loyalty-kiosk"));
    QCoreApplication::setOrganizationName(QStringLiteral("loyalty-kiosk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Loyalty Kiosk: approve or reject loyalty-point payment cancellations by QR exchange. "
        "--demo (or [kiosk] mode = demo) runs a demonstration against the bundled relay "
        "simulator, with demo data and a demo wallet."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QStringLiteral("Configuration file (default: $LOYALTY_KIOSK_CONFIG, else "
                       "/etc/loyalty-kiosk/kiosk.conf); the drop-ins FILE.d/*.conf are read "
                       "after it, in name order."),
        QStringLiteral("FILE"));
    const QCommandLineOption windowed(QStringLiteral("windowed"),
                                      QStringLiteral("A normal window instead of full screen."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Demo mode: the bundled relay simulator, demo data and a demo wallet; "
                       "no real payment is touched (as [kiosk] mode = demo)."));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      QStringLiteral("Where the journal is kept."),
                                      QStringLiteral("DIR"));
    // Measurement flags for tools/bench/compare.
    const QCommandLineOption firstFrame(QStringLiteral("exit-after-first-frame"),
                                        QStringLiteral("Print the time to the first frame, exit."));
    const QCommandLineOption exitAfter(QStringLiteral("exit-after-ms"),
                                       QStringLiteral("Exit after this many milliseconds."),
                                       QStringLiteral("MS"));
    parser.addOptions({configOption, windowed, demo, stateDir, firstFrame, exitAfter});
    // Parsed before QApplication exists: --help, --version and a mistyped option must work
    // on a machine (or over ssh) without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(arguments)) {
        QString error = parser.errorText();
        if (error.endsWith(u'.'))
            error.chop(1);
        std::fprintf(stderr, "loyalty-kiosk: %s (try --help)\n", qPrintable(error));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        // Without an application object the usage line cannot know the program's name.
        std::fputs(
            qPrintable(parser.helpText().replace(u"<executable_name>"_qs, u"loyalty-kiosk"_qs)),
            stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("loyalty-kiosk %s\n", PROJECT_VERSION_STRING);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "loyalty-kiosk: unexpected argument '%s' (try --help)\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }
    QApplication app(argc, argv);
    kiosk::installLogHandler();

    if (parser.isSet(exitAfter))
        QTimer::singleShot(parser.value(exitAfter).toInt(), qApp, [] { QApplication::exit(0); });

    const QString configPath = parser.isSet(configOption)
                                   ? parser.value(configOption)
                                   : kiosk::config::KioskConfig::defaultPath();
    auto loaded = kiosk::config::KioskConfig::load(configPath, parser.isSet(configOption));
    if (!loaded) {
        std::fprintf(stderr, "loyalty-kiosk: %s\n", qPrintable(loaded.error()));
        return 2;
    }
    kiosk::config::KioskConfig config = loaded.value();
    if (parser.isSet(stateDir))
        config.stateDir = parser.value(stateDir);
    // Settings staff changed on the touchscreen (the /etc file is read-only for the kiosk).
    if (auto dir = kiosk::config::resolveStateDir(config.stateDir); dir) {
        if (auto applied =
                config.applyOverrides(kiosk::config::KioskConfig::overridesPath(dir.value()));
            !applied)
            std::fprintf(stderr, "loyalty-kiosk: staff settings ignored: %s\n",
                         qPrintable(applied.error()));
    }
    if (parser.isSet(windowed))
        config.fullScreen = false;
    if (parser.isSet(demo))
        config.demo = true;

    kiosk::session::KioskSession session(config);
    kiosk::ui::MainWindow window(&session);
    // systemd (Type=notify): ready once the customer sees the screen, the watchdog fed by the UI
    // thread, and the connection's state in `systemctl status`.
    kiosk::ServiceManager service;
    kiosk::quitOnTerminationSignals();
    QObject::connect(&window, &kiosk::ui::MainWindow::firstFramePainted, &service,
                     &kiosk::ServiceManager::ready, Qt::SingleShotConnection);
    QObject::connect(
        &session, &kiosk::session::KioskSession::connectionChanged, &service,
        [&service, &session](kiosk::session::KioskSession::Connection state) {
            using Connection = kiosk::session::KioskSession::Connection;
            switch (state) {
            case Connection::Starting:
                return service.setStatus(QStringLiteral("starting"));
            case Connection::Ready:
                return service.setStatus(session.isDemo() ? QStringLiteral("in service (demo)")
                                                          : QStringLiteral("in service"));
            case Connection::Failed:
                return service.setStatus(u"out of service: "_qs + session.startError());
            case Connection::Unreachable:
                return service.setStatus(u"out of service: "_qs + session.relayProblem());
            }
        });
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &service,
                     &kiosk::ServiceManager::stopping);
    window.showOnScreen();
    if (parser.isSet(firstFrame)) // measuring: the first frame is all that is wanted
        QObject::connect(&window, &kiosk::ui::MainWindow::firstFramePainted, &app,
                         [&sinceMain] { kiosk::reportFirstFrameAndExit(sinceMain); });
    else // after the first frame: the journal, the scanners' media backend and the demo relay
         // never delay what the customer sees (a zero timer would run before the first paint)
        QObject::connect(&window, &kiosk::ui::MainWindow::firstFramePainted, &session,
                         &kiosk::session::KioskSession::start, Qt::SingleShotConnection);
    return QApplication::exec();
}
