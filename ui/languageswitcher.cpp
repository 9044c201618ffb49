// SPDX-License-Identifier: MIT
#include "languageswitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>

namespace kiosk::ui {

Q_LOGGING_CATEGORY(lcLanguage, "kiosk.ui.language", QtInfoMsg)

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (!supported().contains(language))
        return false;
    if (language == m_language)
        return true;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(language == u"ko" ? QLocale::Korean : QLocale::English,
                         language == u"ko" ? QLocale::SouthKorea : QLocale::UnitedStates);
    // Dates, numbers and money follow the language the customer picked.
    QLocale::setDefault(locale);
    if (m_app.load(QStringLiteral(":/i18n/loyalty-kiosk_") + language))
        QCoreApplication::installTranslator(&m_app);
    else
        qCWarning(lcLanguage) << "no translation for" << language;
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = language;
    Q_EMIT languageChanged(language);
    return true;
}

} // namespace kiosk::ui
