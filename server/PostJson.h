#pragma once

#include "api/Page.h"
#include "api/Post.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Hearth {

// Writes posts as JSON straight into bytes: the same bytes as
// Json::serialize(Json::toJson(...)) (keys in QJsonObject's sorted order, Qt's escaping),
// without building a QJsonObject per post, field and array first. A feed page spent a third
// of its time building and serialising those; tst_postjson holds the two byte for byte.
namespace PostJson {

QByteArray page(const Page<Post> &page);
void append(QByteArray &out, const Post &post);

// A post as its stored columns hold it, text in UTF-8, for writing a page without making a
// Post (and QStrings) of each row first: the views are valid while the row is.
struct StoredPost
{
    qint64 id = 0;
    QByteArrayView kind;
    QByteArrayView title;
    QByteArrayView body;
    QByteArrayView contentWarning;
    qint64 createdAtMs = 0;
    std::optional<qint64> editedAtMs;
    qint64 version = 1;
    qint64 commentCount = 0;
    bool teamPrompt = false;
    QByteArrayView hashtags; // separated by spaces
    QByteArrayView reactionKinds; // "kind:count,kind:count"
    QByteArrayView mine; // the reader's reaction's kind, or empty
    qint64 authorId = 0;
    QByteArrayView authorHandle;
    QByteArrayView authorName;
    bool authorTeam = false;
    std::optional<qint64> authorAvatarId;
    std::optional<qint64> mediaId;
    QByteArrayView mediaKind;
    QByteArrayView mediaMimeType;
    qint64 mediaWidth = 0;
    qint64 mediaHeight = 0;
    qint64 mediaByteSize = 0;
    QByteArrayView mediaAltText;
    bool mediaSensitive = false;
    std::optional<qint64> mediaPosterId;
    std::optional<qint64> mediaDurationMs;
};

// Parses StoredPost::reactionKinds into counts; kinds this build does not know are left out.
void readReactionKinds(QByteArrayView stored, Reactions &reactions);

// Writes a page of stored posts, one at a time: the bytes page() writes for the same posts.
class PageWriter
{
public:
    PageWriter();
    void add(const StoredPost &post);
    QByteArray finish(const QString &nextCursor);

private:
    QByteArray m_out;
    bool m_first = true;
};

} // namespace PostJson

} // namespace Hearth
