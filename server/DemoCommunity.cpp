#include "DemoCommunity.h"

#include "ImageProcessor.h"
#include "MediaFiles.h"
#include "MjpegAviWriter.h"
#include "Passwords.h"
#include "ScenePainter.h"
#include "Sql.h"
#include "Store.h"
#include "api/Hashtags.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr qint64 hourMs = 3'600'000;
const QSize photoSize(960, 640);
const QSize videoSize(320, 240);
constexpr int videoFramesPerSecond = 10;

QJsonObject readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1"_s.arg(path);
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        *error = u"%1: %2"_s.arg(path, parseError.errorString());
    return document.object();
}

} // namespace

DemoCommunity::DemoCommunity(Store &store, const QDir &mediaDir)
    : m_store(store), m_mediaDir(mediaDir)
{ }

bool DemoCommunity::isPopulated() const
{
    return Sql::scalar(m_store.connection(), u"SELECT COUNT(*) FROM users"_s).toLongLong() > 0;
}

qint64 DemoCommunity::userId(const QString &handle) const
{
    return m_users.value(handle);
}

bool DemoCommunity::populate()
{
    const QJsonObject community = readJson(u":/demo/community.json"_s, &m_error);
    QJsonArray items = readJson(u":/demo/posts.json"_s, &m_error).value(u"items"_s).toArray();
    for (const QJsonValue &story :
        readJson(u":/demo/stories.json"_s, &m_error).value(u"items"_s).toArray())
        items.append(story);
    if (!m_error.isEmpty())
        return false;

    try {
        Sql::Transaction transaction(m_store.connection());
        // One hash for every demo member: they all share the documented demo password.
        const QByteArray hash = Passwords::hash(community.value(u"password"_s).toString());
        for (const QJsonValue &value : community.value(u"members"_s).toArray()) {
            const QJsonObject member = value.toObject();
            const QString handle = member.value(u"handle"_s).toString();
            m_users.insert(handle,
                m_store.accounts().insertUser(handle, member.value(u"displayName"_s).toString(),
                    hash, member.value(u"team"_s).toBool()));
            // A few say something of themselves, and show the topics they follow.
            if (member.contains(u"bio"_s)) {
                ProfilePatch profile;
                profile.bio = member.value(u"bio"_s).toString();
                profile.topicsPublic = member.value(u"topicsPublic"_s).toBool();
                m_store.profiles().update(m_users.value(handle), profile);
            }
        }
        for (const QJsonValue &value : community.value(u"topics"_s).toArray()) {
            const QJsonObject topic = value.toObject();
            m_store.topics().ensureTopic(topic.value(u"tag"_s).toString(),
                topic.value(u"name"_s).toString(), topic.value(u"description"_s).toString());
        }
        for (const QJsonValue &value : community.value(u"newsletters"_s).toArray()) {
            const QJsonObject newsletter = value.toObject();
            const qint64 topicId
                = m_store.topics().ensureTopic(newsletter.value(u"topic"_s).toString());
            m_store.topics().insertNewsletter(topicId, newsletter.value(u"title"_s).toString(),
                newsletter.value(u"description"_s).toString(),
                newsletterCadenceFromWire(newsletter.value(u"cadence"_s).toString())
                    .value_or(NewsletterCadence::Weekly));
        }
        const QJsonObject joins = community.value(u"joins"_s).toObject();
        for (auto it = joins.begin(); it != joins.end(); ++it) {
            const qint64 topicId = m_store.topics().ensureTopic(it.key());
            for (const QJsonValue &handle : it.value().toArray())
                m_store.topics().setMembership(
                    topicId, userId(handle.toString()), true, m_store.changes().next({topicId}));
        }

        // Oldest first, so ids grow with time as they would on a real server.
        QList<QJsonObject> sorted;
        for (const QJsonValue &item : std::as_const(items))
            sorted.append(item.toObject());
        std::stable_sort(
            sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"hoursAgo"_s).toDouble() > b.value(u"hoursAgo"_s).toDouble();
            });
        const qint64 now = Sql::nowMs();
        for (const QJsonObject &item : std::as_const(sorted)) {
            if (!addItem(item, now))
                return false;
        }
        tellMembers(now);
        transaction.commit();
    } catch (const Sql::Error &error) {
        m_error = QString::fromUtf8(error.what());
        return false;
    }
    return true;
}

void DemoCommunity::tellMembers(qint64 nowMs)
{
    QSqlQuery comments = Sql::exec(m_store.connection(),
        u"SELECT id, post_id, parent_id, author_id, body, created_at FROM comments "
        "ORDER BY created_at, id"_s);
    while (comments.next()) {
        const QVariant parent = comments.value(2);
        m_store.notifications().commented(comments.value(1).toLongLong(),
            comments.value(0).toLongLong(),
            parent.isNull() ? std::nullopt : std::optional(parent.toLongLong()),
            comments.value(3).toLongLong(), comments.value(4).toString(),
            comments.value(5).toLongLong());
    }
    QSqlQuery read = Sql::exec(m_store.connection(),
        u"SELECT recipient_id, max(id) FROM notifications WHERE created_at < ? "
        "GROUP BY recipient_id"_s,
        {nowMs - 24 * hourMs});
    while (read.next())
        m_store.notifications().markRead(read.value(0).toLongLong(), read.value(1).toLongLong());
}

