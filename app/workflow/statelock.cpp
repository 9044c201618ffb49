// SPDX-License-Identifier: MIT
#include "workflow/statelock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace kiosk::workflow {

StateLock::~StateLock()
{
    release();
}

QString StateLock::fileName(const QString &stateDir)
{
    return QDir(stateDir).filePath(QStringLiteral("kiosk.lock"));
}

QString StateLock::holder(const QString &stateDir)
{
    QFile file(fileName(stateDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(512)).trimmed();
}

Result<void> StateLock::acquire(const QString &stateDir, const QString &what, int waitMs)
{
    release();
    const QByteArray path = QFile::encodeName(fileName(stateDir));
    // O_CLOEXEC: a child process (the demo relay) must not inherit and keep the lock.
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(
            QCoreApplication::translate("kiosk::journal", "cannot open the lock file %1: %2")
                .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(std::strerror(errno))));
    const QDeadlineTimer deadline(qMax(0, waitMs));
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const QString reason = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            return fail(QCoreApplication::translate("kiosk::journal", "cannot lock %1: %2")
                            .arg(QString::fromLocal8Bit(path), reason));
        }
        if (deadline.hasExpired()) {
            ::close(fd);
            const QString who = holder(stateDir);
            return fail(QCoreApplication::translate(
                            "kiosk::journal",
                            "another kiosk process (%1) is working in the state directory %2; "
                            "nothing was done")
                            .arg(who.isEmpty()
                                     ? QCoreApplication::translate("kiosk::journal", "unknown")
                                     : who,
                                 stateDir));
        }
        QThread::msleep(50);
    }
    // Ours now: say who we are, for the message another process shows.
    const QByteArray who =
        "pid " + QByteArray::number(qint64(::getpid())) + ", " + what.toUtf8().left(200) + '\n';
    // Only a courtesy for that message: the lock holds whether or not this is written.
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, who.constData(), size_t(who.size()), 0) < 0)
        qWarning("state lock: cannot write the holder's name into the lock file");
    m_fd = fd;
    return {};
}

void StateLock::release()
{
    if (m_fd < 0)
        return;
    ::flock(m_fd, LOCK_UN);
    ::close(m_fd);
    m_fd = -1;
}

} // namespace kiosk::workflow
