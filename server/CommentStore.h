#pragma once

#include "api/Comment.h"
#include "api/Page.h"
#include "api/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// Comments and their one level of replies.
class CommentStore
{
public:
    explicit CommentStore(const QSqlDatabase &db);

    struct Record
    {
        qint64 id = 0;
        qint64 postId = 0;
        std::optional<qint64> parentId;
        qint64 authorId = 0;
        qint64 version = 1;
        bool deleted = false;
        qint64 replyCount = 0;
    };

    qint64 insert(qint64 postId, std::optional<qint64> parentId, qint64 authorId,
        const QString &body, const QString &contentWarning, qint64 createdAtMs);
    void update(qint64 id, const QString &body, const QString &contentWarning, qint64 editedAtMs);
    // Deletes a comment: one with replies stays as a tombstone. Gives how many visible
    // comments the post lost (for its commentCount).
    int remove(qint64 id);

    std::optional<Record> record(qint64 id) const;
    std::optional<Comment> comment(qint64 id) const;

    // Top-level comments oldest first, each followed by its replies; limit counts threads.
    Result<Page<Comment>> thread(
        qint64 postId, int limit, const QString &cursor, qint64 viewerId) const;

private:
    QList<Comment> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
};

} // namespace Hearth
