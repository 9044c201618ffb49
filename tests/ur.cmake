# SPDX-License-Identifier: MIT
kiosk_add_test(tst_ur SOURCES tst_ur.cpp)
