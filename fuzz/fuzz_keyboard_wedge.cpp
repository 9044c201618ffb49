// SPDX-License-Identifier: MIT
// A keyboard-wedge scanner, or a person, at the keyboard (scan/keyboardwedgescansource): key
// events with the gaps between them. Records of 3 bytes [what][gap in ms][character]. Nothing
// typed is lost: every printable key press reaches its receiver or is part of a scanned text.

#include "fuzzcommon.h"
#include "scan/keyboardwedgescansource.h"

#include <QGuiApplication>
#include <QKeyEvent>

#include <algorithm>
#include <memory>

using namespace kiosk;
using namespace kiosk::scan;

namespace {

// Where the keys were going: counts the printable characters that reach it.
class Receiver : public QObject
{
public:
    qsizetype typed = 0;

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && isPrintable(*static_cast<QKeyEvent *>(event)))
            typed += static_cast<QKeyEvent *>(event)->text().size();
        return true;
    }

    // What the wedge takes as a character of a scan (keyboardwedgescansource.cpp).
    static bool isPrintable(const QKeyEvent &key)
    {
        constexpr Qt::KeyboardModifiers typingModifiers =
            Qt::ShiftModifier | Qt::KeypadModifier | Qt::GroupSwitchModifier;
        const QString text = key.text();
        return (key.modifiers() & ~typingModifiers) == Qt::NoModifier && !text.isEmpty() &&
               std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
    }
};

} // namespace

KIOSK_FUZZ_TARGET(QGuiApplication)
{
    fuzz::Reader in(input);
    qint64 now = 1000;
    Receiver receiver;
    KeyboardWedgeScanSource wedge(KeyboardWedgeConfig{30, 4, 80});
    wedge.setTarget(&receiver);
    wedge.setClock([&now] { return now; });
    qsizetype scanned = 0;
    QObject::connect(&wedge, &ScanSource::textScanned,
                     [&scanned](const QString &text) { scanned += text.size(); });
    wedge.start();

    qsizetype printablePressed = 0; // characters of printable presses sent
    while (!in.atEnd()) {
        const std::uint8_t what = in.byte();
        now += in.byte();
        const QChar c = QChar(char16_t(in.byte()));
        Qt::KeyboardModifiers modifiers;
        if (what & 0x10)
            modifiers |= Qt::ShiftModifier;
        if (what & 0x20)
            modifiers |= Qt::ControlModifier;
        if (what & 0x40)
            modifiers |= Qt::KeypadModifier;
        const bool autoRepeat = (what & 0x80) && (what & 0x08);
        std::unique_ptr<QKeyEvent> event;
        switch (what & 0x07) {
        case 0:
        case 1:
        case 2: {
            const QString text(c);
            const int key = c.isLetter() ? int(c.toUpper().unicode()) : int(c.unicode());
            event = std::make_unique<QKeyEvent>(QEvent::KeyPress, key, modifiers, text, autoRepeat);
            if (Receiver::isPrintable(*event))
                printablePressed += text.size();
            break;
        }
        case 3:
            event = std::make_unique<QKeyEvent>(QEvent::KeyRelease, int(c.unicode()), modifiers,
                                                QString(c));
            break;
        case 4:
            event = std::make_unique<QKeyEvent>(QEvent::KeyPress,
                                                (what & 0x08) ? Qt::Key_Enter : Qt::Key_Return,
                                                modifiers, QStringLiteral("\r"));
            break;
        case 5:
            event = std::make_unique<QKeyEvent>(
                (what & 0x08) ? QEvent::KeyRelease : QEvent::KeyPress, Qt::Key_Shift, modifiers);
            break;
        case 6:
            event = std::make_unique<QKeyEvent>(QEvent::KeyPress, Qt::Key_Backspace, modifiers,
                                                QStringLiteral("\b"));
            break;
        default:
            if (what & 0x08)
                wedge.flushPending();
            else
                QCoreApplication::processEvents();
            continue;
        }
        QCoreApplication::sendEvent(&receiver, event.get());
    }
    wedge.stop(); // hands on whatever was still held
    KIOSK_FUZZ_CHECK(receiver.typed + scanned == printablePressed);
}
