#pragma once

// Fictional content for the cache suites, written for them.

#include "api/Comment.h"
#include "api/Post.h"

#include <QStringList>

namespace Hearth::CacheTest {

inline QDateTime baseTime()
{
    return QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
}

inline User member(qint64 id)
{
    return {id, QStringLiteral("member_%1").arg(id), QStringLiteral("Member %1").arg(id), false};
}

inline Post makePost(qint64 id, PostKind kind, const QDateTime &createdAt,
    const QStringList &hashtags, const QString &title = {}, const QString &body = {})
{
    Post post;
    post.id = id;
    post.kind = kind;
    post.author = member(100 + id % 7);
    post.title = title.isEmpty() ? QStringLiteral("Small steps, entry %1").arg(id) : title;
    post.body = body.isEmpty()
        ? QStringLiteral("Today I kept the evening quiet and wrote down three good things. "
                         "Entry %1.")
              .arg(id)
        : body;
    post.hashtags = hashtags;
    post.createdAt = createdAt;
    post.version = 1;
    post.commentCount = qAbs(id) % 5;
    post.reactions.setCount(ReactionKind::Hug, qAbs(id) % 4);
    return post;
}

inline Comment makeComment(qint64 id, qint64 postId, std::optional<qint64> parentId,
    const QDateTime &createdAt, const QString &body = {})
{
    Comment comment;
    comment.id = id;
    comment.postId = postId;
    comment.parentId = parentId;
    comment.author = member(200 + (id < 0 ? -id : id) % 5);
    comment.body
        = body.isEmpty() ? QStringLiteral("Thank you for sharing this (%1).").arg(id) : body;
    comment.createdAt = createdAt;
    comment.version = 1;
    return comment;
}

inline QList<qint64> idsOf(const QList<Post> &posts)
{
    QList<qint64> ids;
    for (const Post &post : posts)
        ids.append(post.id);
    return ids;
}

inline QList<qint64> idsOf(const QList<Comment> &comments)
{
    QList<qint64> ids;
    for (const Comment &comment : comments)
        ids.append(comment.id);
    return ids;
}

} // namespace Hearth::CacheTest
