# Installs hearth-server's systemd unit and settings file. Runs at install time (from
# packaging/CMakeLists.txt through install(CODE)), because the unit names the installed
# binary and settings file, and both depend on the prefix chosen then: `cmake --install
# --prefix` and CPack (which installs into /usr) choose it after configuring.
#
# Expects HEARTH_PACKAGING_SOURCE_DIR, HEARTH_PACKAGING_BINARY_DIR, and HEARTH_INSTALL_BINDIR,
# HEARTH_SERVER_DOCDIR and HEARTH_SYSTEMD_UNIT_DIR (each relative to the prefix, or absolute).

# GNUInstallDirs' rule: the settings of what lives in /usr are in /etc.
if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
    set(etc_dir "/etc")
else()
    set(etc_dir "${CMAKE_INSTALL_PREFIX}/etc")
endif()
cmake_path(ABSOLUTE_PATH HEARTH_INSTALL_BINDIR BASE_DIRECTORY "${CMAKE_INSTALL_PREFIX}"
    OUTPUT_VARIABLE bin_dir)
cmake_path(ABSOLUTE_PATH HEARTH_SERVER_DOCDIR BASE_DIRECTORY "${CMAKE_INSTALL_PREFIX}"
    OUTPUT_VARIABLE HEARTH_SERVER_DOCS)
cmake_path(ABSOLUTE_PATH HEARTH_SYSTEMD_UNIT_DIR BASE_DIRECTORY "${CMAKE_INSTALL_PREFIX}"
    OUTPUT_VARIABLE unit_dir)

set(HEARTH_SERVER_BINARY "${bin_dir}/hearth-server")
set(HEARTH_DEFAULTS_FILE "${etc_dir}/default/hearth-server")
set(unit "${HEARTH_PACKAGING_BINARY_DIR}/install/hearth-server.service")
configure_file("${HEARTH_PACKAGING_SOURCE_DIR}/server/hearth-server.service.in" "${unit}" @ONLY)

file(INSTALL DESTINATION "${unit_dir}" TYPE FILE FILES "${unit}")
file(INSTALL DESTINATION "${etc_dir}/default" TYPE FILE
    RENAME hearth-server FILES "${HEARTH_PACKAGING_SOURCE_DIR}/server/hearth-server.default")
