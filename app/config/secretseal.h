// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace kiosk::config {

// Secrets the kiosk writes into its state directory (a staff PIN changed on the screen) are
// sealed with AES-256-GCM (OpenSSL) under a 32-byte machine key kept apart from them, so a copy
// of the state directory (a backup, a support bundle, a journal sent for diagnosis) gives
// nothing away. The key, first found wins:
//  1. $CREDENTIALS_DIRECTORY/machine-key: the packaged unit loads it with LoadCredential= from
//     the root-only /etc/loyalty-kiosk/machine-key, or with LoadCredentialEncrypted= from a
//     `systemd-creds encrypt --with-key=tpm2` file, which a stolen disk cannot open;
//  2. /etc/loyalty-kiosk/machine-key, read directly (owned by the kiosk's user, mode 0600);
//  3. STATE_DIR/machine-key, made (mode 0600) the first time something is sealed: a kiosk run
//     outside the package, where only partial copies of the state are kept out.
// The key file holds the key in base64 (`openssl rand -base64 32`). One that group or others
// can read is refused with the chmod that fixes it.
inline constexpr char kMachineKeyCredential[] = "machine-key";
inline constexpr char kSystemMachineKeyFile[] = "/etc/loyalty-kiosk/machine-key";

struct MachineKeyLocations
{
    QString credentialsDir; // $CREDENTIALS_DIRECTORY
    QString systemFile;     // kSystemMachineKeyFile
    QString stateDir;
    static MachineKeyLocations standard(const QString &stateDir);
};

class SecretSeal
{
public:
    enum class Create
    {
        IfMissing, // sealing: make STATE_DIR/machine-key when no key exists anywhere
        Never,     // unsealing: a missing key is an error
    };
    static Result<SecretSeal> open(const MachineKeyLocations &where, Create create);

    SecretSeal(SecretSeal &&other) noexcept;
    SecretSeal &operator=(SecretSeal &&other) noexcept;
    SecretSeal(const SecretSeal &) = delete;
    SecretSeal &operator=(const SecretSeal &) = delete;
    ~SecretSeal(); // wipes the key

    // "sealed-v1$" + base64(nonce | ciphertext | tag). `purpose` is authenticated with it, so a
    // sealed value cannot be moved to another use.
    Result<QByteArray> seal(const QByteArray &plain, const QByteArray &purpose) const;
    Result<QByteArray> unseal(const QByteArray &sealed, const QByteArray &purpose) const;
    static bool isSealed(const QByteArray &text);

    QString origin() const { return m_origin; } // the key file used

private:
    SecretSeal(QByteArray key, QString origin);
    QByteArray m_key;
    QString m_origin;
};

} // namespace kiosk::config
