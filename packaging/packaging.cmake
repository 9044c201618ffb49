# SPDX-License-Identifier: MIT
# Debian packages (CPack), one per component (packaging/README.md):
#   loyalty-kiosk          the kiosk, loyalty-kioskctl, the conffile, the kiosk unit (stripped;
#                          debug symbols in loyalty-kiosk-dbgsym)
#   loyalty-kiosk-session  the display: cage on tty1 running the kiosk, restarted inside it
#   loyalty-kiosk-tools    the wallet and relay simulators, the demo seed, a showroom relay unit
#   cmake --build build && (cd build && cpack -G DEB)
include_guard(GLOBAL)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/kiosk.conf
    DESTINATION /etc/loyalty-kiosk COMPONENT kiosk)
# The drop-in folder for fleet tools; its README is no *.conf, so the kiosk does not read it.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kiosk.conf.d/README
    DESTINATION /etc/loyalty-kiosk/kiosk.conf.d COMPONENT kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/loyalty-kiosk.service
    DESTINATION /lib/systemd/system COMPONENT kiosk)
# Cameras and serial scanners for the kiosk's user; /dev/loyalty-scanner (packaging/README.md).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/udev/70-loyalty-kiosk.rules
    DESTINATION /lib/udev/rules.d COMPONENT kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/session/loyalty-kiosk-session.service
    DESTINATION /lib/systemd/system COMPONENT session)
install(PROGRAMS ${PROJECT_SOURCE_DIR}/packaging/session/kiosk-session
    DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/loyalty-kiosk COMPONENT session)
# The out-of-service picture under the kiosk in the display session, drawn here (Python 3 and
# PIL, with the Noto CJK fonts: dev.sh installs them; .ci/package checks the package has it).
# The system's python3 (the one python3-pil belongs to) before any other on the PATH.
find_program(KIOSK_PYTHON3 python3 PATHS /usr/bin NO_DEFAULT_PATH)
find_program(KIOSK_PYTHON3 python3)
set(KIOSK_OUT_OF_SERVICE_PNG ${CMAKE_CURRENT_BINARY_DIR}/packaging/out-of-service.png)
if(KIOSK_PYTHON3)
    execute_process(COMMAND ${KIOSK_PYTHON3} -c "import PIL" RESULT_VARIABLE KIOSK_NO_PIL
        OUTPUT_QUIET ERROR_QUIET)
endif()
if(KIOSK_PYTHON3 AND KIOSK_NO_PIL EQUAL 0)
    add_custom_command(OUTPUT ${KIOSK_OUT_OF_SERVICE_PNG}
        COMMAND ${KIOSK_PYTHON3} ${PROJECT_SOURCE_DIR}/packaging/session/out-of-service.py
            ${KIOSK_OUT_OF_SERVICE_PNG}
        DEPENDS ${PROJECT_SOURCE_DIR}/packaging/session/out-of-service.py
        COMMENT "Drawing the session's out-of-service picture")
    add_custom_target(out-of-service-picture ALL DEPENDS ${KIOSK_OUT_OF_SERVICE_PNG})
    install(FILES ${KIOSK_OUT_OF_SERVICE_PNG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/loyalty-kiosk COMPONENT session)
else()
    message(WARNING "python3 with PIL not found: the session package has no out-of-service picture")
endif()
install(FILES ${PROJECT_SOURCE_DIR}/packaging/tools/loyalty-relay-sim.service
    DESTINATION /lib/systemd/system COMPONENT tools)

# Every package's /usr/share/doc: the copyright and the (gzipped, reproducible) changelog.
# Each package's lintian overrides, every one with the reason for it (packaging/lintian/).
foreach(package loyalty-kiosk loyalty-kiosk-session loyalty-kiosk-tools)
    string(REPLACE "loyalty-kiosk-" "" component ${package})
    if(package STREQUAL "loyalty-kiosk")
        set(component kiosk)
    endif()
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/lintian/${package}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides COMPONENT ${component})
endforeach()

