# Run by hearth_forbid_includes (cmake/Layering.cmake) as a script: FILES and LAYERS are
# lists joined by '|'; every include of a header in one of LAYERS is an error.
string(REPLACE "|" ";" files "${FILES}")
string(REPLACE "|" ";" layers "${LAYERS}")
list(JOIN layers "|" alternatives)
set(found "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](${alternatives})/")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]*)[\">].*" "\\1" header "${line}")
        cmake_path(RELATIVE_PATH file BASE_DIRECTORY "${ROOT}" OUTPUT_VARIABLE shown)
        string(APPEND found "\n  ${shown} includes ${header}")
    endforeach()
endforeach()
if(found)
    list(JOIN layers ", " named)
    message(FATAL_ERROR "${TARGET} may not include headers of ${named}: it reads them through "
        "models/ and sync/ (docs/architecture.md).${found}")
endif()