qint64 DemoCommunity::addPhoto(const QJsonObject &photo, qint64 ownerId)
{
    const QImage image = ScenePainter::paint(photo.value(u"scene"_s).toString(), photoSize);
    if (image.isNull())
        return 0;
    const ImageProcessor::Output encoded = ImageProcessor::encode(image);
    MediaStore::Record record;
    record.ownerId = ownerId;
    record.media.kind = MediaKind::Image;
    record.media.mimeType = QString::fromLatin1(encoded.mimeType);
    record.media.width = encoded.width;
    record.media.height = encoded.height;
    record.media.byteSize = encoded.bytes.size();
    return MediaFiles(m_store.media(), m_mediaDir).store(record, encoded.bytes, encoded.thumbnail);
}

qint64 DemoCommunity::addVideo(const QJsonObject &video, qint64 ownerId)
{
    const QString scene = video.value(u"scene"_s).toString();
    const int seconds = std::clamp(video.value(u"seconds"_s).toInt(4), 1, 10);
    const int frameCount = seconds * videoFramesPerSecond;
    QList<QImage> frames;
    for (int i = 0; i < frameCount; ++i)
        frames.append(ScenePainter::paint(scene, videoSize, qreal(i) / frameCount));
    if (frames.first().isNull())
        return 0;

    const qint64 posterId = addPhoto(QJsonObject{{u"scene"_s, scene}}, ownerId);
    const QByteArray clip = MjpegAviWriter::write(frames, videoFramesPerSecond);
    MediaStore::Record record;
    record.ownerId = ownerId;
    record.media.kind = MediaKind::Video;
    record.media.mimeType = QString::fromLatin1(MjpegAviWriter::mimeType);
    record.media.width = videoSize.width();
    record.media.height = videoSize.height();
    record.media.byteSize = clip.size();
    record.media.posterId = posterId;
    record.media.durationMs = qint64(seconds) * 1000;
    return MediaFiles(m_store.media(), m_mediaDir).store(record, clip, {});
}

bool DemoCommunity::addItem(const QJsonObject &item, qint64 nowMs)
{
    const QString key = item.value(u"key"_s).toString();
    PostStore::Content content;
    content.kind = postKindFromWire(item.value(u"kind"_s).toString()).value_or(PostKind::Post);
    content.authorId = userId(item.value(u"author"_s).toString());
    content.title = item.value(u"title"_s).toString();
    content.body = item.value(u"body"_s).toString();
    content.contentWarning = item.value(u"contentWarning"_s).toString();
    content.teamPrompt = item.value(u"teamPrompt"_s).toBool();
    QStringList extra;
    for (const QJsonValue &tag : item.value(u"hashtags"_s).toArray())
        extra.append(tag.toString());
    content.hashtags = Hashtags::forPost(content.title, content.body, extra);
    if (content.authorId == 0 || content.hashtags.isEmpty()) {
        m_error = u"demo item %1 has an unknown author or no hashtag"_s.arg(key);
        return false;
    }
    for (const QString &tag : std::as_const(content.hashtags))
        content.topicIds.append(m_store.topics().ensureTopic(tag));

    QString altText;
    bool sensitive = false;
    if (item.contains(u"video"_s)) {
        content.mediaId = addVideo(item.value(u"video"_s).toObject(), content.authorId);
        altText = item.value(u"video"_s).toObject().value(u"alt"_s).toString();
    } else if (item.contains(u"photo"_s)) {
        content.mediaId = addPhoto(item.value(u"photo"_s).toObject(), content.authorId);
        altText = item.value(u"photo"_s).toObject().value(u"alt"_s).toString();
        sensitive = item.value(u"photo"_s).toObject().value(u"sensitive"_s).toBool();
    }
    if (content.mediaId && *content.mediaId == 0) {
        m_error = u"demo item %1: its picture or clip could not be made"_s.arg(key);
        return false;
    }

    const qint64 createdAt = nowMs - qint64(item.value(u"hoursAgo"_s).toDouble() * hourMs);
    const qint64 seq = m_store.changes().next(content.topicIds);
    const qint64 id = m_store.posts().insert(content, createdAt, seq);
    if (content.mediaId)
        m_store.media().attach(*content.mediaId, id, altText, sensitive);
    m_store.topics().adjustCounts(content.topicIds, content.kind, +1, seq);
    if (item.contains(u"editedHoursAfter"_s)) {
        const qint64 editedAt
            = createdAt + qint64(item.value(u"editedHoursAfter"_s).toDouble() * hourMs);
        m_store.posts().update(
            id, content, std::min(editedAt, nowMs), m_store.changes().next(content.topicIds));
    }

    const QJsonObject reactions = item.value(u"reactions"_s).toObject();
    for (auto it = reactions.begin(); it != reactions.end(); ++it) {
        const auto kind = reactionKindFromWire(it.value().toString());
        if (userId(it.key()) && kind)
            m_store.posts().setReaction(
                id, userId(it.key()), kind, m_store.changes().next(content.topicIds));
    }

    const auto addComment = [&](const QJsonObject &comment, std::optional<qint64> parentId) {
        const qint64 at = createdAt + qint64(comment.value(u"hoursAfter"_s).toDouble() * hourMs);
        const qint64 commentId
            = m_store.comments().insert(id, parentId, userId(comment.value(u"author"_s).toString()),
                comment.value(u"body"_s).toString(), {}, std::min(at, nowMs));
        m_store.posts().adjustCommentCount(id, +1, m_store.changes().next(content.topicIds));
        return commentId;
    };
    for (const QJsonValue &value : item.value(u"comments"_s).toArray()) {
        const QJsonObject comment = value.toObject();
        if (!userId(comment.value(u"author"_s).toString()))
            continue;
        const qint64 parentId = addComment(comment, std::nullopt);
        for (const QJsonValue &reply : comment.value(u"replies"_s).toArray()) {
            if (userId(reply.toObject().value(u"author"_s).toString()))
                addComment(reply.toObject(), parentId);
        }
    }
    return true;
}

} // namespace Hearth