set(KIOSK_CHANGELOG_GZ ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/packaging)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/packaging/debian/changelog)
execute_process(COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/debian/changelog
    OUTPUT_FILE ${KIOSK_CHANGELOG_GZ} COMMAND_ERROR_IS_FATAL ANY)
foreach(component kiosk session tools)
    set(package loyalty-kiosk-${component})
    if(component STREQUAL "kiosk")
        set(package loyalty-kiosk)
    endif()
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${KIOSK_CHANGELOG_GZ}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${package} COMPONENT ${component})
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME loyalty-kiosk)
set(CPACK_PACKAGE_VENDOR "The Loyalty Kiosk developers")
set(CPACK_PACKAGE_CONTACT "Loyalty Kiosk developers <dev@loyalty-kiosk.invalid>")
# CPackDeb puts the summary before each package's own description unless it is CPack's
# default: so it is, and each CPACK_DEBIAN_<COMPONENT>_DESCRIPTION's first line is its synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL kiosk session tools)
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME loyalty-kiosk)
set(CPACK_DEBIAN_SESSION_PACKAGE_NAME loyalty-kiosk-session)
set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME loyalty-kiosk-tools)
# The first line is the synopsis; the rest the long description.
# (lintian: description lines of 80 characters at most.)
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "Loyalty Kiosk: refunds of loyalty points approved by wallet signature
Shows the pending cancellations of purchases paid with loyalty points,
collects the customer's wallet signature by QR exchange and posts the
approval to the relay. Includes loyalty-kioskctl, the headless command
line, and the systemd unit.")
set(CPACK_DEBIAN_SESSION_DESCRIPTION "Loyalty Kiosk display session (cage on tty1)
Boots into the kiosk: a logind session on tty1 running cage, Debian's
Wayland kiosk compositor, with the kiosk full screen inside it and
restarted there when it ends.")
set(CPACK_DEBIAN_TOOLS_DESCRIPTION "Loyalty Kiosk simulators and demo data
The wallet simulator, the relay simulator with its demo data, and a relay
simulator unit for showrooms. Not needed on a shop's kiosk.")
# Runtime library dependencies from the binaries, udev (the rules; it makes the input and
# render groups the unit uses), plus what Qt only loads at run time: the
# platform plugins - Wayland (qt6-wayland: the display session, any compositor) and EGLFS
# (in libqt6opengl6: the bare unit on a display of its own; qt6-qpa-plugins has neither) -
# the SQLite driver of the journal, fonts that have Hangul, and GStreamer's v4l2 source
# (gstreamer1.0-plugins-good) for cameras. The shipped kiosk.conf scans with the camera, so
# that is a Depends, not a Recommends: an image built without recommends would otherwise have
# a camera that silently shows nothing.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS
    "adduser, udev, qt6-qpa-plugins, qt6-wayland, libqt6opengl6, libqt6sql6-sqlite, fonts-noto-cjk, gstreamer1.0-plugins-good")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "qt6-speech-speechd-plugin, speech-dispatcher")
set(CPACK_DEBIAN_KIOSK_PACKAGE_SUGGESTS "loyalty-kiosk-session, loyalty-kiosk-tools")
set(CPACK_DEBIAN_SESSION_PACKAGE_DEPENDS
    "loyalty-kiosk (= ${PROJECT_VERSION}), cage, xwayland, qt6-wayland, systemd, swayimg, socat")
set(CPACK_DEBIAN_SESSION_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS "adduser")
# Stripped binaries; the symbols go to loyalty-kiosk-dbgsym (and the tools' to theirs).
set(CPACK_DEBIAN_KIOSK_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_TOOLS_DEBUGINFO_PACKAGE ON)
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/debian/postinst ${PROJECT_SOURCE_DIR}/packaging/debian/prerm
    ${PROJECT_SOURCE_DIR}/packaging/debian/postrm ${PROJECT_SOURCE_DIR}/packaging/debian/conffiles)
set(CPACK_DEBIAN_SESSION_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/session/postinst ${PROJECT_SOURCE_DIR}/packaging/session/prerm)
set(CPACK_DEBIAN_TOOLS_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/tools/postinst)
include(CPack)
