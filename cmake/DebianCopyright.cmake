# SPDX-License-Identifier: MIT
# Writes Debian's machine-readable copyright file
# (https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/) from the project's MIT
# LICENSE: the holder and year come from its "Copyright (c)" line, the text from the lines after.
function(ys_write_debian_copyright license_file output)
    file(STRINGS "${license_file}" lines)
    set(holder "")
    set(text "")
    foreach(line IN LISTS lines)
        if(holder STREQUAL "")
            if(line MATCHES "^Copyright \\(c\\) (.+)$")
                set(holder "${CMAKE_MATCH_1}")
            endif()
        elseif(line STREQUAL "")
            # A blank line of the text is a lone dot in the field's continuation lines.
            string(APPEND text "\n .")
        else()
            string(APPEND text "\n ${line}")
        endif()
    endforeach()
    if(holder STREQUAL "")
        message(FATAL_ERROR "${license_file} has no \"Copyright (c) YEAR HOLDER\" line")
    endif()
    # The text starts with the line after the copyright line's blank: drop that leading dot.
    string(REGEX REPLACE "^\n \\." "" text "${text}")
    file(CONFIGURE OUTPUT "${output}" CONTENT "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Yieldscope

Files: *
Copyright: ${holder}
License: MIT${text}
" @ONLY)
    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${license_file}")
endfunction()
