// SPDX-License-Identifier: MIT
#include "guidance.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QTextToSpeech>
#include <QThread>

#include <algorithm>
#include <chrono>

namespace kiosk::ui {

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.ui.speech", QtInfoMsg)

namespace {
// Engine values for the steps: the middle one is the engine's usual volume and speed.
constexpr double kVolumes[Guidance::kLevels] = {0.2, 0.35, 0.5, 0.75, 1.0};
constexpr double kRates[Guidance::kLevels] = {-0.5, -0.25, 0.0, 0.25, 0.5};
// How long closing waits for an engine call to return (systemd's stop waits longer).
constexpr std::chrono::seconds kShutdownWait{2};
} // namespace

// The engine lives on a thread of its own: speech-dispatcher answers over a socket, and
// QTextToSpeech waits for it when it starts and when it lists voices (4 s when the dispatcher
// cannot start its output module). The UI thread only posts to it and hears back.
class SpeechEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts the engine (once) in `locale`; answers with stateChanged().
    void start(const QLocale &locale, double volume, double rate)
    {
        if (m_speech)
            return;
        const QStringList engines = QTextToSpeech::availableEngines();
        if (engines.isEmpty())
            return Q_EMIT stateChanged(
                false, QStringLiteral("no text-to-speech engine installed (install "
                                      "qt6-speech-speechd-plugin and speech-dispatcher)"));
        m_speech = new QTextToSpeech(this);
        connect(m_speech, &QTextToSpeech::errorOccurred, this,
                [this](QTextToSpeech::ErrorReason, const QString &message) {
                    Q_EMIT stateChanged(false, QStringLiteral("text-to-speech failed: ") + message);
                });
        if (m_speech->state() == QTextToSpeech::Error)
            return Q_EMIT stateChanged(false,
                                       QStringLiteral("text-to-speech engine %1 cannot "
                                                      "start: %2")
                                           .arg(m_speech->engine(), m_speech->errorString()));
        setLevels(volume, rate);
        setLocale(locale);
    }

    void setLocale(const QLocale &locale)
    {
        if (!m_speech || m_speech->state() == QTextToSpeech::Error)
            return;
        m_speech->setLocale(locale);
        // Korean read by an English voice (or nothing) is worse than saying it is unavailable.
        const QList<QLocale> locales = m_speech->availableLocales();
        const bool voice = std::any_of(locales.cbegin(), locales.cend(), [&](const QLocale &l) {
            return l.language() == locale.language();
        });
        Q_EMIT stateChanged(voice, voice ? QString()
                                         : QStringLiteral("no voice for %1")
                                               .arg(QLocale::languageToString(locale.language())));
    }

    void setLevels(double volume, double rate)
    {
        if (!m_speech)
            return;
        m_speech->setVolume(volume);
        m_speech->setRate(rate);
    }

    void say(const QString &text)
    {
        if (!m_speech)
            return;
        m_speech->stop();
        m_speech->say(text);
    }

    void stop()
    {
        if (m_speech)
            m_speech->stop();
    }

Q_SIGNALS:
    // Whether anything can be said now, and if not, why (for the log).
    void stateChanged(bool available, const QString &reason);

private:
    QTextToSpeech *m_speech = nullptr;
};

Guidance::Guidance(QObject *parent) : QObject(parent) {}

Guidance::~Guidance()
{
    if (!m_thread)
        return;
    // The engine is deleted on its own thread, once the call it is in returns.
    connect(m_thread, &QThread::finished, m_speech, &QObject::deleteLater);
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(kShutdownWait)))
        return;
    // speech-dispatcher has not answered (listing its voices can take long): the window
    // closes anyway, and the thread cleans up after itself if it ever returns.
    qCWarning(lcSpeech) << "the speech engine is still starting; not waiting for it";
    m_thread->setParent(nullptr);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

bool Guidance::isAvailable() const
{
    return m_enabled && m_engine != Engine::Unavailable;
}

void Guidance::probe()
{
    if (m_enabled) // switched off: no engine (nor speech-dispatcher) is started at all
        ensureEngine();
}

