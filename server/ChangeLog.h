#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <utility>

namespace Hearth {

// The server's change sequence: one strictly increasing number that every change to a
// post, its counts or a topic's counts takes, so that GET /changes can say what changed
// after any number a client holds.
class ChangeLog
{
public:
    explicit ChangeLog(const QSqlDatabase &db);

    // Takes the next number for a change that touches these topics: a post's topics before
    // and after the change, or the topic whose counts changed. Call it inside the
    // transaction of the change it numbers.
    qint64 next(const QList<qint64> &topicIds);
    // Takes the next number for a change of one person's notifications: it touches no post
    // or topic, and concerns only that person's /changes (docs/api.md, The sequence).
    qint64 nextFor(qint64 userId);
    qint64 current() const;

    // What the numbers taken since the last takeTouched() touched, as GET /changes would
    // filter them: whom a committed write wakes (ChangeWaiters).
    struct Touched
    {
        qint64 last = 0; // the last number taken; 0 when none was
        QSet<qint64> topicIds;
        bool deletion = false; // a post was deleted (deletions are never filtered)
        bool shared = false; // a number was taken by next(): a change anyone may see
        QSet<qint64> userIds; // whose notifications changed (nextFor())

        bool any() const { return last > 0; }
    };
    // Gives what was touched and starts afresh: at the start of a write transaction (to
    // forget what one that rolled back took) and after its commit.
    Touched takeTouched() { return std::exchange(m_touched, {}); }
    // What was touched so far, kept.
    const Touched &touched() const { return m_touched; }

    struct Window
    {
        QList<qint64> changedPostIds; // by sequence
        QList<qint64> deletedPostIds;
        QList<qint64> changedTopicIds;
        qint64 upTo = 0; // the last sequence covered
        bool more = false; // capped: ask again from upTo
    };
    // What changed after since, at most maxPosts posts (changed and deleted together);
    // topicIds, when not empty, narrows changed posts to those that are or were in those
    // topics, and topics to those; deletions are never narrowed (docs/api.md).
    // At most maxTopics topics too; a cap on either sets more and pulls upTo back.
    Window since(qint64 since, const QList<qint64> &topicIds, int maxPosts, int maxTopics) const;

    void recordDeletion(qint64 postId, qint64 seq, const QList<qint64> &topicIds);
    // Notes that an edit took a post out of these topics.
    void recordDeparture(qint64 postId, qint64 seq, const QList<qint64> &topicIds);

private:
    QSqlDatabase m_db;
    Touched m_touched;
};

} // namespace Hearth
