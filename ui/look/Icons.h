#pragma once

#include <QIcon>
#include <QStringList>

// Hearth's icons: every action's icon (toolbar, menus, dialogs, the post view) is named as in
// the freedesktop icon naming specification and comes from the desktop's icon theme, so that
// Hearth looks at home there. Hearth carries its own SVG set as the fallback theme
// ("hearth", in the application's resources) for every name a desktop's theme lacks, and
// for desktops with no theme at all. Qt's own stock pixmaps are never used.
namespace Hearth::Icons {

// Makes Hearth's own set the fallback of whichever theme the desktop has. Once is enough;
// icon() does it the first time if nobody has.
void install();

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
