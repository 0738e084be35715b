#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Hearth {

// A crisis line or a directory of helplines, as the crisis-resources notice shows it.
// Everything comes from resources/care/crisis-lines.json, where each line has the page
// of its organisation that publishes it (source).
struct CrisisLine
{
    QString country; // ISO 3166-1 alpha-2 ("DE"); empty for an international directory
    QString name;
    QStringList phones; // as dialled in that country ("0800 111 0 111")
    QString textNumber; // where to send a text message; empty when there is no text line
    QString textKeyword; // the word to send ("HOME"); empty when any message will do
    QUrl url; // where to chat or read more
    QString hours; // "24/7", or a note on opening hours; empty when not known
    QStringList languages; // ISO 639-1 codes the line answers in
    QUrl source; // the organisation's page that publishes the number

    bool isAlwaysOpen() const { return hours == u"24/7"; }
    bool hasTextLine() const { return !textNumber.isEmpty(); }

    // "Text HOME to 741741", or "Text 988", translated (context "Hearth::CrisisLine").
    QString textInstruction() const;
    // A tel: link for one of phones ("tel:08001110111").
    static QUrl telUrl(const QString &phone);

    bool operator==(const CrisisLine &) const = default;
};

} // namespace Hearth