void Guidance::simulateEngine(bool available)
{
    m_simulated = true;
    setEngineState(available ? Engine::Available : Engine::Unavailable);
}

void Guidance::setEngineState(Engine state)
{
    const bool wasAvailable = isAvailable();
    m_engine = state;
    if (!isAvailable() && m_reading) {
        m_reading = false;
        Q_EMIT readingAloudChanged(false);
    }
    if (isAvailable() != wasAvailable)
        Q_EMIT availabilityChanged(isAvailable());
}

void Guidance::ensureEngine()
{
    if (m_engine != Engine::Unknown || m_simulated || m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("speech"));
    m_speech = new SpeechEngine; // no parent: it moves to the thread
    m_speech->moveToThread(m_thread);
    connect(m_speech, &SpeechEngine::stateChanged, this, &Guidance::onEngineState);
    m_thread->start(QThread::LowPriority);
    const QLocale locale = m_locale;
    const double volume = kVolumes[m_volume - 1];
    const double rate = kRates[m_rate - 1];
    QMetaObject::invokeMethod(m_speech, [engine = m_speech, locale, volume, rate] {
        engine->start(locale, volume, rate);
    });
}

void Guidance::onEngineState(bool available, const QString &reason)
{
    if (available)
        qCInfo(lcSpeech) << "read aloud is available in" << m_locale.name();
    else
        qCInfo(lcSpeech).noquote() << reason << "- read aloud is unavailable";
    if (m_simulated)
        return;
    setEngineState(available ? Engine::Available : Engine::Unavailable);
    if (available && m_wantReading) // asked for while the engine was starting
        setReadingAloud(true);
}

void Guidance::setEnabled(bool enabled)
{
    const bool wasAvailable = isAvailable();
    m_enabled = enabled;
    if (!enabled) {
        stop();
        m_wantReading = false;
        if (m_reading) {
            m_reading = false;
            Q_EMIT readingAloudChanged(false);
        }
    }
    if (isAvailable() != wasAvailable)
        Q_EMIT availabilityChanged(isAvailable());
}

void Guidance::setReadingAloud(bool on)
{
    m_wantReading = false;
    if (on) {
        ensureEngine();
        if (m_enabled && m_engine == Engine::Unknown && !m_simulated) {
            m_wantReading = true; // turned on when the engine answers
            return;
        }
        on = isAvailable();
    } else {
        stop();
    }
    if (on == m_reading)
        return;
    m_reading = on;
    Q_EMIT readingAloudChanged(on);
}

void Guidance::setVolumeLevel(int level)
{
    m_volume = std::clamp(level, 1, kLevels);
    applyLevels();
}

void Guidance::setRateLevel(int level)
{
    m_rate = std::clamp(level, 1, kLevels);
    applyLevels();
}

void Guidance::applyLevels()
{
    if (!m_speech)
        return;
    const double volume = kVolumes[m_volume - 1];
    const double rate = kRates[m_rate - 1];
    QMetaObject::invokeMethod(
        m_speech, [engine = m_speech, volume, rate] { engine->setLevels(volume, rate); });
}

void Guidance::resetForNextCustomer()
{
    setReadingAloud(false);
    m_volume = kDefaultVolume;
    m_rate = kDefaultRate;
    applyLevels();
    m_last.clear();
}

void Guidance::setLanguage(const QLocale &locale)
{
    m_locale = locale;
    if (m_speech)
        QMetaObject::invokeMethod(m_speech,
                                  [engine = m_speech, locale] { engine->setLocale(locale); });
}

void Guidance::say(const QString &text)
{
    if (!m_reading || !isAvailable() || text.isEmpty())
        return;
    m_last = text;
    if (m_speech)
        QMetaObject::invokeMethod(m_speech, [engine = m_speech, text] { engine->say(text); });
    Q_EMIT spoken(text);
}

void Guidance::stop()
{
    if (m_speech)
        QMetaObject::invokeMethod(m_speech, [engine = m_speech] { engine->stop(); });
}

} // namespace kiosk::ui

#include "guidance.moc"
