#pragma once

#include "SearchRow.h"

#include <QAbstractListModel>

namespace Hearth {

// The rows the search field's list shows: the local results, then, once the community
// answered, the divider and its results (or a calm line when it could not be asked).
class SearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // SearchRow::Kind, as an int
        DetailRole, // SearchRow::detail (an excerpt keeps its marks)
        IdRole,
        KeyRole,
        FoldedRole,
        RemoteRole,
        HighlightsRole, // QStringList: the marked words of the excerpt
    };

    explicit SearchModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Replaces everything with the local rows.
    void setLocal(const QList<SearchRow> &rows);
    // Appends what comes after the local rows (the divider and the community's results, or a
    // notice), replacing what was appended before.
    void setAfterLocal(const QList<SearchRow> &rows);
    void clear();

    const QList<SearchRow> &rows() const { return m_rows; }
    const SearchRow &row(int row) const { return m_rows.at(row); }
    // Results (topics, posts, people) in all.
    int resultCount() const;
    // The next result row from row in direction step (+1, -1), or -1 when there is none.
    int nextResult(int row, int step) const;

private:
    QList<SearchRow> m_rows;
    qsizetype m_localCount = 0;
};

} // namespace Hearth
