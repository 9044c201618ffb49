// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer targets: one quiet Qt application for the whole run, and helpers that
// cut a fuzz input into the pieces a parser is handed.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace kiosk::fuzz {

// A QCoreApplication (translations, event dispatch) and no log output: millions of inputs would
// otherwise each print their refusal.
template<typename App = QCoreApplication> inline void initQt(int *argc, char ***argv)
{
    // Never destroyed: libFuzzer exits from inside its driver, whose argc the application
    // refers to. Reachable from here, so not a leak either.
    static App *app = nullptr;
    static int appArgc = 1;
    if (app)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
            std::abort();
        }
    });
    QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
    appArgc = qMin(*argc, 1);
    app = new App(appArgc, *argv);
}

inline QByteArrayView view(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input cut at every '\n' (a text scanned per line); empty pieces kept.
inline QList<QByteArray> lines(QByteArrayView input)
{
    return QByteArray(input.data(), input.size()).split('\n');
}

// Reads a fuzz input from the front, a byte or a chunk at a time; zeros once it is used up.
class Reader
{
public:
    explicit Reader(QByteArrayView input) : m_input(input) {}

    bool atEnd() const { return m_pos >= m_input.size(); }
    std::uint8_t byte() { return atEnd() ? 0 : std::uint8_t(m_input[m_pos++]); }
    std::uint32_t u32()
    {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | byte();
        return v;
    }
    QByteArray bytes(qsizetype count)
    {
        count = qMax<qsizetype>(0, qMin(count, m_input.size() - m_pos));
        QByteArray out(m_input.data() + m_pos, count);
        m_pos += count;
        return out;
    }
    QByteArray rest() { return bytes(m_input.size() - m_pos); }

private:
    QByteArrayView m_input;
    qsizetype m_pos = 0;
};

// A broken invariant: a crash libFuzzer records with the input.
#define KIOSK_FUZZ_CHECK(condition)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #condition);     \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

} // namespace kiosk::fuzz

// One fuzz target: libFuzzer's two entry points around a body that sees the input as
// `QByteArrayView input` (a quiet `App`, QCoreApplication or QGuiApplication, is made before
// the first input). Use as
//   KIOSK_FUZZ_TARGET(QCoreApplication)
//   {
//       parse(input);
//   }
#define KIOSK_FUZZ_TARGET(App)                                                                     \
    static void fuzzOneInput(QByteArrayView input);                                                \
    extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)                                   \
    {                                                                                              \
        kiosk::fuzz::initQt<App>(argc, argv);                                                      \
        return 0;                                                                                  \
    }                                                                                              \
    extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)              \
    {                                                                                              \
        fuzzOneInput(kiosk::fuzz::view(data, size));                                               \
        return 0;                                                                                  \
    }                                                                                              \
    static void fuzzOneInput(QByteArrayView input)
