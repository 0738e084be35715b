#pragma once

#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Hearth {

class Store;

// Fills a new data folder with the demo community from resources/demo: members, topics
// with descriptions, newsletters, posts, stories and videos with generated pictures and
// clips, comments with replies, reactions and edits, and what the members were told of the
// conversations (replies and mentions; what is more than a day old is read). All of it is
// original and fictional.
class DemoCommunity
{
public:
    DemoCommunity(Store &store, const QDir &mediaDir);

    // Whether the database already has people in it (then the demo is not added again).
    bool isPopulated() const;
    bool populate();
    QString errorString() const { return m_error; }

private:
    bool addItem(const QJsonObject &item, qint64 nowMs);
    qint64 addPhoto(const QJsonObject &photo, qint64 ownerId);
    qint64 addVideo(const QJsonObject &video, qint64 ownerId);
    qint64 userId(const QString &handle) const;
    // The notifications the comments made, in the order they were written; those of more
    // than a day before nowMs read.
    void tellMembers(qint64 nowMs);

    Store &m_store;
    QDir m_mediaDir;
    QHash<QString, qint64> m_users;
    QString m_error;
};

} // namespace Hearth
