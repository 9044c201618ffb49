// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace kiosk::ui {

// What a customer reads when something goes wrong: what happened, in plain words, and what to
// do next. Every error on a customer screen goes through here, so the same fault always reads
// the same way. Built at display time, so it follows the current language.
struct ErrorPresentation
{
    QString title;
    QString detail;   // what happened (the core's message, already translated)
    QString nextStep; // what to do now
    bool canRetry = false;
};

ErrorPresentation presentError(const QString &message, int relayCode, bool canRetry);

} // namespace kiosk::ui
