# SPDX-License-Identifier: MIT
# Installing and packaging: `cmake --install BUILD [--prefix DIR]` puts the program, its desktop
# entry, icons and AppStream metadata in the usual places; `cpack -G DEB` (run in BUILD) makes a
# Debian package of the same files, its library dependencies found by dpkg-shlibdeps.
include(GNUInstallDirs)

# One id names the desktop entry, the icon, the metadata and the running window.
set(YIELDSCOPE_APP_ID "io.github.yieldscope.Yieldscope")
set(YIELDSCOPE_ICON_SIZES 48 128 256)
# The date of the release PROJECT_VERSION names, for the metadata's release list.
set(YIELDSCOPE_RELEASE_DATE "2026-11-22")

add_subdirectory(resources/linux)

install(TARGETS yieldscope RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

# The window shows the same icon (and names its desktop entry) when run from the build tree.
qt_add_resources(yieldscope yieldscope_app_icon
    PREFIX /icons
    BASE resources/linux
    FILES "resources/linux/${YIELDSCOPE_APP_ID}.svg")
target_compile_definitions(yieldscope PRIVATE YIELDSCOPE_APP_ID="${YIELDSCOPE_APP_ID}")

# Who answers for the package. The default names the project and no address, since it has
# none to give; a packager sets their own: -DYIELDSCOPE_PACKAGE_MAINTAINER="Name <email>".
set(YIELDSCOPE_PACKAGE_MAINTAINER "The Yieldscope authors"
    CACHE STRING "The Maintainer field of the Debian package: \"Name <email>\" or a name alone")

# The licence, in Debian's machine-readable copyright format, where Debian looks for it
# (/usr/share/doc/PACKAGE/copyright), written from LICENSE so there is one text.
include(cmake/DebianCopyright.cmake)
ys_write_debian_copyright("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/copyright")
install(FILES "${PROJECT_BINARY_DIR}/copyright" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/yieldscope")

set(CPACK_PACKAGE_NAME yieldscope)
set(CPACK_PACKAGE_VENDOR Yieldscope)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${YIELDSCOPE_PACKAGE_MAINTAINER}")
# A package for classroom machines: no debugging symbols, whatever the build type.
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${YIELDSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own texts (standard buttons and dialogs) in the learner's language: data, which
# dpkg-shlibdeps cannot find, so named here (ui/window/language.cpp loads qtbase_ru.qm).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-translations-l10n")
# The extended description under the summary (CPack indents it as dpkg wants).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Yieldscope shows what JavaScript's async iteration does: every next() a
for await loop calls, every await, every yield, every value received,
return() and cleanup on break, errors and console output, drawn on a
timeline beside the demo's code, one step at a time. For teaching and
learning async generators and iterators.")

include(CPack)
