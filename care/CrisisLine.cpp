#include "CrisisLine.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Hearth {

QString CrisisLine::textInstruction() const
{
    if (textNumber.isEmpty())
        return {};
    if (textKeyword.isEmpty()) {
        //: %1 is a number to send a text message (SMS) to
        return QCoreApplication::translate("Hearth::CrisisLine", "Text %1").arg(textNumber);
    }
    //: %1 is a word to send by text message (SMS), %2 the number to send it to
    return QCoreApplication::translate("Hearth::CrisisLine", "Text %1 to %2")
        .arg(textKeyword, textNumber);
}

QUrl CrisisLine::telUrl(const QString &phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    return QUrl(u"tel:"_s + digits);
}

} // namespace Hearth
