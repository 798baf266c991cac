# SPDX-License-Identifier: MIT
# The program's languages: English in the sources, Russian in translations/yieldscope_ru.ts.
# lupdate collects every tr() of ui/ and app/ and every YS_TRANSLATE_NOOP of core/ (the engine's
# texts, core/text/translatable.hpp) into the .ts files; the build compiles them into .qm files
# and embeds them in the program under :/i18n (ui/window/language.cpp loads them from there).
#
#   cmake --build BUILD --target update_translations   sources -> translations/*.ts
#   cmake --build BUILD --target release_translations  .ts -> .qm (every build does this)
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

set(YIELDSCOPE_TS_FILES "${PROJECT_SOURCE_DIR}/translations/yieldscope_ru.ts")
# The engine's texts are marked with its own macro, since core/ has no Qt; no line numbers in
# the .ts, so that moving code does not change the translations' file.
set(YIELDSCOPE_LUPDATE_OPTIONS -tr-function-alias QT_TRANSLATE_NOOP+=YS_TRANSLATE_NOOP -locations none -no-obsolete)

file(GLOB_RECURSE ys_translated_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.hpp"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.hpp"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.hpp")
set(YIELDSCOPE_TRANSLATED_SOURCES ${ys_translated_sources})

# On the window's library, so that the program and the window's tests carry the same .qm files.
qt_add_translations(yieldscope_ui
    TS_FILES ${YIELDSCOPE_TS_FILES}
    SOURCES ${YIELDSCOPE_TRANSLATED_SOURCES}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS ${YIELDSCOPE_LUPDATE_OPTIONS})
