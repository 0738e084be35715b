#include "ItemMenuPlace.h"

#include "Metrics.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>

namespace Hearth {

ItemMenuPlace ItemMenuPlace::of(const QAbstractItemView *view, const QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        const QModelIndex current = view->currentIndex();
        return {current,
            view->viewport()->mapToGlobal(view->visualRect(current).topLeft()
                + QPoint(Metrics::spaceXXL, Metrics::spaceXXL))};
    }
    return {view->indexAt(view->viewport()->mapFromGlobal(event->globalPos())), event->globalPos()};
}

} // namespace Hearth
