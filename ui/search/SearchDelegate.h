#pragma once

#include <QStyledItemDelegate>

namespace Hearth {

// Paints the search field's rows: group headings in small capitals of the secondary colour,
// the "From the community" divider as a rule with its words, a calm line in italics, and
// results on two lines (a name or title, then a description, an excerpt with its matched
// words in bold on a highlight, or a handle). A folded post shows the fold's reason, never
// its title or words.
class SearchDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Hearth
