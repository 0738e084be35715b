#include "PostWording.h"

#include "api/PersonText.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Hearth::PostWording {

// Every string here is in the context "Hearth::PostWording" (lupdate reads the literal). No
// digit separators in this file: Qt 6.4's lupdate takes 86'400 before a translate() for the
// start of a character literal and never finishes.

QString kindName(PostKind kind)
{
    switch (kind) {
    case PostKind::Story:
        return QCoreApplication::translate("Hearth::PostWording", "Story");
    case PostKind::Video:
        return QCoreApplication::translate("Hearth::PostWording", "Video");
    case PostKind::Post:
        break;
    }
    return QCoreApplication::translate("Hearth::PostWording", "Post");
}

QString relativeTime(const QDateTime &when, const QDateTime &now, QLocale::FormatType dateFormat)
{
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 60 * Minute;
    constexpr qint64 Day = 24 * Hour;
    const qint64 seconds = when.secsTo(now);
    if (seconds < Minute)
        return QCoreApplication::translate("Hearth::PostWording", "just now");
    if (seconds < Hour) {
        return QCoreApplication::translate(
            "Hearth::PostWording", "%n min ago", nullptr, int(seconds / Minute));
    }
    if (seconds < Day) {
        return QCoreApplication::translate(
            "Hearth::PostWording", "%n h ago", nullptr, int(seconds / Hour));
    }
    if (seconds < 2 * Day)
        return QCoreApplication::translate("Hearth::PostWording", "yesterday");
    if (seconds < 7 * Day) {
        return QCoreApplication::translate(
            "Hearth::PostWording", "%n days ago", nullptr, int(seconds / Day));
    }
    return QLocale().toString(when.toLocalTime().date(), dateFormat);
}

QString reactions(int count)
{
    return QCoreApplication::translate("Hearth::PostWording", "%Ln reactions", nullptr, count);
}

QString comments(int count)
{
    return QCoreApplication::translate("Hearth::PostWording", "%Ln comments", nullptr, count);
}

QString countsLine(int reactionCount, int commentCount)
{
    return reactions(reactionCount) + u" · "_s + comments(commentCount);
}

QString headline(
    PostKind kind, const QString &author, const QDateTime &when, bool edited, const QDateTime &now)
{
    QString line = kindName(kind) + u" · "_s + PersonText::isolated(author) + u" · "_s
        + relativeTime(when, now);
    if (edited)
        line += u" "_s + QCoreApplication::translate("Hearth::PostWording", "(edited)");
    return line;
}

QString localMark(LocalState state)
{
    switch (state) {
    case LocalState::Pending:
        return QCoreApplication::translate("Hearth::PostWording", "Waiting to send");
    case LocalState::Failed:
        return QCoreApplication::translate("Hearth::PostWording", "Not sent");
    case LocalState::Synced:
        break;
    }
    return {};
}

} // namespace Hearth::PostWording
