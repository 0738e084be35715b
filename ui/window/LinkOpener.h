#pragma once

#include <QCoreApplication>
#include <QString>

class QUrl;

namespace Hearth {

// Opens a link from a post or a crisis notice with the desktop's handler. Many desktops have
// nothing that places calls: a phone number is then copied, for the person's phone, and
// said so. What to tell the person comes back (nothing when the link opened).
class LinkOpener
{
    Q_DECLARE_TR_FUNCTIONS(LinkOpener)

public:
    struct Outcome
    {
        QString message; // empty when the link opened
        int shownForMs = 0; // how long the status bar shows it
    };

    static Outcome open(const QUrl &url);
};

} // namespace Hearth
