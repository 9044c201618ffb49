# SPDX-License-Identifier: MIT
# cmake -DBINARY=<program> -P headlesslinks.cmake
# Fails when the program loads a graphics or multimedia library: the headless tools
# (loyalty-kioskctl, loyalty-wallet, loyalty-relay-sim) must run on a machine without any.
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libraries RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ldd ${BINARY} failed (${status})")
endif()
string(REGEX MATCHALL
    "lib(Qt6(Gui|Widgets|Multimedia|OpenGL|Svg|TextToSpeech|SerialPort|DBus)|GL|EGL|X11|xcb|wayland-[a-z]+|gst[a-z]+-1.0|pulse)[^ \t\n]*"
    graphical "${libraries}")
if(graphical)
    list(REMOVE_DUPLICATES graphical)
    message(FATAL_ERROR "${BINARY} loads libraries a headless tool must not need: ${graphical}")
endif()
string(REGEX MATCHALL "libQt6[A-Za-z]+" qt "${libraries}")
list(REMOVE_DUPLICATES qt)
message(STATUS "${BINARY}: ${qt}")
