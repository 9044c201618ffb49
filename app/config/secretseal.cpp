// SPDX-License-Identifier: MIT
#include "config/secretseal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>

namespace kiosk::config {

namespace {
constexpr int kKeyBytes = 32;
constexpr int kNonceBytes = 12;
constexpr int kTagBytes = 16;
constexpr char kPrefix[] = "sealed-v1$";

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

// The key in `path`, or nullopt when there is none.
std::optional<Result<QByteArray>> readKeyFile(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return std::nullopt;
    if (QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                         QFileDevice::ReadOther | QFileDevice::WriteOther))
        return Result<QByteArray>(
            fail(QCoreApplication::translate(
                     "kiosk::config",
                     "the machine key %1 can be read or changed by other users than the "
                     "kiosk's: fix it with: chmod 600 %1")
                     .arg(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>(
            fail(QCoreApplication::translate("kiosk::config", "cannot read the machine key %1: %2")
                     .arg(path, file.errorString())));
    QByteArray line = file.readLine(256).trimmed();
    const auto cleanup = qScopeGuard([&line] { wipe(line); });
    auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kKeyBytes) {
        wipe(decoded.decoded);
        return Result<QByteArray>(
            fail(QCoreApplication::translate(
                     "kiosk::config",
                     "the machine key %1 is not 32 bytes in base64 (make one with: openssl rand "
                     "-base64 32)")
                     .arg(path)));
    }
    return Result<QByteArray>(std::move(decoded.decoded));
}

// A fresh key in `path`, created owner-only and never over an existing file.
Result<QByteArray> createKeyFile(const QString &path)
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), kKeyBytes) != 1)
        return fail(
            QCoreApplication::translate("kiosk::config", "no random bytes for a machine key"));
    QByteArray encoded = key.toBase64() + '\n';
    const auto cleanup = qScopeGuard([&encoded] { wipe(encoded); });
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        wipe(key);
        return fail(
            QCoreApplication::translate("kiosk::config", "cannot create the machine key %1: %2")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const bool written =
        ::write(fd, encoded.constData(), size_t(encoded.size())) == ssize_t(encoded.size()) &&
        ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        wipe(key);
        return fail(QCoreApplication::translate("kiosk::config", "cannot write the machine key %1")
                        .arg(path));
    }
    return key;
}

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
} // namespace

MachineKeyLocations MachineKeyLocations::standard(const QString &stateDir)
{
    return {qEnvironmentVariable("CREDENTIALS_DIRECTORY"),
            QString::fromLatin1(kSystemMachineKeyFile), stateDir};
}

Result<SecretSeal> SecretSeal::open(const MachineKeyLocations &where, Create create)
{
    const QString credential =
        where.credentialsDir.isEmpty()
            ? QString()
            : QDir(where.credentialsDir).filePath(QLatin1String(kMachineKeyCredential));
    const QString stateFile =
        where.stateDir.isEmpty()
            ? QString()
            : QDir(where.stateDir).filePath(QLatin1String(kMachineKeyCredential));
    for (const QString &path : {credential, where.systemFile, stateFile}) {
        auto key = readKeyFile(path);
        if (!key)
            continue;
        if (!*key)
            return key->failure(); // never a weaker key instead
        return SecretSeal(std::move(*key).value(), path);
    }
    if (create == Create::Never || stateFile.isEmpty())
        return fail(QCoreApplication::translate("kiosk::config",
                                                "no machine key (%1, %2 or the state directory's)")
                        .arg(credential.isEmpty() ? QStringLiteral("$CREDENTIALS_DIRECTORY/") +
                                                        QLatin1String(kMachineKeyCredential)
                                                  : credential,
                             where.systemFile));
    auto made = createKeyFile(stateFile);
    if (!made)
        return made.failure();
    return SecretSeal(std::move(made).value(), stateFile);
}

SecretSeal::SecretSeal(QByteArray key, QString origin)
    : m_key(std::move(key)), m_origin(std::move(origin))
{}

SecretSeal::SecretSeal(SecretSeal &&other) noexcept
    : m_key(std::exchange(other.m_key, {})), m_origin(std::move(other.m_origin))
{}

SecretSeal &SecretSeal::operator=(SecretSeal &&other) noexcept
{
    if (this != &other) {
        wipe(m_key);
        m_key = std::exchange(other.m_key, {});
        m_origin = std::move(other.m_origin);
    }
    return *this;
}

SecretSeal::~SecretSeal()
{
    wipe(m_key);
}

bool SecretSeal::isSealed(const QByteArray &text)
{
    return text.startsWith(kPrefix);
}

Result<QByteArray> SecretSeal::seal(const QByteArray &plain, const QByteArray &purpose) const
{
    QByteArray out(kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    if (RAND_bytes(bytes, kNonceBytes) != 1)
        return fail(
            QCoreApplication::translate("kiosk::config", "no random bytes to seal a secret"));
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    const bool ok =
        ctx &&
        EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char *>(m_key.constData()),
                           bytes) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(purpose.constData()),
                          int(purpose.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), bytes + kNonceBytes, &length,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          int(plain.size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), bytes + kNonceBytes + length, &finalLength) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes,
                            bytes + kNonceBytes + plain.size()) == 1;
    if (!ok)
        return fail(
            QCoreApplication::translate("kiosk::config", "a secret could not be sealed (OpenSSL)"));
    return QByteArray(QByteArray(kPrefix) + out.toBase64());
}

Result<QByteArray> SecretSeal::unseal(const QByteArray &sealed, const QByteArray &purpose) const
{
    const auto damaged = [this] {
        return fail(QCoreApplication::translate(
                        "kiosk::config",
                        "a sealed secret cannot be opened with the machine key %1 (another "
                        "machine's key, or the file was changed)")
                        .arg(m_origin));
    };
    if (!isSealed(sealed))
        return damaged();
    const auto decoded = QByteArray::fromBase64Encoding(sealed.mid(int(sizeof kPrefix) - 1),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < kNonceBytes + kTagBytes)
        return damaged();
    const QByteArray &in = decoded.decoded;
    const auto *bytes = reinterpret_cast<const unsigned char *>(in.constData());
    const int cipherBytes = int(in.size()) - kNonceBytes - kTagBytes;
    QByteArray plain(cipherBytes, Qt::Uninitialized);
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int length = 0;
    int finalLength = 0;
    QByteArray tag = in.right(kTagBytes);
    const bool ok =
        ctx &&
        EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                           reinterpret_cast<const unsigned char *>(m_key.constData()),
                           bytes) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char *>(purpose.constData()),
                          int(purpose.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()), &length,
                          bytes + kNonceBytes, cipherBytes) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(plain.data()) + length,
                            &finalLength) == 1;
    if (!ok) {
        wipe(plain);
        return damaged();
    }
    return plain;
}

} // namespace kiosk::config
