#include "TopicDirectoryModel.h"

#include "RoleNames.h"
#include "cache/FeedCache.h"

#include <algorithm>

namespace Hearth {

TopicDirectoryModel::TopicDirectoryModel(FeedCache &cache, QObject *parent)
    : QAbstractListModel(parent), m_cache(cache)
{
    refresh();
}

int TopicDirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

QVariant TopicDirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Topic &topic = m_topics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return topic.name.isEmpty() ? topic.slug : topic.name;
    case Qt::AccessibleTextRole:
        // What a screen reader says of the row: the name, then what the topic is about.
        return topic.description.isEmpty()
            ? topic.name
            : tr("%1: %2", "a topic: name, description").arg(topic.name, topic.description);
    case Qt::AccessibleDescriptionRole:
        return topic.joined ? tr("Joined") : tr("Not joined");
    case SlugRole:
        return topic.slug;
    case DescriptionRole:
        return topic.description;
    case MembersRole:
        return topic.counts.members;
    case PostsRole:
        return topic.counts.posts;
    case StoriesRole:
        return topic.counts.stories;
    case VideosRole:
        return topic.counts.videos;
    case JoinedRole:
        return topic.joined;
    case SearchTextRole:
        return QString(topic.name + u'\n' + topic.slug + u'\n' + topic.description);
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicDirectoryModel::roleNames() const
{
    return roleNamesFor<Role>(QAbstractListModel::roleNames());
}

int TopicDirectoryModel::rowOf(const QString &slug) const
{
    const auto found = std::find_if(
        m_topics.cbegin(), m_topics.cend(), [&slug](const Topic &t) { return t.slug == slug; });
    return found == m_topics.cend() ? -1 : int(found - m_topics.cbegin());
}

void TopicDirectoryModel::refresh()
{
    QList<Topic> topics = m_cache.topics();
    const bool sameRows = topics.size() == m_topics.size()
        && std::equal(topics.cbegin(), topics.cend(), m_topics.cbegin(),
            [](const Topic &a, const Topic &b) { return a.slug == b.slug; });
    if (sameRows) {
        if (topics == m_topics)
            return;
        m_topics = std::move(topics);
        Q_EMIT dataChanged(index(0), index(int(m_topics.size()) - 1));
        return;
    }
    beginResetModel();
    m_topics = std::move(topics);
    endResetModel();
}

} // namespace Hearth
