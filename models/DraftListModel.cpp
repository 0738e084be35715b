#include "DraftListModel.h"

#include "RoleNames.h"
#include "api/Hashtags.h"
#include "api/PersonText.h"
#include "cache/DraftStore.h"
#include "cache/FeedCache.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Enough to recognise a draft by; the view elides what does not fit.
constexpr qsizetype FirstWordsLength = 160;

QString firstWords(const QString &text)
{
    QString words = text.simplified();
    if (words.size() > FirstWordsLength)
        words = words.left(FirstWordsLength).trimmed() + u'…';
    return words;
}

} // namespace

DraftListModel::DraftListModel(DraftStore &drafts, FeedCache &feed, QObject *parent)
    : QAbstractListModel(parent), m_drafts(drafts), m_feed(feed)
{
    refresh();
}

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.firstWords.isEmpty() ? row.where : QString(row.where + u'\n' + row.firstWords);
    case Qt::AccessibleTextRole:
        return row.firstWords.isEmpty()
            ? row.where
            : tr("%1: %2", "a draft: where, first words").arg(row.where, row.firstWords);
    case Qt::ToolTipRole:
        return QLocale().toString(row.savedAt.toLocalTime(), QLocale::ShortFormat);
    case KeyRole:
        return row.key;
    case KindRole:
        return int(row.kind);
    case PostIdRole:
        return row.postId;
    case TopicSlugRole:
        return row.slug;
    case WhereRole:
        return row.where;
    case FirstWordsRole:
        return row.firstWords;
    case SavedAtRole:
        return row.savedAt;
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    return roleNamesFor<Role>(QAbstractListModel::roleNames());
}

int DraftListModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return int(i);
    }
    return -1;
}

void DraftListModel::refresh()
{
    static const QRegularExpression editKey(u"^post:(\\d+):edit$"_s);
    static const QRegularExpression commentKey(u"^comment:post:(-?\\d+)$"_s);
    QList<Row> rows;
    for (const DraftStore::Draft &draft : m_drafts.all()) {
        Row row{draft.key, Kind::NewPost, 0, {}, {}, {}, draft.updatedAt};
        const auto titleOf = [this](qint64 postId, const QString &fallback) {
            const std::optional<Post> post = m_feed.post(postId);
            const QString title = post && !post->title.trimmed().isEmpty() ? post->title : fallback;
            return PersonText::isolated(firstWords(title));
        };
        if (draft.key == u"post:new") {
            const QStringList tags
                = Hashtags::extract(draft.content.value(u"hashtags"_s).toString(), 1);
            const QString title = draft.content.value(u"title"_s).toString();
            const QString body = draft.content.value(u"body"_s).toString();
            row.firstWords = firstWords(title.trimmed().isEmpty() ? body : title);
            if (!tags.isEmpty()) {
                row.slug = Hashtags::slug(tags.first());
                const std::optional<Topic> topic = m_feed.topic(row.slug);
                const QString name = topic && !topic->name.isEmpty() ? topic->name : tags.first();
                row.where = tr("New post in %1").arg(PersonText::isolated(name));
            } else {
                row.where = tr("New post");
            }
        } else if (const QRegularExpressionMatch edit = editKey.match(draft.key); edit.hasMatch()) {
            row.kind = Kind::PostEdit;
            row.postId = edit.captured(1).toLongLong();
            const QString title = draft.content.value(u"title"_s).toString();
            const QString body = draft.content.value(u"body"_s).toString();
            row.firstWords = firstWords(title.trimmed().isEmpty() ? body : title);
            row.where = tr("Edit of “%1”").arg(titleOf(row.postId, title));
        } else if (const QRegularExpressionMatch comment = commentKey.match(draft.key);
                   comment.hasMatch()) {
            row.kind = Kind::Comment;
            row.postId = comment.captured(1).toLongLong();
            row.firstWords = firstWords(draft.content.value(u"text"_s).toString());
            const QString title = titleOf(row.postId, tr("a post"));
            row.where = draft.content.value(u"parentId"_s).toInteger() != 0
                ? tr("Reply to a comment on “%1”").arg(title)
                : tr("Comment on “%1”").arg(title);
        } else {
            continue; // a kind of draft this version does not know how to resume
        }
        rows.append(row);
    }
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

} // namespace Hearth
