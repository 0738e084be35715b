#include "Notification.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr std::array<std::pair<NotificationKind, QStringView>, 4> notificationKinds{{
    {NotificationKind::Reply, u"reply"},
    {NotificationKind::CommentReply, u"comment_reply"},
    {NotificationKind::Reactions, u"reactions"},
    {NotificationKind::Mention, u"mention"},
}};

} // namespace

QString toWire(NotificationKind kind)
{
    for (const auto &[value, name] : notificationKinds) {
        if (value == kind)
            return name.toString();
    }
    return {};
}

std::optional<NotificationKind> notificationKindFromWire(QStringView name)
{
    for (const auto &[value, wire] : notificationKinds) {
        if (wire == name)
            return value;
    }
    return std::nullopt;
}

} // namespace Hearth
