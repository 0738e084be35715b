#pragma once

#include <QIcon>
#include <QStringList>

// Hearth's icons: every action's icon (toolbar, menus, dialogs, the post view) is named as in
// the freedesktop icon naming specification and comes from the desktop's icon theme, so that
// Hearth looks at home there. Hearth carries its own SVG set (resources/icons/hearth, built
// into the application), drawn in the palette's ink, for every name a desktop's theme lacks
// or draws in colours that cannot be seen on Hearth's window, and for desktops with no theme
// at all (TintedIconEngine decides at each paint). Qt's own stock pixmaps are never used.
namespace Hearth::Icons {

// The icon called name (a freedesktop name, "go-previous"), from the desktop's theme or
// Hearth's set. Warns (in debug builds, asserts) when Hearth's set has no such name, because
// then a desktop without the name would show nothing.
QIcon icon(const QString &name);

// The names Hearth's own set provides.
QStringList names();

// Whether icon is one of Hearth's named icons (from the theme or the fallback set): what the
// tests ask of every icon the window shows.
bool isHearthIcon(const QIcon &icon);

} // namespace Hearth::Icons
