// SPDX-License-Identifier: MIT
#include "keyboard/hangulcomposer.h"

#include <QStringView>

namespace kiosk::ui {

namespace {

// Unicode's order of initial consonants and final consonants in precomposed syllables
// (U+AC00 + (initial * 21 + vowel) * 28 + final), written as compatibility jamo.
constexpr QStringView kInitials = u"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
constexpr QStringView kFinals =
    u"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"; // index + 1
constexpr char16_t kFirstVowel = u'ㅏ'; // vowels are U+314F..U+3163 in syllable order
constexpr char16_t kSyllableBase = 0xAC00;

struct Pair
{
    char16_t first;
    char16_t second;
    char16_t joined;
};
// Two keys that make one vowel or one final consonant.
constexpr Pair kVowelPairs[] = {
    {u'ㅗ', u'ㅏ', u'ㅘ'}, {u'ㅗ', u'ㅐ', u'ㅙ'}, {u'ㅗ', u'ㅣ', u'ㅚ'}, {u'ㅜ', u'ㅓ', u'ㅝ'},
    {u'ㅜ', u'ㅔ', u'ㅞ'}, {u'ㅜ', u'ㅣ', u'ㅟ'}, {u'ㅡ', u'ㅣ', u'ㅢ'},
};
constexpr Pair kFinalPairs[] = {
    {u'ㄱ', u'ㅅ', u'ㄳ'}, {u'ㄴ', u'ㅈ', u'ㄵ'}, {u'ㄴ', u'ㅎ', u'ㄶ'}, {u'ㄹ', u'ㄱ', u'ㄺ'},
    {u'ㄹ', u'ㅁ', u'ㄻ'}, {u'ㄹ', u'ㅂ', u'ㄼ'}, {u'ㄹ', u'ㅅ', u'ㄽ'}, {u'ㄹ', u'ㅌ', u'ㄾ'},
    {u'ㄹ', u'ㅍ', u'ㄿ'}, {u'ㄹ', u'ㅎ', u'ㅀ'}, {u'ㅂ', u'ㅅ', u'ㅄ'},
};

template<std::size_t N> QChar joinPair(const Pair (&pairs)[N], QStringView keys)
{
    if (keys.size() == 1)
        return keys.front();
    for (const Pair &pair : pairs)
        if (keys.size() == 2 && keys[0] == QChar(pair.first) && keys[1] == QChar(pair.second))
            return QChar(pair.joined);
    return {};
}

template<std::size_t N> bool canJoin(const Pair (&pairs)[N], QChar first, QChar second)
{
    const QChar keys[] = {first, second};
    return !joinPair(pairs, QStringView(keys, 2)).isNull();
}

} // namespace

bool HangulComposer::isJamo(QChar c)
{
    return c.unicode() >= u'ㄱ' && c.unicode() <= u'ㅣ';
}

bool HangulComposer::isVowel(QChar c)
{
    return c.unicode() >= kFirstVowel && c.unicode() <= u'ㅣ';
}

bool HangulComposer::join(Syllable &syllable, QChar jamo, QString &carry)
{
    const bool vowel = isVowel(jamo);
    if (syllable.initial.isEmpty() && syllable.vowel.isEmpty()) {
        (vowel ? syllable.vowel : syllable.initial) = jamo;
        return true;
    }
    if (syllable.vowel.isEmpty()) // a consonant alone so far
        return vowel ? (syllable.vowel = jamo, true) : false;
    if (syllable.final.isEmpty()) {
        if (vowel)
            return syllable.vowel.size() == 1 && canJoin(kVowelPairs, syllable.vowel[0], jamo) &&
                   (syllable.vowel += jamo, true);
        // ㄸ ㅃ ㅉ never end a syllable; a vowel on its own takes no final.
        if (syllable.initial.isEmpty() || !kFinals.contains(jamo))
            return false;
        syllable.final = jamo;
        return true;
    }
    if (vowel) {
        // 달 + ㄱ + ㅏ: the last consonant starts the next syllable (달가, not 닭ㅏ).
        carry = syllable.final.right(1);
        syllable.final.chop(1);
        return false;
    }
    return syllable.final.size() == 1 && canJoin(kFinalPairs, syllable.final[0], jamo) &&
           (syllable.final += jamo, true);
}

QString HangulComposer::compose(const Syllable &syllable)
{
    const QChar vowel = joinPair(kVowelPairs, syllable.vowel);
    if (syllable.vowel.isEmpty())
        return syllable.initial;
    if (syllable.initial.isEmpty())
        return QString(vowel);
    const auto initial = kInitials.indexOf(syllable.initial[0]);
    const auto vowelIndex = vowel.unicode() - kFirstVowel;
    const auto final =
        syllable.final.isEmpty() ? 0 : kFinals.indexOf(joinPair(kFinalPairs, syllable.final)) + 1;
    return QString(QChar(char16_t(kSyllableBase + (initial * 21 + vowelIndex) * 28 + final)));
}

HangulComposer::Syllable HangulComposer::rebuild() const
{
    Syllable syllable;
    QString unused;
    for (const QChar key : m_keys)
        join(syllable, key, unused); // the keys kept always make one syllable
    return syllable;
}

QString HangulComposer::add(QChar jamo)
{
    if (!isJamo(jamo))
        return commit() + jamo;
    Syllable syllable = rebuild();
    QString carry;
    if (join(syllable, jamo, carry)) {
        m_keys += jamo;
        return {};
    }
    m_keys = carry + jamo;
    return compose(syllable);
}

QString HangulComposer::preedit() const
{
    return m_keys.isEmpty() ? QString() : compose(rebuild());
}

bool HangulComposer::backspace()
{
    if (m_keys.isEmpty())
        return false;
    m_keys.chop(1);
    return true;
}

QString HangulComposer::commit()
{
    const QString done = preedit();
    m_keys.clear();
    return done;
}

} // namespace kiosk::ui
