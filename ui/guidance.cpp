// SPDX-License-Identifier: MIT
#include "guidance.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

#include <algorithm>

namespace kiosk::ui {

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.ui.speech")

namespace {
// Engine values for the steps: the middle one is the engine's usual volume and speed.
constexpr double kVolumes[Guidance::kLevels] = {0.2, 0.35, 0.5, 0.75, 1.0};
constexpr double kRates[Guidance::kLevels] = {-0.5, -0.25, 0.0, 0.25, 0.5};
} // namespace

Guidance::Guidance(QObject *parent) : QObject(parent) {}

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
    delete m_speech;
    m_speech = nullptr;
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
    if (m_engine != Engine::Unknown || m_simulated)
        return;
    // Looking for engines costs start-up time the first frame should not wait for.
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        qCInfo(lcSpeech) << "no text-to-speech engine installed: read aloud is unavailable"
                         << "(install qt6-speech-speechd-plugin and speech-dispatcher)";
        return setEngineState(Engine::Unavailable);
    }
    m_speech = new QTextToSpeech(this);
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason, const QString &message) {
                qCWarning(lcSpeech).noquote()
                    << "text-to-speech failed:" << message << "- read aloud is unavailable";
                setEngineState(Engine::Unavailable);
            });
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech).noquote() << "text-to-speech engine" << m_speech->engine()
                                      << "cannot start:" << m_speech->errorString();
        return setEngineState(Engine::Unavailable);
    }
    m_speech->setLocale(m_locale);
    applyLevels();
    checkVoices();
}

void Guidance::checkVoices()
{
    if (!m_speech)
        return;
    if (m_speech->state() == QTextToSpeech::Error)
        return setEngineState(Engine::Unavailable);
    // Korean read by an English voice (or nothing) is worse than saying it is unavailable.
    const QList<QLocale> locales = m_speech->availableLocales();
    const bool voice = std::any_of(locales.cbegin(), locales.cend(), [this](const QLocale &l) {
        return l.language() == m_locale.language();
    });
    if (!voice)
        qCInfo(lcSpeech).noquote()
            << "no voice for" << QLocale::languageToString(m_locale.language())
            << "- read aloud is unavailable in this language";
    setEngineState(voice ? Engine::Available : Engine::Unavailable);
}

void Guidance::setEnabled(bool enabled)
{
    const bool wasAvailable = isAvailable();
    m_enabled = enabled;
    if (!enabled) {
        stop();
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
    if (on) {
        ensureEngine();
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
    m_speech->setVolume(kVolumes[m_volume - 1]);
    m_speech->setRate(kRates[m_rate - 1]);
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
    if (m_speech) {
        m_speech->setLocale(locale);
        checkVoices();
    }
}

void Guidance::say(const QString &text)
{
    if (!m_reading || !isAvailable() || text.isEmpty())
        return;
    m_last = text;
    if (m_speech) {
        m_speech->stop();
        m_speech->say(text);
    }
    Q_EMIT spoken(text);
}

void Guidance::stop()
{
    if (m_speech)
        m_speech->stop();
}

} // namespace kiosk::ui
