#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace Hearth {

// Drafts saved as the person types (posts, stories, comments, edits), so that nothing
// written is lost to a crash or a closed window. The caller chooses the keys
// ("post:new", "comment:post:42", ...).
class DraftStore
{
public:
    struct Draft
    {
        QString key;
        QJsonObject content;
        QDateTime updatedAt;

        bool operator==(const Draft &) const = default;
    };

    explicit DraftStore(const QSqlDatabase &db);

    // Saves (or replaces) the draft under key, stamped with the current time.
    bool save(const QString &key, const QJsonObject &draft);
    std::optional<QJsonObject> load(const QString &key) const;
    bool remove(const QString &key);
    // The keys, most recently saved first.
    QStringList keys() const;
    // Every draft, most recently saved first. On a damaged file: the rows read before the
    // damage.
    QList<Draft> all() const;

    // Called after every save() and remove() that changed the file, so that a list of the
    // drafts can follow them (Community::draftsChanged()).
    void setChangeObserver(std::function<void()> observer) { m_changed = std::move(observer); }

    // Puts drafts back as they were, times included: WordsDatabase uses it for the drafts
    // it read back from a damaged file.
    bool restore(const QList<Draft> &drafts);

private:
    void changed() const;

    QSqlDatabase m_db;
    std::function<void()> m_changed;
};

} // namespace Hearth
