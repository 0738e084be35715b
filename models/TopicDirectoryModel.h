#pragma once

#include "api/Topic.h"

#include <QAbstractListModel>
#include <QList>

namespace Hearth {

class FeedCache;

// Every topic of the community the cache holds (all of GET /topics once the sync engine has
// paged to its end), most members first, for the topic directory: one row per topic with its
// name, description, counts and whether the person joined. It reads the cache again on
// refresh(); rows that stay (the same topics in the same order) change in place, so that the
// view keeps its current row and scroll while counts and Join states change.
class TopicDirectoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SlugRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        MembersRole,
        PostsRole,
        StoriesRole,
        VideosRole,
        JoinedRole,
        // Name, slug and description in one string, for a filter over the three.
        SearchTextRole,
    };
    Q_ENUM(Role)

    // cache must outlive the model.
    explicit TopicDirectoryModel(FeedCache &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The row of the topic with slug; -1 when there is none.
    int rowOf(const QString &slug) const;
    Topic topicAt(int row) const { return m_topics.value(row); }

public Q_SLOTS:
    // Reads the cached topics again.
    void refresh();

private:
    FeedCache &m_cache;
    QList<Topic> m_topics;
};

} // namespace Hearth
