#include "Care.h"

#include "Preferences.h"
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
        Q_EMIT changed();
    });
}

ContentFold Care::postFold(const Post &post) const
{
    return ContentFold::forPost(post, m_openedPosts, m_muted, m_sensitive);
}

ContentFold Care::postFold(const QModelIndex &index) const
{
    return ContentFold::of(index.data(FeedModel::ContentWarningRole).toString(),
        index.data(FeedModel::TitleRole).toString(), index.data(FeedModel::BodyRole).toString(),
        index.data(FeedModel::HashtagsRole).toStringList(),
        m_openedPosts.contains(index.data(FeedModel::IdRole).toLongLong()), m_muted, &m_sensitive);
}

ContentFold Care::commentFold(const QModelIndex &index) const
{
    if (index.data(CommentModel::DeletedRole).toBool())
        return {};
    return ContentFold::of(index.data(CommentModel::ContentWarningRole).toString(), {},
        index.data(CommentModel::BodyRole).toString(), {},
        m_openedComments.contains(index.data(CommentModel::IdRole).toLongLong()), m_muted, nullptr);
}

void Care::openPost(qint64 postId)
{
    if (!m_openedPosts.contains(postId)) {
        m_openedPosts.insert(postId);
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
    return m_lines.countryFor(QLocale());
}

} // namespace Hearth
