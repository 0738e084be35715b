# hearth_forbid_includes(<target> LAYERS <folder>...)
#
# Fails the build of <target> when one of its sources includes a header of one of the
# folders named ("cache" forbids #include "cache/..."). Every layer includes headers by
# their path from the top of the tree, so the compiler alone cannot keep a layer from
# reaching past the one below it: this check does, before the target compiles, and again
# whenever one of its sources changes. docs/architecture.md says which layer sees which.
function(hearth_forbid_includes target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "LAYERS")
    get_target_property(sources ${target} SOURCES)
    set(files "")
    foreach(source IN LISTS sources)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE)
        list(APPEND files "${source}")
    endforeach()
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_layering.stamp")
    list(JOIN files "|" file_list)
    list(JOIN arg_LAYERS "|" layer_list)
    list(JOIN arg_LAYERS ", " shown)
    add_custom_command(OUTPUT "${stamp}"
        COMMAND "${CMAKE_COMMAND}" "-DFILES=${file_list}" "-DLAYERS=${layer_list}"
            "-DTARGET=${target}" "-DROOT=${PROJECT_SOURCE_DIR}"
            -P "${PROJECT_SOURCE_DIR}/cmake/CheckIncludes.cmake"
        COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
        DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/CheckIncludes.cmake"
        COMMENT "Checking that ${target} includes no header of ${shown}"
        VERBATIM)
    add_custom_target(${target}_layering DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_layering)
endfunction()
