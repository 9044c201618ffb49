// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace kiosk::staff {

// The staff PIN is stored only as "pbkdf2-sha256$ITERATIONS$SALT_B64$HASH_B64" (PBKDF2-HMAC-
// SHA256, 16-byte random salt, 32-byte hash), in kiosk.conf's [staff] pin_hash or, once staff
// changed it on the touchscreen, in the state directory.
inline constexpr int kDefaultPinIterations = 200000;

// The encoded hash of a 4 to 12 digit PIN, with a fresh salt.
Result<QString> hashPin(const QString &pin, int iterations = kDefaultPinIterations);

// true: the PIN is right; false: it is wrong (or not 4 to 12 digits). An error only when
// `encodedHash` itself is malformed.
Result<bool> verifyPin(const QString &pin, const QString &encodedHash);

// PBKDF2-HMAC-SHA256, `length` bytes; empty if OpenSSL fails. Public for the known-answer test.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations,
                        int length);

// A PIN changed by staff: kept in STATE_DIR/staff-pin (owner-only), because the /etc file is
// read-only for the kiosk's user. `encoded` must be a well-formed hash.
Result<bool> saveStaffPinHash(const QString &stateDir, const QString &encoded);
// The hash in STATE_DIR/staff-pin if there is one, else `configured` (kiosk.conf's pin_hash).
QString loadStaffPinHash(const QString &stateDir, const QString &configured);

// The door to staff mode: checks PINs and locks out guessing. After 5 wrong PINs in a row it
// refuses every PIN for 60 s, each further lockout twice as long (at most 15 min); a right
// PIN starts over. A 4-digit PIN then takes days, not minutes, to guess at the screen.
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

    static constexpr int kWrongPinsBeforeLockout = 5;
    static constexpr int kFirstLockoutSeconds = 60;
    static constexpr int kMaxLockoutSeconds = 15 * 60;

    explicit PinGate(const QString &encodedHash, const Clock *clock = SystemClock::instance(),
                     QObject *parent = nullptr);

    // Takes a few hundred milliseconds (the hash's iterations) unless locked out.
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
    qint64 lockRemainingMs() const;

    QString m_hash;
    const Clock *m_clock;
    int m_wrongInARow = 0;
    int m_lockouts = 0; // lockouts since the last right PIN: each doubles the next
    qint64 m_lockedUntilMs = 0;
    qint64 m_lockDurationMs = 0;
};

} // namespace kiosk::staff
