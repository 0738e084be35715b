#include "Care.h"

#include "Preferences.h"
#include "api/Notification.h"
#include "api/Post.h"
#include "models/CommentModel.h"
#include "models/FeedModel.h"

#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

Q_LOGGING_CATEGORY(lcCare, "hearth.care")

// The preference that asks for the international directories whatever the locale.
const QString InternationalChoice = u"-"_s;

} // namespace

Care::Care(Preferences &preferences, QObject *parent)
    : QObject(parent), m_preferences(preferences), m_muted(preferences.mutedWords())
{
    // Built in: failing to read them is a bug of the build, but the app still runs (and
    // shows the international directories).
    if (!m_lines.load())
        qCWarning(lcCare) << "crisis lines:" << m_lines.errorString();
    if (!m_sensitive.load())
        qCWarning(lcCare) << "sensitive topics:" << m_sensitive.errorString();
    connect(&m_preferences, &Preferences::changed, this, [this] {
        m_muted = MutedWords(m_preferences.mutedWords());
        m_postFolds.clear();
        Q_EMIT changed();
    });
}

void Care::setMyHandle(const QString &handle)
{
    if (handle == m_myHandle)
        return;
    m_myHandle = handle;
    m_postFolds.clear();
    Q_EMIT changed();
}

ContentFold Care::postFold(const Post &post) const
{
    if (!m_myHandle.isEmpty() && post.author.handle == m_myHandle)
        return {};
    return ContentFold::forPost(post, m_openedPosts, m_muted, m_sensitive);
}

ContentFold Care::postFold(const QModelIndex &index) const
{
    if (!m_myHandle.isEmpty() && index.data(FeedModel::AuthorHandleRole).toString() == m_myHandle)
        return {};
    const qint64 id = index.data(FeedModel::IdRole).toLongLong();
    const QString warning = index.data(FeedModel::ContentWarningRole).toString();
    const QString title = index.data(FeedModel::TitleRole).toString();
    const QString body = index.data(FeedModel::BodyRole).toString();
    const QStringList hashtags = index.data(FeedModel::HashtagsRole).toStringList();
    const size_t words = qHashMulti(0, warning, title, body, hashtags);
    const auto kept = m_postFolds.constFind(id);
    if (kept != m_postFolds.cend() && kept->words == words)
        return kept->fold;
    const ContentFold fold = ContentFold::of(
        warning, title, body, hashtags, m_openedPosts.contains(id), m_muted, &m_sensitive);
    m_postFolds.insert(id, {words, fold});
    return fold;
}

ContentFold Care::contentFold(const QString &contentWarning, QStringView title, QStringView body,
    const QStringList &hashtags) const
{
    return ContentFold::of(contentWarning, title, body, hashtags, false, m_muted, &m_sensitive);
}

ContentFold Care::notificationFold(const Notification &notification, const Post *post) const
{
    const QStringList hashtags
        = notification.topic.isEmpty() ? QStringList() : QStringList{notification.topic};
    const ContentFold own
        = contentFold(notification.contentWarning, notification.title, notification.text, hashtags);
    if (own.hasReason() || !post)
        return own;
    return postFold(*post);
}

ContentFold Care::commentFold(const QModelIndex &index) const
{
    if (index.data(CommentModel::DeletedRole).toBool()
        || (!m_myHandle.isEmpty()
            && index.data(CommentModel::AuthorHandleRole).toString() == m_myHandle))
        return {};
    return ContentFold::of(index.data(CommentModel::ContentWarningRole).toString(), {},
        index.data(CommentModel::BodyRole).toString(), {},
        m_openedComments.contains(index.data(CommentModel::IdRole).toLongLong()), m_muted, nullptr);
}

void Care::openPost(qint64 postId)
{
    if (!m_openedPosts.contains(postId)) {
        m_openedPosts.insert(postId);
        m_postFolds.remove(postId);
        Q_EMIT changed();
    }
}

void Care::openComment(qint64 commentId)
{
    if (!m_openedComments.contains(commentId)) {
        m_openedComments.insert(commentId);
        Q_EMIT changed();
    }
}

bool Care::isBlurred(qint64 mediaId, bool sensitive) const
{
    return sensitive && m_preferences.blurSensitivePhotos() && !m_revealedMedia.contains(mediaId);
}

void Care::reveal(qint64 mediaId)
{
    if (!m_revealedMedia.contains(mediaId)) {
        m_revealedMedia.insert(mediaId);
        Q_EMIT changed();
    }
}

bool Care::quietCounts() const
{
    return m_preferences.quietCounts();
}

bool Care::touchesCrisis(QStringView title, QStringView body, const QStringList &hashtags) const
{
    return m_sensitive.touchesCrisis(title, body, hashtags);
}

bool Care::readsLikeCrisis(QStringView text) const
{
    return m_sensitive.readsLikeCrisis(text);
}

QString Care::crisisCountry() const
{
    const QString chosen = m_preferences.crisisCountry();
    if (chosen == InternationalChoice)
        return {};
    if (!chosen.isEmpty())
        return chosen;
    // Where the person is, as the system says: not the language they chose for Hearth.
    return m_lines.countryFor(QLocale::system());
}

} // namespace Hearth
