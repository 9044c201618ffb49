// SPDX-License-Identifier: MIT
#include "guidance.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

namespace kiosk::ui {

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.ui.speech")

Guidance::Guidance(QObject *parent) : QObject(parent) {}

void Guidance::ensureEngine()
{
    if (m_tried)
        return;
    m_tried = true;
    // Created on first use: looking for engines costs start-up time the first frame should not.
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        qCInfo(lcSpeech) << "no text-to-speech engine installed: spoken guidance is off"
                         << "(install qt6-speech-speechd-plugin and speech-dispatcher)";
        return;
    }
    m_speech = new QTextToSpeech(this);
    m_speech->setLocale(m_locale);
}

void Guidance::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        stop();
}

void Guidance::setLanguage(const QLocale &locale)
{
    m_locale = locale;
    if (m_speech)
        m_speech->setLocale(locale);
}

void Guidance::say(const QString &text)
{
    m_last = text;
    if (!m_enabled || text.isEmpty())
        return;
    ensureEngine();
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
