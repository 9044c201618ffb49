// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

namespace kiosk::staff {

// The staff PIN is stored only as a hash:
//   "scrypt$LOG2_N$R$P$SALT_B64$HASH_B64"   scrypt (RFC 7914, OpenSSL), what is made now
//   "pbkdf2-sha256$ITERATIONS$SALT_B64$HASH_B64"   PBKDF2-HMAC-SHA256, still verified
// with a 16-byte random salt and a 32-byte hash. scrypt is memory-hard: each guess needs
// 128 * N * r bytes (32 MiB by default), so guessing on many cores or a GPU gains little.
struct ScryptCost
{
    int log2N = 15; // N = 32768
    int r = 8;
    int p = 1;
};
// ~100 ms per guess on the kiosk's class of CPU (docs/performance.md).
inline constexpr ScryptCost kDefaultScryptCost{};
inline constexpr int kDefaultPinIterations = 200000; // PBKDF2, for hashes made before scrypt
// New PINs (pin-hash, "Change PIN") have at least this many digits; PINs set before (4 or 5
// digits) are still accepted until they are changed.
inline constexpr int kMinNewPinDigits = 6;
inline constexpr int kMaxPinDigits = 12;
// The vendor's set-up code: whoever has it chooses the first staff PIN on the screen.
inline constexpr int kMinSetupCodeDigits = 8;
inline constexpr int kMaxSetupCodeDigits = 16;

// The encoded scrypt hash of a 6 to 12 digit PIN, with a fresh salt.
Result<QString> hashPin(const QString &pin, ScryptCost cost = kDefaultScryptCost);
// The old PBKDF2 format, for a 4 to 12 digit PIN: only the demo's well-known PIN and tests.
Result<QString> hashPin(const QString &pin, int iterations);
// The encoded scrypt hash of an 8 to 16 digit set-up code (the same format as a PIN's).
Result<QString> hashSetupCode(const QString &code, ScryptCost cost = kDefaultScryptCost);

// Right or Wrong (a PIN or set-up code that is not 4 to 16 digits is Wrong). An error only
// when `encodedHash` itself is malformed.
enum class PinCheck
{
    Right,
    Wrong
};
Result<PinCheck> verifyPin(const QString &pin, const QString &encodedHash);
// Checks the format only (either kind).
Result<void> checkPinHash(const QString &encodedHash);

// PBKDF2-HMAC-SHA256 and scrypt, `length` bytes; empty if OpenSSL fails. Public for the
// known-answer tests.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length);
QByteArray scrypt(const QByteArray &password, const QByteArray &salt, ScryptCost cost, int length);

// Where the staff PIN's hash is looked for, first found wins:
//  1. STATE_DIR/staff-pin: a PIN staff changed on the touchscreen (written owner-only);
//  2. $CREDENTIALS_DIRECTORY/staff-pin: systemd's LoadCredential= (the unit loads it from the
//     root-only /etc/loyalty-kiosk/staff-pin);
//  3. /etc/loyalty-kiosk/staff-pin, read directly (then owned by the kiosk's user, mode 0600);
//  4. kiosk.conf's [staff] pin_hash, for set-ups made before: it works, with a warning, because
//     kiosk.conf is world-readable and its hash can be guessed at offline.
// A file the kiosk finds that group or others can read is refused (the warning gives the chmod
// that fixes it), and staff mode stays closed rather than falling back to a weaker place.
inline constexpr char kSystemPinFile[] = "/etc/loyalty-kiosk/staff-pin";
inline constexpr char kPinCredential[] = "staff-pin";
// The set-up code's hash (loyalty-kioskctl setup-code-hash), looked for only while no staff
// PIN is set up: $CREDENTIALS_DIRECTORY/setup-code, then this file read directly, with the
// same rules as the PIN's files. Never in kiosk.conf, never in the state directory.
inline constexpr char kSystemSetupCodeFile[] = "/etc/loyalty-kiosk/setup-code";
inline constexpr char kSetupCodeCredential[] = "setup-code";

struct PinLocations
{
    QString stateDir;
    QString credentialsDir; // $CREDENTIALS_DIRECTORY
    QString systemFile;     // kSystemPinFile
    QString machineKeyFile; // config::kSystemMachineKeyFile: opens STATE_DIR/staff-pin
    QString setupCodeFile;  // kSystemSetupCodeFile
    static PinLocations standard(const QString &stateDir);
};

struct StaffPinHash
{
    QString hash;         // empty: staff mode stays closed
    QString origin;       // the file it came from, or "kiosk.conf"
    QStringList refusals; // why a place was refused or is deprecated (for the log and staff)
};
StaffPinHash findStaffPinHash(const PinLocations &where, const QString &configured);
// The set-up code's hash, if the vendor put one there (origin and refusals as above).
StaffPinHash findSetupCodeHash(const PinLocations &where);

// A PIN changed by staff: kept in STATE_DIR/staff-pin (owner-only, sealed with the machine
// key: config/secretseal.h), because the /etc file is read-only for the kiosk's user.
// `encoded` must be a well-formed hash.
Result<void> saveStaffPinHash(const PinLocations &where, const QString &encoded);
// saveStaffPinHash(PinLocations::standard(stateDir), encoded)
Result<void> saveStaffPinHash(const QString &stateDir, const QString &encoded);
// findStaffPinHash(PinLocations::standard(stateDir), configured).hash, refusals logged.
QString loadStaffPinHash(const QString &stateDir, const QString &configured);
// For a pool thread that hashed, verified or sealed: frees OpenSSL's state for this thread
// (its random generator) now. The pool ends its threads whenever it likes, at exit even after
// LeakSanitizer has looked (then a leak it reports now and then, with a stack that ends in
// libcrypto).
void releaseThreadCrypto();

// A new staff PIN (chosen at first-run set-up or changed in Settings): hashes it (6 to 12
// digits, ~100 ms: not on the UI thread) and saves it as saveStaffPinHash does. The hash, for
// PinGate::setHash.
Result<QString> saveNewStaffPin(const PinLocations &where, const QString &pin);

// The door to staff mode: checks PINs and locks out guessing. After 5 wrong PINs in a row it
// refuses every PIN for 60 s, each further lockout twice as long (at most 15 min); a right
// PIN starts over. With persistTo() the count and the lockout survive a restart (pulling the
// plug does not reset them). Every attempt is logged (category kiosk.staff), never the PIN.
class PinGate : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Accepted,
        Wrong,
        LockedOut,    // the wrong PIN that began a lockout, or any PIN during one (unchecked)
        NotConfigured // no usable hash (empty or malformed): staff mode stays closed
    };
    Q_ENUM(Outcome)

    enum class Secret
    {
        StaffPin,
        SetupCode
    };

    static constexpr int kWrongPinsBeforeLockout = 5;
    static constexpr int kFirstLockoutSeconds = 60;
    static constexpr int kMaxLockoutSeconds = 15 * 60;

    explicit PinGate(const QString &encodedHash, const Clock *clock = SystemClock::instance(),
                     QObject *parent = nullptr, Secret secret = Secret::StaffPin);

    // Keeps the wrong-PIN count and lockout in `path` (owner-only), reading what is there now.
    // An unreadable or damaged file counts as a lockout in progress: deleting it by hand is
    // the way out, and needs the kiosk user's rights.
    void persistTo(const QString &path);
    // STATE_DIR/staff-pin-lockout, or STATE_DIR/setup-code-lockout
    static QString lockoutFilePath(const QString &stateDir, Secret secret = Secret::StaffPin);

    // Takes ~100 ms (the hash's cost) unless locked out.
    Outcome tryPin(const QString &pin);
    // 0 when not locked out.
    int lockedSecondsLeft() const;
    bool isConfigured() const { return !m_hash.isEmpty(); }
    // A new PIN (staff changed it); the wrong-PIN count and lockouts carry on.
    void setHash(const QString &encodedHash);

Q_SIGNALS:
    // A lockout began; the screen can count down from `seconds`.
    void lockedOut(int seconds);

private:
    const char *secretName() const; // for the log
    qint64 lockRemainingMs() const;
    void load();
    void save() const;

    QString m_hash;
    const Clock *m_clock;
    Secret m_secret;
    QString m_stateFile;
    int m_wrongInARow = 0;
    int m_lockouts = 0; // lockouts since the last right PIN: each doubles the next
    qint64 m_lockedUntilMs = 0;
    qint64 m_lockDurationMs = 0;
};

} // namespace kiosk::staff
