// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>

class QThread;

namespace kiosk::ui {

class SpeechEngine;

// Spoken guidance for the earphone jack (KS X 9211) through Qt TextToSpeech (speech-dispatcher
// on Debian), in the current language. It speaks only on request: nothing is said until the
// customer turns "Read aloud" on, and the next customer starts with it off again, at the
// usual volume and speed.
//
// Without an engine, with an engine that fails, or with no voice for the language, it is
// unavailable and says so (availabilityChanged), so the screen can show it; the kiosk works the
// same either way.
class Guidance : public QObject
{
    Q_OBJECT

public:
    // Volume and speed are chosen in steps: 1 (quietest, slowest) to kLevels.
    static constexpr int kLevels = 5;
    static constexpr int kDefaultVolume = 3;
    static constexpr int kDefaultRate = 3;

    explicit Guidance(QObject *parent = nullptr);
    ~Guidance() override;

    // Staff's setting ([ui] speech): off means never available.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // False once it is known that nothing can be said (no engine, no voice for the language,
    // an engine error, or switched off by staff); true while not yet known.
    bool isAvailable() const;
    // Starts the engine now, on a thread of its own (speech-dispatcher can take seconds to
    // answer): done after the first frame, or on first use. availabilityChanged() follows.
    // Tests call simulateEngine() instead.
    void probe();
    // For tests and screenshots: no real engine is used; `available` says whether one would
    // be there. say() still emits spoken().
    void simulateEngine(bool available);

    // The customer's "Read aloud": off until asked for. Asked for while the engine is still
    // starting, it comes on (readingAloudChanged) when the engine is ready.
    void setReadingAloud(bool on);
    bool isReadingAloud() const { return m_reading; }
    void setVolumeLevel(int level);
    int volumeLevel() const { return m_volume; }
    void setRateLevel(int level);
    int rateLevel() const { return m_rate; }
    // The next customer: read aloud off, the usual volume and speed.
    void resetForNextCustomer();

    void setLanguage(const QLocale &locale);
    // Says `text` (replacing whatever is being said) when reading aloud, else nothing.
    void say(const QString &text);
    void stop();
    QString lastText() const { return m_last; }

Q_SIGNALS:
    // What was sent to the engine (tests assert on it).
    void spoken(const QString &text);
    void availabilityChanged(bool available);
    void readingAloudChanged(bool on);

private:
    enum class Engine
    {
        Unknown,
        Available,
        Unavailable,
    };
    void ensureEngine();
    void onEngineState(bool available, const QString &reason);
    void setEngineState(Engine state);
    void applyLevels();

    QThread *m_thread = nullptr;
    SpeechEngine *m_speech = nullptr; // lives on m_thread
    bool m_wantReading = false;
    Engine m_engine = Engine::Unknown;
    bool m_simulated = false;
    bool m_enabled = true;
    bool m_reading = false;
    int m_volume = kDefaultVolume;
    int m_rate = kDefaultRate;
    QLocale m_locale;
    QString m_last;
};

} // namespace kiosk::ui
