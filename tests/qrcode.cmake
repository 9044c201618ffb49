# SPDX-License-Identifier: MIT
kiosk_add_test(tst_qrcode SOURCES tst_qrcode.cpp)
kiosk_add_test(tst_scansources SOURCES tst_scansources.cpp)
