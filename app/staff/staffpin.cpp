// SPDX-License-Identifier: MIT
#include "staff/staffpin.h"

#include "config/secretseal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QScopeGuard>

#include <optional>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace kiosk::staff {

namespace {

Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff", QtInfoMsg)

const QString kPbkdf2Prefix = QStringLiteral("pbkdf2-sha256");
const QString kScryptPrefix = QStringLiteral("scrypt");
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
constexpr int kMinIterations = 1000;
constexpr int kMaxIterations = 10000000;
// scrypt bounds: at most 1 GiB and a few seconds per guess, whatever a hash says.
constexpr int kMinLog2N = 10;
constexpr int kMaxLog2N = 20;
constexpr int kMaxR = 32;
constexpr int kMaxP = 16;
constexpr quint64 kMaxScryptMemory = quint64(1) << 30;

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

Result<void> checkPin(const QString &pin, int minDigits, int maxDigits = kMaxPinDigits)
{
    for (const QChar c : pin)
        if (c < u'0' || c > u'9')
            return fail(QCoreApplication::translate("kiosk::staff",
                                                    "the PIN must be digits only (0 to 9)"));
    if (pin.size() < minDigits || pin.size() > maxDigits)
        return fail(
            QCoreApplication::translate("kiosk::staff", "the PIN must be %1 to %2 digits long")
                .arg(minDigits)
                .arg(maxDigits));
    return {};
}

// The same rules as a PIN's, in the set-up code's words.
Result<void> checkSetupCode(const QString &code)
{
    if (!checkPin(code, kMinSetupCodeDigits, kMaxSetupCodeDigits))
        return fail(QCoreApplication::translate("kiosk::staff",
                                                "the set-up code must be %1 to %2 digits (0 to 9)")
                        .arg(kMinSetupCodeDigits)
                        .arg(kMaxSetupCodeDigits));
    return {};
}

struct ParsedHash
{
    bool isScrypt = false;
    int iterations = 0; // PBKDF2
    ScryptCost cost;    // scrypt
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
    ParsedHash parsed;
    bool ok = false;
    if (parts.size() == 6 && parts.at(0) == kScryptPrefix) {
        parsed.isScrypt = true;
        bool okR = false, okP = false;
        parsed.cost = {parts.at(1).toInt(&ok), parts.at(2).toInt(&okR), parts.at(3).toInt(&okP)};
        const ScryptCost &c = parsed.cost;
        if (!ok || !okR || !okP || c.log2N < kMinLog2N || c.log2N > kMaxLog2N || c.r < 1 ||
            c.r > kMaxR || c.p < 1 || c.p > kMaxP)
            return malformed(QCoreApplication::translate(
                                 "kiosk::staff",
                                 "the scrypt cost must be LOG2_N from %1 to %2, R from 1 to %3 "
                                 "and P from 1 to %4")
                                 .arg(kMinLog2N)
                                 .arg(kMaxLog2N)
                                 .arg(kMaxR)
                                 .arg(kMaxP));
    } else if (parts.size() == 4 && parts.at(0) == kPbkdf2Prefix) {
        parsed.iterations = parts.at(1).toInt(&ok);
        if (!ok || parsed.iterations < kMinIterations || parsed.iterations > kMaxIterations)
            return malformed(
                QCoreApplication::translate("kiosk::staff",
                                            "the iterations must be a whole number from %1 to %2")
                    .arg(kMinIterations)
                    .arg(kMaxIterations));
    } else {
        return malformed(QCoreApplication::translate(
            "kiosk::staff", "it must look like scrypt$LOG2_N$R$P$SALT$HASH (loyalty-kioskctl "
                            "pin-hash makes one)"));
    }
    const auto salt = QByteArray::fromBase64Encoding(parts.at(parts.size() - 2).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() < 8 || salt.decoded.size() > 64)
        return malformed(QCoreApplication::translate("kiosk::staff",
                                                     "the salt must be 8 to 64 bytes in base64"));
    const auto hash = QByteArray::fromBase64Encoding(parts.at(parts.size() - 1).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (!hash || hash.decoded.size() != kHashBytes)
        return malformed(
            QCoreApplication::translate("kiosk::staff", "the hash must be %1 bytes in base64")
                .arg(kHashBytes));
    parsed.salt = salt.decoded;
    parsed.hash = hash.decoded;
    return parsed;
}

QByteArray derive(const QString &pin, const ParsedHash &how)
{
    QByteArray password = pin.toUtf8();
    const auto cleanup = qScopeGuard([&password] { wipe(password); });
    return how.isScrypt ? scrypt(password, how.salt, how.cost, kHashBytes)
                        : pbkdf2Sha256(password, how.salt, how.iterations, kHashBytes);
}

Result<QByteArray> freshSalt()
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return fail(
            QCoreApplication::translate("kiosk::staff", "no random numbers for the PIN's salt"));
    return salt;
}

Result<QString> encode(const QString &pin, const ParsedHash &how, const QString &header)
{
    QByteArray hash = derive(pin, how);
    const auto cleanup = qScopeGuard([&hash] { wipe(hash); });
    if (hash.size() != kHashBytes)
        return fail(QCoreApplication::translate("kiosk::staff", "the PIN could not be hashed"));
    return QString(header + u'$' + QString::fromLatin1(how.salt.toBase64()) + u'$' +
                   QString::fromLatin1(hash.toBase64()));
}

// $CREDENTIALS_DIRECTORY/NAME, or empty outside systemd.
QString credentialFile(const PinLocations &where, const char *name)
{
    return where.credentialsDir.isEmpty() ? QString()
                                          : where.credentialsDir + u'/' + QLatin1String(name);
}

QString pinFilePath(const QString &stateDir)
{
    return stateDir + QStringLiteral("/staff-pin");
}

constexpr QFileDevice::Permissions kOthersMayRead =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
    QFileDevice::WriteOther;

// The first line of a PIN file: the hash (a "pin_hash = " in front, as kiosk.conf has it, is
// allowed). nullopt when there is no file; an error when it must not be used.
std::optional<Result<QString>> readPinFile(const QString &path)
{
    if (path.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    if (info.permissions() & kOthersMayRead)
        return Result<QString>(
            fail(QCoreApplication::translate(
                     "kiosk::staff", "%1 can be read or changed by other users than the kiosk's: "
                                     "fix it with: chmod 600 %1")
                     .arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>(
            fail(QCoreApplication::translate("kiosk::staff", "cannot read %1: %2")
                     .arg(path, file.errorString())));
    QString line = QString::fromLatin1(file.readLine(4096)).trimmed();
    if (line.startsWith(u"pin_hash"))
        line = line.mid(line.indexOf(u'=') + 1).trimmed();
    if (line.isEmpty())
        return std::nullopt; // an empty file: no PIN set here
    return Result<QString>(line);
}

// The staff PIN's hash from STATE_DIR/staff-pin's sealed value.
Result<QString> unsealPin(const PinLocations &where, const QString &sealed)
{
    const auto seal =
        config::SecretSeal::open({where.credentialsDir, where.machineKeyFile, where.stateDir},
                                 config::SecretSeal::Create::Never);
    if (!seal)
        return seal.failure();
    auto plain = seal->unseal(sealed.toLatin1(), kPinCredential);
    if (!plain)
        return plain.failure();
    const QString hash = QString::fromLatin1(plain.value());
    wipe(plain.value());
    return hash;
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

QByteArray scrypt(const QByteArray &password, const QByteArray &salt, ScryptCost cost, int length)
{
    if (cost.log2N < 1 || cost.log2N > 30 || cost.r < 1 || cost.p < 1 || length < 1)
        return {};
    const quint64 n = quint64(1) << cost.log2N;
    // What scrypt allocates (128 * N * r for V, 128 * r * p for B, a little more for XY).
    const quint64 needed = 128 * n * quint64(cost.r) + 128 * quint64(cost.r) * quint64(cost.p) +
                           256 * quint64(cost.r) + 65536;
    if (needed > kMaxScryptMemory)
        return {};
    QByteArray out(length, Qt::Uninitialized);
    if (EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                       reinterpret_cast<const unsigned char *>(salt.constData()),
                       size_t(salt.size()), n, quint64(cost.r), quint64(cost.p), needed,
                       reinterpret_cast<unsigned char *>(out.data()), size_t(length)) != 1)
        return {};
    return out;
}

namespace {

// A checked secret's scrypt hash, with a fresh salt and the bounds a stored hash is held to.
Result<QString> hashScrypt(const QString &secret, ScryptCost cost)
{
    ParsedHash how;
    how.isScrypt = true;
    how.cost = cost;
    const QString header = kScryptPrefix + u'$' + QString::number(cost.log2N) + u'$' +
                           QString::number(cost.r) + u'$' + QString::number(cost.p);
    if (auto bounded = parseHash(header + QStringLiteral("$AAAAAAAAAAA=$") +
                                 QString::fromLatin1(QByteArray(kHashBytes, '\0').toBase64()));
        !bounded)
        return bounded.failure();
    auto salt = freshSalt();
    if (!salt)
        return salt.failure();
    how.salt = salt.value();
    return encode(secret, how, header);
}

} // namespace

Result<QString> hashPin(const QString &pin, ScryptCost cost)
{
    if (auto valid = checkPin(pin, kMinNewPinDigits); !valid)
        return valid.failure();
    return hashScrypt(pin, cost);
}

Result<QString> hashSetupCode(const QString &code, ScryptCost cost)
{
    if (auto valid = checkSetupCode(code); !valid)
        return valid.failure();
    return hashScrypt(code, cost);
}

Result<QString> hashPin(const QString &pin, int iterations)
{
    if (auto valid = checkPin(pin, 4); !valid)
        return valid.failure();
    if (iterations < kMinIterations || iterations > kMaxIterations)
        return fail(QCoreApplication::translate(
                        "kiosk::staff", "the iterations must be a whole number from %1 to %2")
                        .arg(kMinIterations)
                        .arg(kMaxIterations));
    auto salt = freshSalt();
    if (!salt)
        return salt.failure();
    ParsedHash how;
    how.iterations = iterations;
    how.salt = salt.value();
    return encode(pin, how, kPbkdf2Prefix + u'$' + QString::number(iterations));
}

Result<void> checkPinHash(const QString &encodedHash)
{
    if (auto parsed = parseHash(encodedHash); !parsed)
        return parsed.failure();
    return {};
}

Result<PinCheck> verifyPin(const QString &pin, const QString &encodedHash)
{
    const auto parsed = parseHash(encodedHash);
    if (!parsed)
        return parsed.failure();
    if (!checkPin(pin, 4, kMaxSetupCodeDigits))
        return PinCheck::Wrong;
    QByteArray hash = derive(pin, *parsed);
    const auto cleanup = qScopeGuard([&hash] { wipe(hash); });
    if (hash.size() != kHashBytes)
        return fail(QCoreApplication::translate("kiosk::staff", "the PIN could not be hashed"));
    return CRYPTO_memcmp(hash.constData(), parsed->hash.constData(), size_t(kHashBytes)) == 0
               ? PinCheck::Right
               : PinCheck::Wrong;
}

Result<void> saveStaffPinHash(const QString &stateDir, const QString &encoded)
{
    return saveStaffPinHash(PinLocations::standard(stateDir), encoded);
}

Result<void> saveStaffPinHash(const PinLocations &where, const QString &encoded)
{
    const QString &stateDir = where.stateDir;
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
    // The same key findStaffPinHash(where) opens it with.
    auto seal = config::SecretSeal::open({where.credentialsDir, where.machineKeyFile, stateDir},
                                         config::SecretSeal::Create::IfMissing);
    if (!seal)
        return cannotWrite(seal.error());
    auto sealed = seal->seal(encoded.trimmed().toLatin1(), kPinCredential);
    if (!sealed)
        return cannotWrite(sealed.error());
    const QByteArray content = sealed.value() + '\n';
    if (file.write(content) != content.size() || !file.commit())
        return cannotWrite(file.errorString());
    return {};
}

PinLocations PinLocations::standard(const QString &stateDir)
{
    return {stateDir, qEnvironmentVariable("CREDENTIALS_DIRECTORY"),
            QString::fromLatin1(kSystemPinFile), QString::fromLatin1(config::kSystemMachineKeyFile),
            QString::fromLatin1(kSystemSetupCodeFile)};
}

StaffPinHash findStaffPinHash(const PinLocations &where, const QString &configured)
{
    StaffPinHash found;
    const QString stateFile = where.stateDir.isEmpty() ? QString() : pinFilePath(where.stateDir);
    for (const QString &path :
         {stateFile, credentialFile(where, kPinCredential), where.systemFile}) {
        const auto read = readPinFile(path);
        if (!read)
            continue;
        if (!*read) {
            found.refusals << read->error();
            return found; // not a weaker place instead: staff mode stays closed
        }
        found.hash = read->value();
        found.origin = path;
        if (config::SecretSeal::isSealed(found.hash.toLatin1())) {
            // Only the state directory's file is sealed (by saveStaffPinHash).
            auto opened = unsealPin(where, found.hash);
            found.hash.clear();
            if (!opened) {
                found.refusals << QCoreApplication::translate("kiosk::staff",
                                                              "%1: %2; remove it to use %3 again")
                                      .arg(path, opened.error(), where.systemFile);
                return found;
            }
            found.hash = opened.value();
        }
        return found;
    }
    if (!configured.trimmed().isEmpty()) {
        found.hash = configured.trimmed();
        found.origin = QStringLiteral("kiosk.conf");
        found.refusals << QCoreApplication::translate(
                              "kiosk::staff",
                              "the staff PIN's hash is in kiosk.conf, which other users can read: "
                              "move it to %1 (mode 600) and empty [staff] pin_hash")
                              .arg(where.systemFile.isEmpty() ? QString::fromLatin1(kSystemPinFile)
                                                              : where.systemFile);
    }
    return found;
}

StaffPinHash findSetupCodeHash(const PinLocations &where)
{
    StaffPinHash found;
    for (const QString &path : {credentialFile(where, kSetupCodeCredential), where.setupCodeFile}) {
        const auto read = readPinFile(path);
        if (!read)
            continue;
        if (!*read)
            found.refusals << read->error();
        else if (auto valid = checkPinHash(read->value()); !valid)
            found.refusals << path + QStringLiteral(": ") + valid.error();
        else
            found = {read->value(), path, {}};
        return found; // a refused file is not passed over for another
    }
    return found;
}

void releaseThreadCrypto()
{
    OPENSSL_thread_stop();
}

Result<QString> saveNewStaffPin(const PinLocations &where, const QString &pin)
{
    auto hash = hashPin(pin);
    if (!hash)
        return hash.failure();
    if (auto saved = saveStaffPinHash(where, hash.value()); !saved)
        return saved.failure();
    qCInfo(lcStaff).noquote() << "new staff PIN kept in" << pinFilePath(where.stateDir);
    return hash;
}

QString loadStaffPinHash(const QString &stateDir, const QString &configured)
{
    const StaffPinHash found = findStaffPinHash(PinLocations::standard(stateDir), configured);
    for (const QString &refusal : found.refusals)
        qCWarning(lcStaff).noquote() << refusal;
    if (!found.hash.isEmpty())
        qCInfo(lcStaff).noquote() << "staff PIN hash from" << found.origin;
    return found.hash;
}

PinGate::PinGate(const QString &encodedHash, const Clock *clock, QObject *parent, Secret secret)
    : QObject(parent), m_clock(clock ? clock : SystemClock::instance()), m_secret(secret)
{
    setHash(encodedHash);
}

QString PinGate::lockoutFilePath(const QString &stateDir, Secret secret)
{
    return stateDir + (secret == Secret::SetupCode ? QStringLiteral("/setup-code-lockout")
                                                   : QStringLiteral("/staff-pin-lockout"));
}

const char *PinGate::secretName() const
{
    return m_secret == Secret::SetupCode ? "set-up code" : "staff PIN";
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

void PinGate::persistTo(const QString &path)
{
    m_stateFile = path;
    load();
}

void PinGate::load()
{
    QFile file(m_stateFile);
    if (m_stateFile.isEmpty() || !file.exists())
        return;
    const auto damaged = [this](const QString &why) {
        // Whoever can damage it could also delete it; a damaged file is not a way around a
        // lockout, so it counts as one.
        qCWarning(lcStaff).noquote() << secretName() << "lockout state" << m_stateFile << why
                                     << "- locked for" << kFirstLockoutSeconds << "s";
        m_wrongInARow = 0;
        m_lockouts = qMax(m_lockouts, 1);
        m_lockDurationMs = qint64(kFirstLockoutSeconds) * 1000;
        m_lockedUntilMs = m_clock->nowMs() + m_lockDurationMs;
    };
    if (!file.open(QIODevice::ReadOnly))
        return damaged(QStringLiteral("cannot be read: ") + file.errorString());
    QJsonParseError error;
    const QJsonObject state = QJsonDocument::fromJson(file.read(4096), &error).object();
    const auto number = [&state](QLatin1String key) { return state.value(key).toInteger(-1); };
    const qint64 wrong = number(QLatin1String("wrongInARow"));
    const qint64 lockouts = number(QLatin1String("lockouts"));
    const qint64 until = number(QLatin1String("lockedUntilMs"));
    const qint64 duration = number(QLatin1String("lockDurationMs"));
    if (error.error != QJsonParseError::NoError || wrong < 0 || wrong >= kWrongPinsBeforeLockout ||
        lockouts < 0 || lockouts > 1000 || until < 0 || duration < 0 ||
        duration > qint64(kMaxLockoutSeconds) * 1000)
        return damaged(QStringLiteral("is damaged"));
    m_wrongInARow = int(wrong);
    m_lockouts = int(lockouts);
    m_lockedUntilMs = until;
    m_lockDurationMs = duration;
    if (lockRemainingMs() > 0)
        qCWarning(lcStaff).noquote() << secretName() << "still locked for" << lockedSecondsLeft()
                                     << "s (lockout carried over from before the restart)";
}

void PinGate::save() const
{
    if (m_stateFile.isEmpty())
        return;
    QSaveFile file(m_stateFile);
    const QJsonObject state{{QLatin1String("wrongInARow"), m_wrongInARow},
                            {QLatin1String("lockouts"), m_lockouts},
                            {QLatin1String("lockedUntilMs"), m_lockedUntilMs},
                            {QLatin1String("lockDurationMs"), m_lockDurationMs}};
    const QByteArray content = QJsonDocument(state).toJson(QJsonDocument::Compact) + '\n';
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(content) != content.size() || !file.commit())
        qCWarning(lcStaff).noquote() << "cannot keep the" << secretName() << "lockout in"
                                     << m_stateFile << ":" << file.errorString();
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
    // Logged for the fleet: the outcome and the counts, never the PIN or its length.
    if (lockRemainingMs() > 0) {
        qCWarning(lcStaff).noquote()
            << secretName() << "attempt refused: locked out for" << lockedSecondsLeft() << "s more";
        return Outcome::LockedOut;
    }
    if (!isConfigured()) {
        qCWarning(lcStaff).noquote()
            << secretName() << "attempt refused: none is set up on this kiosk";
        return Outcome::NotConfigured;
    }
    const auto right = verifyPin(pin, m_hash);
    if (!right) // cannot happen: setHash checked the format
        return Outcome::NotConfigured;
    if (right.value() == PinCheck::Right) {
        qCInfo(lcStaff).noquote() << secretName()
                                  << (m_secret == Secret::SetupCode
                                          ? "accepted: choosing a staff PIN"
                                          : "accepted: staff mode opened");
        m_wrongInARow = 0;
        m_lockouts = 0;
        m_lockedUntilMs = 0;
        m_lockDurationMs = 0;
        save();
        return Outcome::Accepted;
    }
    if (++m_wrongInARow >= kWrongPinsBeforeLockout) {
        m_wrongInARow = 0;
        const int seconds = qMin(kMaxLockoutSeconds, kFirstLockoutSeconds << qMin(m_lockouts, 10));
        ++m_lockouts;
        m_lockDurationMs = qint64(seconds) * 1000;
        m_lockedUntilMs = m_clock->nowMs() + m_lockDurationMs;
        save();
        qCWarning(lcStaff).noquote() << QStringLiteral("wrong %1,").arg(QLatin1String(secretName()))
                                     << kWrongPinsBeforeLockout << "in a row: locked for" << seconds
                                     << "s (lockout" << m_lockouts << "since the last right one)";
        Q_EMIT lockedOut(seconds);
        return Outcome::LockedOut;
    }
    save();
    qCWarning(lcStaff).noquote() << QStringLiteral("wrong %1:").arg(QLatin1String(secretName()))
                                 << m_wrongInARow << "of" << kWrongPinsBeforeLockout
                                 << "before a lockout";
    return Outcome::Wrong;
}

} // namespace kiosk::staff
