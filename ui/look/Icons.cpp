#include "Icons.h"

#include "TintedIconEngine.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIcons, "hearth.icons")

namespace Hearth::Icons {

namespace {

const QString setFolder = u":/icons/hearth/scalable/actions"_s;

} // namespace

QIcon icon(const QString &name)
{
    const QString file = setFolder + u'/' + name + u".svg";
    const bool known = QFile::exists(file);
    if (!known)
        qCWarning(lcIcons) << "Hearth's icon set has no" << name;
    Q_ASSERT_X(known, "Icons::icon", "every icon Hearth uses has a fallback in resources/icons");
    // A desktop with no theme (the offscreen platform) has no icons at all; hicolor (a bare X
    // server's) has no action icons.
    const QIcon themed = !QIcon::themeName().isEmpty() && QIcon::hasThemeIcon(name)
        ? QIcon::fromTheme(name)
        : QIcon();
    return QIcon(new TintedIconEngine(name, file, themed));
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
