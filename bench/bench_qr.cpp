// SPDX-License-Identifier: MIT
// What showing and reading a signing request costs: encoding and drawing a typical UR request,
// and reading a QR code from camera-sized grey frames (as FrameDecoder does, per frame).
#include "cameraframe.h"
#include "qr/framedecoder.h"
#include "qr/qrimage.h"
#include "qr/qrreader.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QVideoFrame>

#include <cstring>

#include <benchmark/benchmark.h>

using namespace kiosk::qr;
using kiosk::Result;

namespace {

// An upper-case UR of the size of a typical eth-sign-request.
QString typicalRequest()
{
    QString ur = QStringLiteral("UR:ETH-SIGN-REQUEST/");
    QRandomGenerator rng(4527);
    while (ur.size() < 300)
        ur += QChar(u'A' + char16_t(rng.bounded(26)));
    return ur;
}

void BM_EncodeAndDraw600(benchmark::State &state)
{
    const QString request = typicalRequest();
    for (auto _ : state) {
        Result<QImage> image = drawQrCode(request, 600);
        benchmark::DoNotOptimize(image);
    }
}
BENCHMARK(BM_EncodeAndDraw600)->Unit(benchmark::kMicrosecond);

void decodeFrame(benchmark::State &state, QSize size)
{
    const QImage frame = kiosk::test::cameraFrame(typicalRequest(), size);
    const QString expected = typicalRequest();
    if (const auto check = decodeImage(frame); !check || check->text != expected) {
        state.SkipWithError("the benchmark frame does not decode");
        return;
    }
    for (auto _ : state) {
        Result<DecodedQr> decoded = decodeLuminance(frame.constBits(), frame.width(),
                                                    frame.height(), int(frame.bytesPerLine()));
        benchmark::DoNotOptimize(decoded);
    }
}

void BM_DecodeFrame640x480(benchmark::State &state)
{
    decodeFrame(state, QSize(640, 480));
}
BENCHMARK(BM_DecodeFrame640x480)->Unit(benchmark::kMillisecond);

void BM_DecodeFrame1280x720(benchmark::State &state)
{
    decodeFrame(state, QSize(1280, 720));
}
BENCHMARK(BM_DecodeFrame1280x720)->Unit(benchmark::kMillisecond);

// The common case while the customer gets their phone out: a frame with no code in it. This
// is the worst case per frame: every strategy is tried before giving up.
void decodeEmptyFrame(benchmark::State &state, const DecodeOptions &options)
{
    QImage frame(1280, 720, QImage::Format_Grayscale8);
    QRandomGenerator rng(2);
    for (int y = 0; y < frame.height(); ++y) {
        uchar *line = frame.scanLine(y);
        for (int x = 0; x < frame.width(); ++x)
            line[x] = uchar(100 + rng.bounded(40));
    }
    for (auto _ : state) {
        Result<DecodedQr> decoded = decodeLuminance(
            frame.constBits(), frame.width(), frame.height(), int(frame.bytesPerLine()), options);
        benchmark::DoNotOptimize(decoded);
    }
}

void BM_DecodeEmptyFrame1280x720(benchmark::State &state)
{
    decodeEmptyFrame(state, DecodeOptions{});
}
BENCHMARK(BM_DecodeEmptyFrame1280x720)->Unit(benchmark::kMillisecond);

// The same without the second (global threshold) pass, to show what that pass costs.
void BM_DecodeEmptyFrame1280x720_LocalOnly(benchmark::State &state)
{
    DecodeOptions options;
    options.tryGlobalThreshold = false;
    decodeEmptyFrame(state, options);
}
BENCHMARK(BM_DecodeEmptyFrame1280x720_LocalOnly)->Unit(benchmark::kMillisecond);

// What the camera's frame handler costs the UI thread: FrameDecoder::submitFrame() on a
// 1080p NV12 frame, accepted (the Y plane is copied for the decoder thread) or dropped because a
// decode is still running. Either must stay far below a frame interval (33 ms at 30 fps).
void submitFrame(benchmark::State &state, bool whileBusy)
{
    const QImage grey = kiosk::test::cameraFrame(typicalRequest(), QSize(1920, 1080));
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly)) {
        state.SkipWithError("cannot map a video frame");
        return;
    }
    std::memset(frame.bits(1), 128, std::size_t(frame.mappedBytes(1)));
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y),
                    std::size_t(grey.width()));
    frame.unmap();

    FrameDecoder decoder;
    for (auto _ : state) {
        if (whileBusy && !decoder.isBusy()) {
            state.PauseTiming();
            decoder.submitFrame(frame); // start a decode that the timed submits run into
            state.ResumeTiming();
        }
        benchmark::DoNotOptimize(decoder.submitFrame(frame));
        if (!whileBusy) {
            state.PauseTiming();
            decoder.waitForIdle(10'000);
            state.ResumeTiming();
        }
    }
    decoder.waitForIdle(10'000);
}

void BM_SubmitFrame1080p_Accepted(benchmark::State &state)
{
    submitFrame(state, false);
}
BENCHMARK(BM_SubmitFrame1080p_Accepted)->Unit(benchmark::kMicrosecond);

void BM_SubmitFrame1080p_WhileBusy(benchmark::State &state)
{
    submitFrame(state, true);
}
BENCHMARK(BM_SubmitFrame1080p_WhileBusy)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    // QPainter on images needs no display, but fonts and image plugins like an application.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // no display needed
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
