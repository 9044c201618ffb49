// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QObject>

class QTextToSpeech;

namespace kiosk::ui {

// Spoken guidance for the earphone jack (KS X 9211): reads each screen's guidance aloud in the
// current language through Qt TextToSpeech (speech-dispatcher on Debian). Without an engine it
// stays silent and says so once in the log; the kiosk works the same either way.
class Guidance : public QObject
{
    Q_OBJECT

public:
    explicit Guidance(QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setLanguage(const QLocale &locale);
    // Replaces whatever is being said.
    void say(const QString &text);
    void stop();
    QString lastText() const { return m_last; }

Q_SIGNALS:
    void spoken(const QString &text);

private:
    void ensureEngine();

    QTextToSpeech *m_speech = nullptr;
    bool m_enabled = true;
    bool m_tried = false;
    QLocale m_locale;
    QString m_last;
};

} // namespace kiosk::ui
