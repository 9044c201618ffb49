// SPDX-License-Identifier: MIT
#pragma once

#include "common/result.h"
#include "relay/relaysettings.h"
#include "scan/scanconfig.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <span>

namespace kiosk::config {

// The names of the secrets under $CREDENTIALS_DIRECTORY (systemd's LoadCredential= or
// LoadCredentialEncrypted=): one found there wins over kiosk.conf.
inline constexpr char kAccessKeyCredential[] = "access-key";
inline constexpr char kTerminalKeyCredential[] = "terminal-key";
inline constexpr char kCallbackKeyCredential[] = "callback-key";

// The file of a systemd credential named `name` under $CREDENTIALS_DIRECTORY, "" when absent.
QString credentialFile(const char *name);

// A secret's value as configured: "@path" reads the first line of a file that only the
// kiosk's user (and its group) may read; anything else is the secret itself.
Result<QString> readSecret(const QString &value);

// Everything the kiosk is configured with, read once from an INI file (by default
// /etc/loyalty-kiosk/kiosk.conf) and injected; command-line flags override single values.
struct KioskConfig
{
    QString sourcePath; // the file it came from ("" for defaults)

    // [kiosk] mode = production | demo. Only demo starts the bundled relay simulator with its
    // demo data and demo wallet; production with no relay configured is out of service.
    bool demo = false;

    // [relay]
    QString relayUrl; // empty: not configured (out of service unless in demo mode)
    relay::ApiVersion api = relay::ApiVersion::V2;
    QString accessKey; // v1; a value of "@path" reads it from a file
    QString caFile;
    QString pinSha256; // SPKI pins, comma-separated base64 SHA-256 (RelaySettings::parsePins)
    bool allowInsecureHttp = false;
    int timeoutMs = 10000;
    int getRetries = 2;

    // [terminal]
    QString terminalId;
    QString terminalKey; // "0x…" or "@path"; never logged

    // [approval]
    relay::Approver approver = relay::Approver::Customer;
    int paymentTimeoutSeconds = 45; // the relay's window from openCancelTimestamp

    // [events] v1: the relay POSTs events to this kiosk (its CALLBACK_ENDPOINT points here)
    QString callbackListen; // ADDRESS:PORT; empty: no receiver (polling only)
    QString callbackKey;    // the relay's callback key ("@path" reads a file)
    // How often the v2 task feed is asked: while a cancellation of this kiosk is open, and
    // otherwise (plus up to a fifth at random; relay::FeedPace).
    int busyPollSeconds = 2;
    int idlePollSeconds = 30;

    // [metrics] /metrics and /healthz for a scraper and `loyalty-kioskctl health`
    QString metricsListen; // ADDRESS:PORT of one interface; empty: off

    // [scan] cameras, keyboard-wedge and serial scanners
    scan::ScanConfig scan;

    // [ui] the touchscreen application
    QString language = QStringLiteral("ko"); // default language on the attract screen: ko | en
    bool fullScreen = true;                  // kiosk mode: full screen, no window frame
    int idleSeconds = 60;                    // no touch this long: "are you still there?"
    int idleWarningSeconds = 20;             // then this long to answer before the attract screen
    double screenDpi = 0;                    // physical DPI for text and targets; 0: ask
    bool largeText = false;                  // start in large-text (200 %) mode
    bool highContrast = false;               // start in high-contrast mode
    bool lowPosition = false; // start with every control in the lower part of the screen
    bool speech = true;       // offer "Read aloud" (said only on request; needs a TTS engine)

    // [staff]
    // "pbkdf2-sha256$ITERATIONS$SALT_B64$HASH_B64" (loyalty-kioskctl pin-hash); "@path" reads it
    QString staffPinHash;

    // [state]
    QString stateDir;
    int historyRetentionDays = 90; // finished journal entries older than this are deleted

    // Reads `path`, then every drop-in of dropInFiles(path) on top, each checked like `path`
    // (so fleet tools manage a site's file without editing the vendor's); a missing `path` is
    // an error only when `mustExist`. Secrets found under $CREDENTIALS_DIRECTORY replace them
    // all. Precedence, lowest first: defaults, `path`, drop-ins in name order, the staff's
    // settings.conf (applyOverrides), command-line flags; credentials win for the secrets.
    static Result<KioskConfig> load(const QString &path, bool mustExist);
    // "<path>.d": /etc/loyalty-kiosk/kiosk.conf.d for the default path.
    static QString dropInDir(const QString &path);
    // The `*.conf` files in dropInDir(path) in byte-wise name order; hidden files and editor or
    // dpkg leftovers are not read. A missing folder has none; an unreadable one is an error.
    static Result<QStringList> dropInFiles(const QString &path);
    // $LOYALTY_KIOSK_CONFIG, else /etc/loyalty-kiosk/kiosk.conf, else the user's config dir.
    static QString defaultPath();

    // Settings changed in the touchscreen's staff mode: the /etc file is read-only for the
    // kiosk's user, so they live in the state directory and are applied on top of it.
    static QString overridesPath(const QString &stateDir);
    // Reads `path` (a missing file changes nothing) and takes every key present in it, checked
    // like load(). On an error nothing is changed.
    Result<void> applyOverrides(const QString &path);
    // Writes the staff-editable keys that differ from sourcePath's file and its drop-ins (or
    // the defaults) to
    // `path`, atomically and owner-only; never any secret.
    Result<void> saveOverrides(const QString &path) const;

    // The relay settings with keys loaded from their files. A missing key is not an error here
    // (calls that need it say so); an unreadable or malformed one is.
    Result<relay::RelaySettings> relaySettings() const;
};

// One key as the configuration files name it ("relay/url"), in kiosk.conf's order, with its
// value in a KioskConfig: what `loyalty-kioskctl config --effective` shows and saveOverrides
// writes.
struct ConfigKey
{
    enum class Kind
    {
        Plain,
        Secret,       // never shown or written by the kiosk
        StaffEditable // changed on the touchscreen (settings.conf)
    };
    const char *key;
    Kind kind;
    QVariant (*value)(const KioskConfig &config);
    const char *credential = nullptr; // the systemd credential that replaces it
};
std::span<const ConfigKey> configKeys();

// Where a key's value came from: the last of some INI files (lowest precedence first) that
// sets it, and its text there; both "" when none does.
struct KeySource
{
    QString file;
    QString text;
};
KeySource keySource(const QStringList &files, const QString &key);

} // namespace kiosk::config
