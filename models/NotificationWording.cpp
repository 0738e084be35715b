#include "NotificationWording.h"

#include "PostWording.h"
#include "api/PersonText.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Hearth::NotificationWording {

namespace {

QString plural(ReactionKind kind)
{
    switch (kind) {
    case ReactionKind::Heart:
        return QCoreApplication::translate("Hearth::NotificationWording", "hearts");
    case ReactionKind::Hug:
        return QCoreApplication::translate("Hearth::NotificationWording", "hugs");
    case ReactionKind::MeToo:
        //: reactions that say "me too", as in "River and 2 others sent me-toos"
        return QCoreApplication::translate("Hearth::NotificationWording", "me-toos");
    case ReactionKind::SendingStrength:
        //: as in "River and 2 others sent strength"
        return QCoreApplication::translate("Hearth::NotificationWording", "strength");
    case ReactionKind::ThinkingOfYou:
        //: as in "River and 2 others sent thoughts" (the reaction "Thinking of you")
        return QCoreApplication::translate("Hearth::NotificationWording", "thoughts");
    }
    return {};
}

} // namespace

QString reactionWords(const QList<ReactionKind> &kinds)
{
    QStringList words;
    for (ReactionKind kind : kinds)
        words.append(plural(kind));
    if (words.isEmpty())
        return QCoreApplication::translate("Hearth::NotificationWording", "reactions");
    if (words.size() == 1)
        return words.first();
    const QString last = words.takeLast();
    //: the last two of a list: "hugs and hearts"; %1 is the list before the last (joined with
    //: ", "), %2 the last
    return QCoreApplication::translate("Hearth::NotificationWording", "%1 and %2")
        .arg(words.join(QStringLiteral(", ")), last);
}

QString summary(const Notification &notification)
{
    const QString name = PersonText::isolated(notification.actor.displayName.isEmpty()
            ? notification.actor.handle
            : notification.actor.displayName);
    switch (notification.kind) {
    case NotificationKind::Reply:
        return QCoreApplication::translate("Hearth::NotificationWording", "%1 replied to your post")
            .arg(name);
    case NotificationKind::CommentReply:
        return QCoreApplication::translate(
            "Hearth::NotificationWording", "%1 replied to your comment")
            .arg(name);
    case NotificationKind::Mention:
        return QCoreApplication::translate("Hearth::NotificationWording", "%1 mentioned you")
            .arg(name);
    case NotificationKind::Reactions:
        if (notification.others <= 0) {
            //: %1 is a person, %2 what they sent ("hugs")
            return QCoreApplication::translate("Hearth::NotificationWording", "%1 sent %2")
                .arg(name, reactionWords(notification.reactions));
        }
        // (Counted outside translate(): lupdate 6.4 loops on a template argument in its call.)
        const int others = int(std::min(notification.others, qint64(1000000)));
        //: %1 is a person, %n how many others reacted, %2 what they sent ("hugs and hearts")
        return QCoreApplication::translate(
            "Hearth::NotificationWording", "%1 and %n others sent %2", nullptr, others)
            .arg(name, reactionWords(notification.reactions));
    }
    return name;
}

QString preview(const Notification &notification)
{
    // One line: the words as plain text, control characters and line breaks as spaces.
    const QString title = PersonText::withoutDirectionControls(notification.title).simplified();
    const QString text = notification.kind == NotificationKind::Reactions
        ? QString()
        : PersonText::withoutDirectionControls(notification.text).simplified();
    if (title.isEmpty())
        return text.isEmpty() ? QString() : PersonText::isolated(text);
    //: a notification's post, by its title
    const QString post = QCoreApplication::translate("Hearth::NotificationWording", "“%1”")
                             .arg(PersonText::isolated(title));
    if (text.isEmpty())
        return post;
    //: a notification's preview: %1 is the post ("“Small steps”"), %2 the first words of the
    //: comment or the post
    return QCoreApplication::translate("Hearth::NotificationWording", "%1: %2")
        .arg(post, PersonText::isolated(text));
}

QString spoken(const Notification &notification, const QDateTime &now, const QString &preview)
{
    const QString when = PostWording::relativeTime(notification.createdAt, now);
    const QString what = preview.isEmpty()
        ? summary(notification)
        //: a notification for screen readers: %1 says what happened, %2 its preview
        : QCoreApplication::translate("Hearth::NotificationWording", "%1. %2.")
              .arg(summary(notification), preview);
    if (notification.read)
        return QCoreApplication::translate("Hearth::NotificationWording", "%1, %2").arg(what, when);
    //: a notification not read yet, for screen readers: %1 says what happened, %2 when
    return QCoreApplication::translate("Hearth::NotificationWording", "%1, %2, unread")
        .arg(what, when);
}

} // namespace Hearth::NotificationWording
