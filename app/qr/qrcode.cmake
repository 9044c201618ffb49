# SPDX-License-Identifier: MIT
# Drawing QR codes (libqrencode) and reading them (ZXing-cpp); scan sources.
# Qt Gui/Multimedia/SerialPort, libqrencode and ZXing are found in the top-level CMakeLists.txt,
# so that every target linking the core sees their imported targets.

# Paths are relative to app/ (this file is include()d from app/CMakeLists.txt).
target_sources(kioskcore PRIVATE
    qr/framedecoder.cpp qr/framedecoder.h
    qr/qrimage.cpp qr/qrimage.h
    qr/qrlogging.h
    qr/qrreader.cpp qr/qrreader.h
    scan/camerascansource.cpp scan/camerascansource.h
    scan/keyboardwedgescansource.cpp scan/keyboardwedgescansource.h
    scan/linesplitter.cpp scan/linesplitter.h
    scan/scanconfig.cpp scan/scanconfig.h
    scan/scanlogging.h
    scan/scansource.cpp scan/scansource.h
    scan/serialscansource.cpp scan/serialscansource.h
)
target_link_libraries(kioskcore
    PUBLIC Qt6::Gui Qt6::Multimedia Qt6::SerialPort
    PRIVATE PkgConfig::QRENCODE ZXing::ZXing)
