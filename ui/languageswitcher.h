// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTranslator>

namespace kiosk::ui {

// Switches the whole application between Korean and English at once: reinstalls the
// translators, after which every widget gets QEvent::LanguageChange and retranslates itself.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // "ko" or "en"; anything else is refused (false).
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    static QStringList supported() { return {QStringLiteral("ko"), QStringLiteral("en")}; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace kiosk::ui
