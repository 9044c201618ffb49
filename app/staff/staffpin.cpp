// SPDX-License-Identifier: MIT
#include "staff/staffpin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QScopeGuard>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kiosk::staff {

namespace {

Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff")

const QString kPrefix = QStringLiteral("pbkdf2-sha256");
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
constexpr int kMinIterations = 1000;
constexpr int kMaxIterations = 10000000;

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

Result<bool> checkPin(const QString &pin)
{
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return fail(QCoreApplication::translate("kiosk::staff",
                                                    "the PIN must be digits only (0 to 9)"));
    if (pin.size() < 4 || pin.size() > 12)
        return fail(
            QCoreApplication::translate("kiosk::staff", "the PIN must be 4 to 12 digits long"));
    return true;
}

struct ParsedHash
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

Result<ParsedHash> parseHash(const QString &encoded)
{
    const auto malformed = [](const QString &why) {
        return fail(QCoreApplication::translate("kiosk::staff",
                                                "the stored staff PIN hash is malformed: %1")
                        .arg(why));
    };
    const QStringList parts = encoded.trimmed().split(u'$');
    if (parts.size() != 4 || parts.at(0) != kPrefix)
        return malformed(QCoreApplication::translate(
            "kiosk::staff",
            "it must look like pbkdf2-sha256$ITERATIONS$SALT$HASH (loyalty-kioskctl "
            "pin-hash makes one)"));
    ParsedHash parsed;
    bool ok = false;
    parsed.iterations = parts.at(1).toInt(&ok);
    if (!ok || parsed.iterations < kMinIterations || parsed.iterations > kMaxIterations)
        return malformed(QCoreApplication::translate(
                             "kiosk::staff", "the iterations must be a whole number from %1 to %2")
                             .arg(kMinIterations)
                             .arg(kMaxIterations));
    const auto salt = QByteArray::fromBase64Encoding(parts.at(2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() < 8 || salt.decoded.size() > 64)
        return malformed(QCoreApplication::translate("kiosk::staff",
                                                     "the salt must be 8 to 64 bytes in base64"));
    const auto hash = QByteArray::fromBase64Encoding(parts.at(3).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!hash || hash.decoded.size() != kHashBytes)
        return malformed(
            QCoreApplication::translate("kiosk::staff", "the hash must be %1 bytes in base64")
                .arg(kHashBytes));
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    QByteArray password = pin.toUtf8();
    const auto cleanup = qScopeGuard([&password] { wipe(password); });
    return pbkdf2Sha256(password, salt, iterations, kHashBytes);
}

QString pinFilePath(const QString &stateDir)
{
    return stateDir + QStringLiteral("/staff-pin");
}

} // namespace

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length)
{
    if (iterations < 1 || length < 1)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          int(salt.size()), iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

Result<QString> hashPin(const QString &pin, int iterations)
{
    if (auto valid = checkPin(pin); !valid)
        return valid.failure();
    if (iterations < kMinIterations || iterations > kMaxIterations)
        return fail(QCoreApplication::translate(
                        "kiosk::staff", "the iterations must be a whole number from %1 to %2")
                        .arg(kMinIterations)
                        .arg(kMaxIterations));
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return fail(
            QCoreApplication::translate("kiosk::staff", "no random numbers for the PIN's salt"));
    QByteArray hash = derive(pin, salt, iterations);
    const auto cleanup = qScopeGuard([&hash] { wipe(hash); });
    if (hash.isEmpty())
        return fail(QCoreApplication::translate("kiosk::staff", "the PIN could not be hashed"));
    return QString(kPrefix + u'$' + QString::number(iterations) + u'$' +
                   QString::fromLatin1(salt.toBase64()) + u'$' +
                   QString::fromLatin1(hash.toBase64()));
}

Result<bool> verifyPin(const QString &pin, const QString &encodedHash)
{
    const auto parsed = parseHash(encodedHash);
    if (!parsed)
        return parsed.failure();
    if (!checkPin(pin))
        return false;
    QByteArray hash = derive(pin, parsed->salt, parsed->iterations);
    const auto cleanup = qScopeGuard([&hash] { wipe(hash); });
    if (hash.size() != kHashBytes)
        return fail(QCoreApplication::translate("kiosk::staff", "the PIN could not be hashed"));
    return CRYPTO_memcmp(hash.constData(), parsed->hash.constData(), size_t(kHashBytes)) == 0;
}

Result<bool> saveStaffPinHash(const QString &stateDir, const QString &encoded)
{
    if (auto parsed = parseHash(encoded); !parsed)
        return parsed.failure();
    const QString path = pinFilePath(stateDir);
    const auto cannotWrite = [&path](const QString &reason) {
        return fail(
            QCoreApplication::translate("kiosk::staff", "cannot write %1: %2").arg(path, reason));
    };
    if (stateDir.isEmpty() || !QDir().mkpath(stateDir))
        return cannotWrite(QCoreApplication::translate("kiosk::staff", "no state directory"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // A new QSaveFile gets the umask's mode; a PIN hash is for the kiosk's user only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray content = encoded.trimmed().toLatin1() + '\n';
    if (file.write(content) != content.size() || !file.commit())
        return cannotWrite(file.errorString());
    return true;
}

QString loadStaffPinHash(const QString &stateDir, const QString &configured)
{
    if (!stateDir.isEmpty()) {
        QFile file(pinFilePath(stateDir));
        if (file.open(QIODevice::ReadOnly)) {
            const QString stored = QString::fromLatin1(file.readLine(4096)).trimmed();
            if (!stored.isEmpty())
                return stored;
        }
    }
    return configured;
}

PinGate::PinGate(const QString &encodedHash, const Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : SystemClock::instance())
{
    setHash(encodedHash);
}

void PinGate::setHash(const QString &encodedHash)
{
    m_hash.clear();
    if (encodedHash.trimmed().isEmpty())
        return;
    // Checked once here, so a broken hash reads as "not configured" rather than as wrong PINs
    // that would lock staff out.
    if (const auto parsed = parseHash(encodedHash); !parsed) {
        qCWarning(lcStaff).noquote() << parsed.error();
        return;
    }
    m_hash = encodedHash.trimmed();
}

qint64 PinGate::lockRemainingMs() const
{
    // Bounded by the lockout's length: a clock set back cannot make it longer.
    return qBound(qint64(0), m_lockedUntilMs - m_clock->nowMs(), m_lockDurationMs);
}

int PinGate::lockedSecondsLeft() const
{
    return int((lockRemainingMs() + 999) / 1000);
}

PinGate::Outcome PinGate::tryPin(const QString &pin)
{
    if (lockRemainingMs() > 0)
        return Outcome::LockedOut;
    if (!isConfigured())
        return Outcome::NotConfigured;
    const auto right = verifyPin(pin, m_hash);
    if (!right) // cannot happen: setHash checked the format
        return Outcome::NotConfigured;
    if (right.value()) {
        m_wrongInARow = 0;
        m_lockouts = 0;
        m_lockedUntilMs = 0;
        m_lockDurationMs = 0;
        return Outcome::Accepted;
    }
    if (++m_wrongInARow >= kWrongPinsBeforeLockout) {
        m_wrongInARow = 0;
        const int seconds = qMin(kMaxLockoutSeconds, kFirstLockoutSeconds << qMin(m_lockouts, 10));
        ++m_lockouts;
        m_lockDurationMs = qint64(seconds) * 1000;
        m_lockedUntilMs = m_clock->nowMs() + m_lockDurationMs;
        Q_EMIT lockedOut(seconds);
        return Outcome::LockedOut;
    }
    return Outcome::Wrong;
}

} // namespace kiosk::staff
