#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace Hearth {

class DraftStore;
class FeedCache;

// The person's saved drafts (DraftStore), newest first, for the Drafts page: each with
// where it belongs — a new post (in the topic of its first hashtag), an edit of a post, a
// comment on a post — and its first words. refresh() reads them again (the window calls it
// on Community::draftsChanged()).
class DraftListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { NewPost, PostEdit, Comment };
    Q_ENUM(Kind)

    enum Role {
        KeyRole = Qt::UserRole + 1, // the DraftStore's key
        KindRole, // Kind, as an int
        PostIdRole, // the post edited or commented on; 0 for a new post
        TopicSlugRole, // a new post's topic (its first hashtag); may be empty
        WhereRole, // "New post in Therapy", "Edit of “Title”", "Comment on “Title”"
        FirstWordsRole, // the draft's first words, on one line
        SavedAtRole, // when it was last saved
    };
    Q_ENUM(Role)

    // drafts and feed must outlive the model.
    DraftListModel(DraftStore &drafts, FeedCache &feed, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString &key) const;

public Q_SLOTS:
    void refresh();

private:
    struct Row
    {
        QString key;
        Kind kind = Kind::NewPost;
        qint64 postId = 0;
        QString slug;
        QString where;
        QString firstWords;
        QDateTime savedAt;

        bool operator==(const Row &) const = default;
    };

    DraftStore &m_drafts;
    FeedCache &m_feed;
    QList<Row> m_rows;
};

} // namespace Hearth
