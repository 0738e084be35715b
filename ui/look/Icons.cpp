#include "Icons.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIcons, "hearth.icons")

namespace Hearth::Icons {

namespace {

const QString fallbackTheme = u"hearth"_s;
const QString setFolder = u":/icons/hearth/scalable/actions"_s;

} // namespace

void install()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    QStringList paths = QIcon::themeSearchPaths();
    if (!paths.contains(u":/icons"_s))
        paths.append(u":/icons"_s);
    QIcon::setThemeSearchPaths(paths);
    QIcon::setFallbackThemeName(fallbackTheme);
    // A desktop without a theme (a bare X server, the offscreen platform) gets Hearth's set
    // as its theme.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(fallbackTheme);
}

QIcon icon(const QString &name)
{
    install();
    if (!QFile::exists(setFolder + u'/' + name + u".svg"))
        qCWarning(lcIcons) << "Hearth's icon set has no" << name;
    Q_ASSERT_X(QFile::exists(setFolder + u'/' + name + u".svg"), "Icons::icon",
        "every icon Hearth uses has a fallback in resources/icons");
    return QIcon::fromTheme(name);
}

QStringList names()
{
    QStringList result;
    const QStringList files = QDir(setFolder).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        result.append(file.chopped(4));
    return result;
}

bool isHearthIcon(const QIcon &icon)
{
    return !icon.isNull() && !icon.name().isEmpty() && names().contains(icon.name());
}

} // namespace Hearth::Icons
