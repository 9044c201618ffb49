// SPDX-License-Identifier: MIT
// Why a scanned code was refused: app/qr builds these with a helper, text("…"), which lupdate
// does not recognise, so they never reached the .ts files and a Korean customer read them in
// English. Listed here under their context ("kiosk::qr") so lupdate collects them and the
// core's own QCoreApplication::translate() finds the translation at run time. (Remove this file
// once app/qr marks them with QT_TRANSLATE_NOOP itself.)
#include <QtGlobal>

namespace kiosk::ui {

[[maybe_unused]] static const char *const kScanRefusals[] = {
    QT_TRANSLATE_NOOP("kiosk::qr", "this is the kiosk's own request: scan the answer your "
                                   "wallet shows"),
    QT_TRANSLATE_NOOP("kiosk::qr", "this signature does not say which request it answers"),
    QT_TRANSLATE_NOOP("kiosk::qr", "the signature in this code is not 65 bytes"),
    QT_TRANSLATE_NOOP("kiosk::qr", "this code is not a signature"),
    QT_TRANSLATE_NOOP("kiosk::qr", "this code is not a signature: "),
    QT_TRANSLATE_NOOP("kiosk::qr", "the signature in this code "),
    QT_TRANSLATE_NOOP("kiosk::qr", "nothing was read"),
    QT_TRANSLATE_NOOP("kiosk::qr", "this code is far too long to be a signature"),
    QT_TRANSLATE_NOOP("kiosk::qr", "this answer is for another request: scan the code on this "
                                   "screen"),
    QT_TRANSLATE_NOOP("kiosk::qr", "the time to answer this request has run out"),
    QT_TRANSLATE_NOOP("kiosk::qr", "not a Loyalty Kiosk signing request"),
    QT_TRANSLATE_NOOP("kiosk::qr", "unsupported signing request version"),
    QT_TRANSLATE_NOOP("kiosk::qr", "the request has no valid requestId"),
    QT_TRANSLATE_NOOP("kiosk::qr", "the request does not say approve or reject"),
};

} // namespace kiosk::ui
