# The Debian packages, built by CPack from the install components (docs/packaging.md):
#   hearth          the client (component "client"): bin/hearth, desktop entry, metainfo, icons
#   hearth-server   the server (component "server"): bin/hearth-server, systemd unit, settings
# Included at the end of the top-level CMakeLists, after every install rule. Build them with
# `cpack --config <build>/CPackConfig.cmake`; scripts/package-check builds, validates,
# installs and removes them.

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hearth)
set(CPACK_PACKAGE_VENDOR "The Hearth project")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Each package's summary is the first line of its component's description: an empty summary
# keeps CPack from putting the project's description above both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
# One package per install component.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING IGNORE)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Hearth project <maintainers@hearth.example.org>")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps finds the libraries the executables link; what Qt and QtKeychain load at
# run time (plug-ins, libsecret) is named below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME hearth)
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "calm desktop client for peer-support communities
Hearth reads and writes in a topic-based peer-support community: posts,
stories and videos, reactions and comments. It keeps working offline from
a local cache and syncs with a hearth-server community when it can.")
# The SQLite driver (the cache), WebP pictures, libsecret (QtKeychain loads it to reach the
# Secret Service), and the GStreamer plug-ins Qt Multimedia needs to play the demo's
# Motion-JPEG AVI (-good), WebM and MP4/H.264 (-libav). The platform plug-ins for X11 and
# offscreen are in libqt6gui6, found by dpkg-shlibdeps. libqt6svg6 draws Hearth's own icons
# and holds the SVG icon engine plug-in the desktop's SVG icon themes need, which Qt loads
# at run time (dpkg-shlibdeps sees the library, not the plug-in): named to say so.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-image-formats-plugins, libqt6svg6, libsecret-1-0, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav")
# A Secret Service provider keeps the sign-in token (as libqt6keychain1 recommends);
# Wayland sessions, sound, and emoji in colour (without an emoji font each is an empty box).
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, qt6-wayland, gstreamer1.0-pulseaudio, fonts-noto-color-emoji")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SUGGESTS "hearth-server")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME hearth-server)
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "community server for the Hearth peer-support client
hearth-server is the reference server of the Hearth Community API: accounts,
topics, posts, comments, reactions and media, stored in SQLite (or PostgreSQL
when a community outgrows one process). It runs as
the systemd service hearth-server, under its own user, with its data in
/var/lib/hearth.")
# The SQLite and PostgreSQL drivers (the store) and WebP uploads. (libpq itself comes by
# dpkg-shlibdeps: the server links it.)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-image-formats-plugins")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "systemd")
file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/packaging/deb-server/conffiles
    CONTENT "/etc/default/hearth-server\n")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/server/postinst
    ${PROJECT_SOURCE_DIR}/packaging/server/prerm
    ${PROJECT_SOURCE_DIR}/packaging/server/postrm
    ${PROJECT_BINARY_DIR}/packaging/deb-server/conffiles)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# An install() rule that names neither component fills another one ("Unspecified"), which
# would become a third package: say so here, and let scripts/package-check fail on it.
get_cmake_property(other_components COMPONENTS)
list(REMOVE_ITEM other_components client server)
if(other_components)
    message(WARNING "install() rules without COMPONENT client or server fill the component(s) "
        "${other_components}: each would become a package of its own. Name client or server.")
    foreach(component IN LISTS other_components)
        string(TOUPPER ${component} upper)
        set(CPACK_DEBIAN_${upper}_DESCRIPTION "files of Hearth that no package claims")
    endforeach()
endif()

include(CPack)
cpack_add_component(client DISPLAY_NAME "Hearth")
cpack_add_component(server DISPLAY_NAME "hearth-server")
