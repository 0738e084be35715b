#include "SyntheticCommunity.h"

#include "ImageProcessor.h"
#include "MjpegAviWriter.h"
#include "Passwords.h"
#include "PostgresSearch.h"
#include "ScenePainter.h"
#include "Sql.h"
#include "Statements.h"
#include "Store.h"
#include "TrendingScore.h"
#include "api/Hashtags.h"

#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>

#include <cmath>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QStringList tags{u"Therapy"_s, u"Anxiety"_s, u"Depression"_s, u"PTSD"_s, u"Grief"_s,
    u"ChronicIllness"_s, u"BipolarDisorder"_s, u"Caregiving"_s, u"Loneliness"_s, u"Sleep"_s,
    u"SelfCare"_s, u"SmallWins"_s, u"CheckInWithMe"_s};

const QStringList words{u"today"_s, u"small"_s, u"step"_s, u"walk"_s, u"tea"_s, u"quiet"_s,
    u"morning"_s, u"evening"_s, u"rest"_s, u"talk"_s, u"friend"_s, u"breath"_s, u"kind"_s,
    u"week"_s, u"hope"_s, u"slow"_s, u"gentle"_s, u"light"_s, u"window"_s, u"garden"_s};

// Reaction kinds as often as people pick them: hearts most, then hugs, and so on.
const QList<std::pair<const char *, int>> reactionWeights{
    {"heart", 40}, {"hug", 25}, {"me_too", 15}, {"sending_strength", 12}, {"thinking_of_you", 8}};

constexpr int memberCount = 300;
constexpr qint64 yearMs = 365LL * 24 * 3'600'000;

QString sentence(QRandomGenerator &random, int length)
{
    QStringList picked;
    for (int i = 0; i < length; ++i)
        picked.append(words[random.bounded(int(words.size()))]);
    QString text = picked.join(u' ');
    text[0] = text[0].toUpper();
    return text + u'.';
}

// A count with a heavy tail, as attention is: P(count >= k) = (k + 1)^-alpha.
int heavyTail(QRandomGenerator &random, double alpha, int cap)
{
    const double u = 1.0 - random.generateDouble(); // (0, 1]
    return int(std::min<double>(cap, std::floor(std::pow(u, -1.0 / alpha)) - 1));
}

const char *reactionKind(QRandomGenerator &random)
{
    int pick = random.bounded(100);
    for (const auto &[kind, weight] : reactionWeights) {
        if (pick < weight)
            return kind;
        pick -= weight;
    }
    return "heart";
}

// A file of the generated media: written once, then given to each row under a name of its
// own (a hard link where the file system has them), so that deleting one post's media, as
// Housekeeping does, never takes another's.
struct Asset
{
    QString file;
    QString thumbFile;
    QByteArray mimeType;
    int width = 0;
    int height = 0;
    qint64 byteSize = 0;
    qint64 durationMs = 0;
};

} // namespace

SyntheticCommunity::SyntheticCommunity(Store &store, const QDir &mediaDir)
    : m_store(store), m_mediaDir(mediaDir)
{ }

