#include "SearchModel.h"

namespace Hearth {

SearchModel::SearchModel(QObject *parent) : QAbstractListModel(parent) { }

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text;
    case Qt::AccessibleTextRole:
        return row.detail.isEmpty()
            ? row.text
            : row.text + QStringLiteral(", ") + SearchRow::unmarked(row.detail);
    case KindRole:
        return int(row.kind);
    case DetailRole:
        return row.detail;
    case IdRole:
        return row.id;
    case KeyRole:
        return row.key;
    case FoldedRole:
        return row.folded;
    case RemoteRole:
        return row.remote;
    case HighlightsRole: {
        QList<std::pair<int, int>> ranges;
        const QString plain = SearchRow::unmarked(row.detail, &ranges);
        QStringList words;
        for (const auto &[start, length] : std::as_const(ranges))
            words.append(plain.mid(start, length));
        return words;
    }
    default:
        return {};
    }
}

Qt::ItemFlags SearchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !m_rows.at(index.row()).isResult())
        return Qt::NoItemFlags | Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

void SearchModel::setLocal(const QList<SearchRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_localCount = rows.size();
    endResetModel();
}

void SearchModel::setAfterLocal(const QList<SearchRow> &rows)
{
    if (m_rows.size() > m_localCount) {
        beginRemoveRows({}, int(m_localCount), int(m_rows.size()) - 1);
        m_rows.resize(m_localCount);
        endRemoveRows();
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_localCount), int(m_localCount + rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

void SearchModel::clear()
{
    setLocal({});
}

int SearchModel::resultCount() const
{
    return int(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [](const SearchRow &row) { return row.isResult(); }));
}

int SearchModel::nextResult(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step) {
        if (m_rows.at(r).isResult())
            return r;
    }
    return -1;
}

} // namespace Hearth
