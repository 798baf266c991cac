# SPDX-License-Identifier: MIT
# ys_add_test(): every Qt Test executable of the tree is built and registered with ctest here, so
# that each test folder says only what is its own (what it links, its labels, its time limit).
#
#   ys_add_test(<name>                built from <name>.cpp; the ctest test has the same name
#       LIBRARIES <target>...         the project's libraries it tests (Qt6::Test and the
#                                     project's warnings are always linked)
#       [SOURCES <file>...]           more sources, besides <name>.cpp
#       [LABELS <label>...]           ctest labels (ctest -L / -LE)
#       [TIMEOUT <seconds>]           left out: ctest's default
#       [ENVIRONMENT <var=value>...]  left out: QT_QPA_PLATFORM=offscreen, headless
#       [DEFINITIONS <def>...]        compile definitions (paths the test reads or writes)
#       [APP])                        the test runs the program: YS_APP is its path, and the
#                                     program is built before the test
include_guard(GLOBAL)

function(ys_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "APP" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT;DEFINITIONS")
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "ys_add_test(${name}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT arg_LIBRARIES)
        message(FATAL_ERROR "ys_add_test(${name}): LIBRARIES names what the test links")
    endif()
    if(NOT arg_ENVIRONMENT)
        set(arg_ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    endif()

    qt_add_executable(${name} ${name}.cpp ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ${arg_LIBRARIES} Qt6::Test yieldscope_warnings)
    if(arg_DEFINITIONS)
        target_compile_definitions(${name} PRIVATE ${arg_DEFINITIONS})
    endif()
    if(arg_APP)
        target_compile_definitions(${name} PRIVATE YS_APP="$<TARGET_FILE:yieldscope>")
        add_dependencies(${name} yieldscope)
    endif()

    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${arg_ENVIRONMENT}")
    if(arg_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}")
    endif()
    if(arg_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT})
    endif()
endfunction()
