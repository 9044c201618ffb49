// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace kiosk::ui {

// Builds Hangul syllables from the jamo of the standard two-set (두벌식) layout, the way every
// Korean keyboard does: ㅎ ㅏ ㄴ gives 한 while it is still being typed (the preedit), and a
// consonant followed by a vowel moves to the next syllable (ㄷㅏㄹㄱㅏ gives 달가). Only the
// jamo typed for the syllable in progress are kept, so Backspace takes back one key at a time
// (닭 → 달 → 다 → ㄷ).
class HangulComposer
{
public:
    // Takes one compatibility jamo (U+3131..U+3163). Returns what is finished and must be
    // committed to the field (empty, one or two syllables' worth); the rest stays in preedit().
    QString add(QChar jamo);
    // The syllable still being typed (empty when none).
    QString preedit() const;
    // Takes back the last key of the syllable in progress; false if there was none.
    bool backspace();
    // Ends the syllable in progress and returns it (for a space, a non-Korean key, focus moving).
    QString commit();
    bool isComposing() const { return !m_keys.isEmpty(); }

    static bool isJamo(QChar c);
    static bool isVowel(QChar c);

private:
    struct Syllable
    {
        QString initial; // one consonant, or empty for a lone vowel
        QString vowel;   // one or two vowel keys (ㅗ ㅏ is ㅘ)
        QString final;   // zero to two consonant keys (ㄹ ㄱ is ㄺ)
    };
    // Feeds `jamo` to `syllable`; true if it joined it, false if it starts the next one (in
    // which case `syllable` may lose its final consonant to the next: `carry`).
    static bool join(Syllable &syllable, QChar jamo, QString &carry);
    static QString compose(const Syllable &syllable);
    Syllable rebuild() const;

    QString m_keys; // the keys of the syllable in progress, in order
};

} // namespace kiosk::ui
