#pragma once

#include <QStyledItemDelegate>

namespace Hearth {

// Paints one draft of the Drafts page: where it belongs ("Comment on “Title”"), its first
// words on one line (cut with "…"), and when it was last saved.
class DraftRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Hearth
