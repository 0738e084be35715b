#pragma once

#include "api/Enums.h"
#include "api/Newsletter.h"
#include "api/Page.h"
#include "api/Result.h"
#include "api/Topic.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Hearth {

// Topics, their live counts, who joined them, and their newsletters.
class TopicStore
{
public:
    explicit TopicStore(const QSqlDatabase &db);

    // viewerId 0 is a signed-out reader: joined and subscribed are false.
    std::optional<Topic> topic(const QString &slug, qint64 viewerId) const;
    QList<Topic> topics(const QList<qint64> &ids, qint64 viewerId) const;
    // Topics, most members first, then by slug; prefix narrows by slug. A bad cursor
    // gives bad_request.
    Result<Page<Topic>> topicPage(
        const QString &slugPrefix, int limit, const QString &cursor, qint64 viewerId) const;
    std::optional<qint64> topicId(const QString &slug) const;

    // The topic of a hashtag, created on first use (named as first written).
    qint64 ensureTopic(
        const QString &tag, const QString &name = {}, const QString &description = {});

    // Joins or leaves; gives whether anything changed. seq numbers the change.
    bool setMembership(qint64 topicId, qint64 userId, bool joined, qint64 seq);
    // Adds delta to the count of kind on each topic.
    void adjustCounts(const QList<qint64> &topicIds, PostKind kind, int delta, qint64 seq);

    qint64 insertNewsletter(qint64 topicId, const QString &title, const QString &description,
        NewsletterCadence cadence);
    Result<Page<Newsletter>> newsletterPage(
        qint64 topicId, int limit, const QString &cursor, qint64 viewerId) const;
    std::optional<Newsletter> newsletter(qint64 id, qint64 viewerId) const;
    void setSubscription(qint64 newsletterId, qint64 userId, bool subscribed);

private:
    QList<Topic> select(const QString &where, const QVariantList &values, qint64 viewerId) const;
    QList<Newsletter> selectNewsletters(
        const QString &where, const QVariantList &values, qint64 viewerId) const;

    QSqlDatabase m_db;
};

} // namespace Hearth