void SyntheticCommunity::generate(int postCount, const QString &topic)
{
    const QSqlDatabase db = m_store.connection();
    Statements &statements = Statements::of(db);
    QRandomGenerator random(1125);
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(12);
    int fileNumber = 0;

    const auto writeFile = [&](const QByteArray &bytes) {
        const QString name = u"synthetic-%1-%2"_s.arg(run).arg(fileNumber++);
        QSaveFile file(m_mediaDir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Sql::Error(u"cannot write %1"_s.arg(file.fileName()));
        return name;
    };
    const auto shareFile = [&](const QString &source) {
        if (source.isEmpty())
            return QString();
        const QString name = u"synthetic-%1-%2"_s.arg(run).arg(fileNumber++);
        const QString from = m_mediaDir.filePath(source);
        const QString to = m_mediaDir.filePath(name);
#ifdef Q_OS_UNIX
        if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
            return name;
#endif
        if (!QFile::copy(from, to))
            throw Sql::Error(u"cannot copy %1"_s.arg(from));
        return name;
    };

    // The pictures and clips: a few scenes, painted once.
    QList<Asset> photos;
    const QStringList scenes = ScenePainter::scenes();
    for (int i = 0; i < 6; ++i) {
        const ImageProcessor::Output encoded
            = ImageProcessor::encode(ScenePainter::paint(scenes[i % scenes.size()], {960, 640}));
        photos.append({writeFile(encoded.bytes), writeFile(encoded.thumbnail), encoded.mimeType,
            encoded.width, encoded.height, encoded.bytes.size(), 0});
    }
    QList<std::pair<Asset, Asset>> clips; // a clip and its poster
    for (int i = 0; i < 2; ++i) {
        const QString scene = scenes[(i + 6) % scenes.size()];
        QList<QImage> frames;
        for (int f = 0; f < 20; ++f)
            frames.append(ScenePainter::paint(scene, {320, 240}, f / 20.0));
        const QByteArray clip = MjpegAviWriter::write(frames, 10);
        const ImageProcessor::Output poster
            = ImageProcessor::encode(ScenePainter::paint(scene, {960, 640}));
        clips.append({{writeFile(clip), {}, MjpegAviWriter::mimeType, 320, 240, clip.size(), 2000},
            {writeFile(poster.bytes), writeFile(poster.thumbnail), poster.mimeType, poster.width,
                poster.height, poster.bytes.size(), 0}});
    }

    Sql::Transaction transaction(db);
    const QByteArray hash = Passwords::hash(u"synthetic-member"_s);
    QList<qint64> users;
    const qint64 firstUser
        = Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) + 1 FROM users"_s).toLongLong();
    for (int i = 0; i < memberCount; ++i) {
        users.append(m_store.accounts().insertUser(
            u"synthetic_%1"_s.arg(firstUser + i), u"Member %1"_s.arg(firstUser + i), hash, false));
    }
    QList<qint64> topicIds;
    QStringList topicTags;
    // A topic made here is named as a person would write its hashtag ("therapy": #Therapy).
    const qint64 homeTopic = topic.isEmpty()
        ? 0
        : m_store.topics().ensureTopic(topic.left(1).toUpper() + topic.mid(1));
    const QString homeTag = topic.isEmpty()
        ? QString()
        : Sql::scalar(db, u"SELECT tag FROM topics WHERE id = ?"_s, {homeTopic}).toString();
    for (const QString &tag : tags) {
        if (Hashtags::slug(tag) == Hashtags::slug(homeTag))
            continue;
        topicIds.append(m_store.topics().ensureTopic(tag));
        topicTags.append(tag);
    }

    const auto insertMedia = [&](const Asset &asset, const char *kind, qint64 ownerId,
                                 std::optional<qint64> posterId, qint64 postId, qint64 createdAt) {
        auto insert = statements.use(
            "INSERT INTO media (owner_id, kind, mime_type, width, height, byte_size, file, "
            "thumb_file, poster_id, duration_ms, alt_text, sensitive, post_id, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
        insert.bindAll(ownerId, kind, QByteArrayView(asset.mimeType), asset.width, asset.height,
            asset.byteSize, shareFile(asset.file));
        if (asset.thumbFile.isEmpty())
            insert.bindNull();
        else
            insert.bind(shareFile(asset.thumbFile));
        insert.bind(posterId);
        insert.bind(asset.durationMs > 0 ? std::optional(asset.durationMs) : std::nullopt);
        insert.bindAll(
            "A painted scene, calm and simple.", random.bounded(20) == 0, postId, createdAt);
        if (!insert.next())
            throw Sql::Error(u"no id for a new upload"_s);
        return insert.int64(0);
    };

    const qint64 now = Sql::nowMs();
    qint64 seq = m_store.changes().current();
    // The posts take ids of their own choosing (media name them first): past every id the
    // database handed out, which it will not hand out again.
    const bool postgres = Sql::dialect(db) == Sql::Dialect::PostgreSQL;
    const qint64 nextPostId = postgres
        ? Sql::scalar(db, u"SELECT nextval(pg_get_serial_sequence('posts', 'id'))"_s).toLongLong()
        : Sql::scalar(
              db, u"SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'posts'"_s)
                .toLongLong()
            + 1;
    for (int n = 0; n < postCount; ++n) {
        // Oldest first, over the last year, so that ids grow with time as on a real server.
        const qint64 createdAt
            = now - yearMs + qint64(n) * (yearMs / postCount) + random.bounded(60'000);
        const qint64 author = users[random.bounded(memberCount)];
        const int roll = random.bounded(100);
        const bool video = roll < 3;
        const bool photo = !video && roll < 15;
        const bool story = !video && !photo && random.bounded(7) == 0;
        const QString kind = video ? u"video"_s : story ? u"story"_s : u"post"_s;

        QList<qint64> postTopics;
        QStringList postTags;
        if (homeTopic) {
            postTopics.append(homeTopic);
            postTags.append(homeTag);
        }
        const int extra = homeTopic ? random.bounded(2) : 1 + random.bounded(3);
        while (postTopics.size() < (homeTopic ? 1 : 0) + extra) {
            const int pick = random.bounded(int(topicTags.size()));
            if (!postTopics.contains(topicIds[pick])) {
                postTopics.append(topicIds[pick]);
                postTags.append(topicTags[pick]);
            }
        }
        QString body = sentence(random, story ? 60 : 14);
        for (const QString &tag : std::as_const(postTags))
            body += u" #"_s + tag;
        const int reactions = heavyTail(random, 1.1, memberCount);
        const int comments = heavyTail(random, 1.5, 80);
        const bool edited = random.bounded(30) == 0;
        const QString warning = random.bounded(50) == 0 ? u"A hard day"_s : QString();
        const qint64 postId = nextPostId + n;

        std::optional<qint64> mediaId;
        if (photo) {
            mediaId = insertMedia(photos[random.bounded(int(photos.size()))], "image", author,
                std::nullopt, postId, createdAt);
        } else if (video) {
            const auto &[clip, poster] = clips[random.bounded(int(clips.size()))];
            const qint64 posterId
                = insertMedia(poster, "image", author, std::nullopt, postId, createdAt);
            mediaId = insertMedia(clip, "video", author, posterId, postId, createdAt);
        }

        // The reactions' kinds, drawn first: the post keeps the count of each (PostStore).
        QList<const char *> reactionKinds;
        QMap<QByteArray, int> perKind;
        for (int r = 0; r < reactions; ++r) {
            reactionKinds.append(reactionKind(random));
            ++perKind[reactionKinds.last()];
        }
        QByteArrayList kindCounts;
        for (auto it = perKind.cbegin(); it != perKind.cend(); ++it)
            kindCounts.append(it.key() + ':' + QByteArray::number(it.value()));

        const QString title = sentence(random, 5);
        statements
            .use("INSERT INTO posts (id, kind, author_id, title, body, content_warning, media_id, "
                 "created_at, edited_at, version, reaction_count, comment_count, seq, hashtags, "
                 "reaction_kinds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .bindAll(postId, kind, author, title, body, warning, mediaId, createdAt,
                edited ? std::optional(createdAt + 3'600'000) : std::nullopt, edited ? 2 : 1,
                reactions, comments, ++seq, postTags.join(u' '),
                QByteArrayView(kindCounts.join(',')))
            .run();
        if (postgres) {
            statements.use("UPDATE posts SET search = CAST(? AS tsvector) WHERE id = ?")
                .bindAll(PostgresSearch::document({{title, 'A'}, {body, 'D'}}), postId)
                .run();
        }
        const qint64 score = TrendingScore::score(reactions, comments, createdAt);
        for (int i = 0; i < postTopics.size(); ++i) {
            statements
                .use("INSERT INTO post_topics (topic_id, post_id, kind, created_at, position, tag, "
                     "trending) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bindAll(postTopics[i], postId, kind, createdAt, i, postTags[i], score)
                .run();
        }
        // Distinct people: a stride prime to the number of members visits each once.
        const int first = random.bounded(memberCount);
        for (int r = 0; r < reactions; ++r) {
            statements
                .use("INSERT INTO reactions (post_id, user_id, kind, created_at) "
                     "VALUES (?, ?, ?, ?)")
                .bindAll(postId, users[(first + r * 7) % memberCount], reactionKinds[r],
                    createdAt + (r + 1) * 30'000)
                .run();
        }
        qint64 lastTopLevel = 0;
        for (int c = 0; c < comments; ++c) {
            const bool reply = lastTopLevel != 0 && random.bounded(3) == 0;
            auto comment = statements.use(
                "INSERT INTO comments (post_id, parent_id, author_id, body, created_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id");
            comment
                .bindAll(postId, reply ? std::optional(lastTopLevel) : std::nullopt,
                    users[random.bounded(memberCount)], sentence(random, 10),
                    createdAt + (c + 1) * 60'000)
                .next();
            const qint64 commentId = comment.int64(0);
            if (reply) {
                statements.use("UPDATE comments SET reply_count = reply_count + 1 WHERE id = ?")
                    .bind(lastTopLevel)
                    .run();
            } else {
                lastTopLevel = commentId;
            }
        }
    }

    // The topics' figures, once at the end.
    for (const auto &[column, kind] :
        {std::pair{"posts", "post"}, std::pair{"stories", "story"}, std::pair{"videos", "video"}}) {
        Sql::exec(db,
            u"UPDATE topics SET %1 = (SELECT COUNT(*) FROM post_topics pt WHERE "
            "pt.topic_id = topics.id AND pt.kind = ?), seq = ?"_s.arg(QLatin1StringView(column)),
            {QString::fromLatin1(kind), seq});
    }
    Sql::exec(db, u"UPDATE meta SET value = ? WHERE key = 'change_seq'"_s, {seq});
    // SQLite moved its counter past the ids given; PostgreSQL's sequence is told.
    if (postgres) {
        Sql::exec(db, u"SELECT setval(pg_get_serial_sequence('posts', 'id'), ?)"_s,
            {nextPostId + postCount - 1});
    }
    transaction.commit();
}

} // namespace Hearth
