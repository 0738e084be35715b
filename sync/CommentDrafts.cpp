#include "CommentDrafts.h"

#include "cache/DraftStore.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QString keyOf(qint64 postId)
{
    return u"comment:post:%1"_s.arg(postId);
}

} // namespace

std::optional<CommentDrafts::Draft> CommentDrafts::load(qint64 postId) const
{
    const std::optional<QJsonObject> draft = m_store->load(keyOf(postId));
    if (!draft)
        return std::nullopt;
    return Draft{draft->value(u"text"_s).toString(), draft->value(u"parentId"_s).toInteger()};
}

void CommentDrafts::save(qint64 postId, const Draft &draft)
{
    m_store->save(keyOf(postId), {{u"text"_s, draft.text}, {u"parentId"_s, draft.parentCommentId}});
}

void CommentDrafts::remove(qint64 postId)
{
    m_store->remove(keyOf(postId));
}

} // namespace Hearth
