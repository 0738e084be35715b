#include "LinkOpener.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Hearth {

LinkOpener::Outcome LinkOpener::open(const QUrl &url)
{
    if (QDesktopServices::openUrl(url))
        return {};
    if (url.scheme() == u"tel"_s) {
        const QString number = url.path();
        QGuiApplication::clipboard()->setText(number);
        return {tr("Call %1 from your phone. The number is copied.").arg(number), 15000};
    }
    return {tr("Hearth could not open %1.").arg(url.toDisplayString()), 8000};
}

} // namespace Hearth
