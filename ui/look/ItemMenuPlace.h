#pragma once

#include <QModelIndex>
#include <QPoint>

class QAbstractItemView;
class QContextMenuEvent;

namespace Hearth {

// Where a list's row menu opens and for which row: for a right click, the row under the
// pointer (none off the rows), at the pointer; for the menu key, the current row, a little
// inside its top left corner, where the keys are.
struct ItemMenuPlace
{
    QModelIndex index;
    QPoint globalPosition;

    // event came to view or to its viewport.
    static ItemMenuPlace of(const QAbstractItemView *view, const QContextMenuEvent *event);
};

} // namespace Hearth
