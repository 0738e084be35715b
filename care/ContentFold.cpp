#include "ContentFold.h"

#include "ContentTags.h"
#include "MutedWords.h"
#include "SensitiveTopics.h"
#include "api/Comment.h"
#include "api/PersonText.h"
#include "api/Post.h"

#include <QCoreApplication>

namespace Hearth {

QString ContentFold::summary() const
{
    switch (reason) {
    case Reason::None:
        return {};
    case Reason::ContentWarning:
        //: %1 is the content warning its author wrote
        return QCoreApplication::translate("Hearth::ContentFold", "Content warning: %1")
            .arg(PersonText::isolated(detail));
    case Reason::MutedWord:
        return QCoreApplication::translate("Hearth::ContentFold", "Hidden: matches a muted word");
    case Reason::SensitiveTopic:
        //: %1 is a hashtag such as SelfHarm
        return QCoreApplication::translate("Hearth::ContentFold", "Sensitive topic: #%1")
            .arg(PersonText::isolated(detail));
    }
    return {};
}

ContentFold ContentFold::of(const QString &contentWarning, QStringView title, QStringView body,
    const QStringList &hashtags, bool opened, const MutedWords &muted,
    const SensitiveTopics *sensitive)
{
    ContentFold fold;
    const QString warning = contentWarning.simplified();
    if (!warning.isEmpty()) {
        fold.reason = Reason::ContentWarning;
        fold.detail = warning;
    } else if (const QString entry = muted.match(title, body, hashtags); !entry.isEmpty()) {
        fold.reason = Reason::MutedWord;
        fold.detail = entry;
    } else if (sensitive) {
        const QString tag = sensitive->sensitiveTag(ContentTags::of(hashtags, title, body));
        if (!tag.isEmpty()) {
            fold.reason = Reason::SensitiveTopic;
            fold.detail = tag;
        }
    }
    fold.folded = fold.hasReason() && !opened;
    return fold;
}

ContentFold ContentFold::forPost(const Post &post, const QSet<qint64> &openedPostIds,
    const MutedWords &muted, const SensitiveTopics &sensitive)
{
    return of(post.contentWarning, post.title, post.body, post.hashtags,
        openedPostIds.contains(post.id), muted, &sensitive);
}

ContentFold ContentFold::forComment(
    const Comment &comment, const QSet<qint64> &openedCommentIds, const MutedWords &muted)
{
    if (comment.deleted)
        return {};
    return of(comment.contentWarning, {}, comment.body, {}, openedCommentIds.contains(comment.id),
        muted, nullptr);
}

} // namespace Hearth
