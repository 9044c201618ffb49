# SPDX-License-Identifier: MIT
# Debian package (CPack): binaries in /usr/bin, the sample configuration in /etc/loyalty-kiosk
# (a conffile, so local edits survive upgrades), the systemd unit, the demo seed.
#   cmake --build build && (cd build && cpack -G DEB)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/kiosk.conf DESTINATION /etc/loyalty-kiosk)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/loyalty-kiosk.service DESTINATION lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME loyalty-kiosk)
set(CPACK_PACKAGE_VENDOR "The Loyalty Kiosk developers")
set(CPACK_PACKAGE_CONTACT "Loyalty Kiosk developers <dev@loyalty-kiosk.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # runtime library dependencies from the binaries
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-wayland, qt6-speech-speechd-plugin, speech-dispatcher, fonts-noto-cjk")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/debian/postinst ${PROJECT_SOURCE_DIR}/packaging/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
