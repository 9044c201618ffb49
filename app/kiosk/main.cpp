// SPDX-License-Identifier: MIT
// loyalty-kiosk: the touchscreen application.
#include "common/logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (/proc/self/stat, in clock ticks: 10 ms
// steps), or -1 when that cannot be read.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime); the fields after the command name in parentheses start at 3.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    timespec now{};
    if (fields.size() < 20 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double startMs = fields.at(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs;
}

// For tools/bench/compare: at the first paint of any widget, print how long since start and
// exit once that paint is done.
class FirstFrameProbe : public QObject
{
public:
    explicit FirstFrameProbe(const QElapsedTimer &sinceMain) : m_sinceMain(sinceMain) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            const double mainMs = double(m_sinceMain.nsecsElapsed()) / 1e6;
            QTimer::singleShot(0, qApp, [mainMs] {
                std::printf("first frame: %.1f ms after process start, %.1f ms after main\n",
                            msSinceProcessStart(), mainMs);
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_sinceMain;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    kiosk::installLogHandler();
    QApplication::setApplicationName(QStringLiteral("loyalty-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("loyalty-kiosk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));

    // Measurement flags (tools/bench/compare): --exit-after-first-frame, --exit-after-ms N.
    const QStringList arguments = QApplication::arguments();
    FirstFrameProbe probe(sinceMain);
    if (arguments.contains(QStringLiteral("--exit-after-first-frame")))
        app.installEventFilter(&probe);
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--exit-after-ms"));
        at >= 0 && at + 1 < arguments.size())
        QTimer::singleShot(arguments.at(at + 1).toInt(), qApp, [] { QApplication::exit(0); });

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("loyalty-kiosk"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    kiosk::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
