#pragma once

#include "PostJson.h"
#include "Sql.h"
#include "api/FeedQuery.h"
#include "api/Page.h"
#include "api/Post.h"
#include "api/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace Hearth {

class MediaStore;

// Posts, their topics, their reactions, and the topic feeds over them.
class PostStore
{
public:
    PostStore(const QSqlDatabase &db, const MediaStore &media);

    // What the routes need to decide about a post without loading all of it.
    struct Record
    {
        qint64 id = 0;
        qint64 authorId = 0;
        PostKind kind = PostKind::Post;
        qint64 version = 1;
        QString title;
        QString body;
        std::optional<qint64> mediaId;
        QStringList hashtags;
        QList<qint64> topicIds;
    };

    // Everything a new or edited post stores.
    struct Content
    {
        PostKind kind = PostKind::Post;
        qint64 authorId = 0;
        QString title;
        QString body;
        QString contentWarning;
        std::optional<qint64> mediaId;
        QStringList hashtags; // as written
        QList<qint64> topicIds; // one per hashtag, same order
        bool teamPrompt = false;
    };

    qint64 insert(const Content &content, qint64 createdAtMs, qint64 seq);
    // Replaces the content, bumps the version and sets editedAt.
    void update(qint64 id, const Content &content, qint64 editedAtMs, qint64 seq);
    void remove(qint64 id);
    void adjustCommentCount(qint64 id, int delta, qint64 seq);
    // Numbers a change to the post's comment thread that changes nothing of the post itself
    // (a comment edited), so that GET /changes reports the post and a reader re-reads it.
    void markChanged(qint64 id, qint64 seq);

    std::optional<Record> record(qint64 id) const;
    // The posts with these ids, in this order, as viewerId sees them (0: signed out).
    QList<Post> posts(const QList<qint64> &ids, qint64 viewerId) const;
    std::optional<Post> post(qint64 id, qint64 viewerId) const;

    // Sets or clears a person's reaction; gives whether anything changed.
    bool setReaction(qint64 postId, qint64 userId, std::optional<ReactionKind> kind, qint64 seq);
    Reactions reactions(qint64 postId, qint64 viewerId) const;

    // One page of a topic feed: post ids and the cursor of the next page, or a bad_request
    // for a cursor that is not one of ours. Latest and trending are both keyset pages over
    // an index: (createdAt, id) and (trending score, id), descending.
    Result<Page<qint64>> feed(qint64 topicId, const FeedQuery &query, qint64 viewerId) const;

    // feed() and posts() together: a page of posts, read in one transaction.
    Result<Page<Post>> feedPage(qint64 topicId, const FeedQuery &query, qint64 viewerId) const;
    // The same page as the JSON of GET /topics/{slug}/feed (PostJson::page of feedPage's
    // answer, byte for byte), written from the rows without making Posts of them.
    Result<QByteArray> feedJson(qint64 topicId, const FeedQuery &query, qint64 viewerId) const;

    // The SQL that computes posts.hashtags and posts.reaction_kinds for every post from the
    // rows they summarise, in dialect: what SQLite's schema step that brought them in runs,
    // and what the stores keep them equal to.
    static QStringList fillSummaries(Sql::Dialect dialect = Sql::Dialect::SQLite);

private:
    // A page of a feed: its post ids, and with posts or json, the posts themselves from the
    // same read (as Posts, or written as JSON).
    Result<Page<qint64>> feedRows(qint64 topicId, const FeedQuery &query, qint64 viewerId,
        QList<Post> *posts, PostJson::PageWriter *json) const;
    void writeTopics(qint64 id, const Content &content, qint64 createdAtMs, qint64 score);
    // Stores the trending score that follows from the post's counts (TrendingScore).
    void rescore(qint64 id, qint64 reactions, qint64 comments, qint64 createdAtMs);

    QSqlDatabase m_db;
    const MediaStore &m_media;
};

} // namespace Hearth
