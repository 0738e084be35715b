#pragma once

#include "api/Enums.h"
#include "api/Page.h"
#include "api/Result.h"
#include "api/User.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

// What keeps people safe: reports for the moderators, and blocks between people.
class SafetyStore
{
public:
    explicit SafetyStore(const QSqlDatabase &db);

    qint64 report(qint64 reporterId, std::optional<qint64> postId, std::optional<qint64> commentId,
        ReportReason reason, const QString &note);
    void setBlocked(qint64 blockerId, qint64 blockedId, bool blocked);
    // Whom blockerId blocked, newest first.
    QList<User> blockedUsers(qint64 blockerId) const;
    // The same, a page at a time; a bad cursor gives bad_request.
    Result<Page<User>> blockedPage(qint64 blockerId, int limit, const QString &cursor) const;

private:
    QSqlDatabase m_db;
};

} // namespace Hearth
