#include "FeedView.h"

#include "ui/look/Metrics.h"

#include <QAbstractItemDelegate>
#include <QAccessible>
#include <QContextMenuEvent>
#include <QHoverEvent>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <limits>

namespace Hearth {

FeedView::FeedView(QWidget *parent) : QListView(parent)
{
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    viewport()->setAttribute(Qt::WA_Hover);
}

bool FeedView::isMeasured(int row) const
{
    return row >= 0 && row < m_heights.count() && m_heights.isMeasured(row)
        && m_width == rowWidth();
}

void FeedView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QListView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FeedView::rowsRemoved);
        // Rows in another order: their shapes are read again (the feed model never moves
        // rows; a re-sorted feed is a reset).
        connect(model, &QAbstractItemModel::rowsMoved, this, &FeedView::rebuildRows);
        connect(model, &QAbstractItemModel::layoutChanged, this, &FeedView::rebuildRows);
    }
    rebuildRows();
}

int FeedView::columnWidthFor(int viewportWidth)
{
    // Two steps of the scale on each side: the column then reads as placed, not as squeezed.
    const int gutter = 2 * Metrics::spaceXXL;
    if (viewportWidth >= Metrics::readingWidth + 2 * gutter)
        return Metrics::readingWidth;
    return std::max(0, viewportWidth);
}

int FeedView::rowWidth() const
{
    return columnWidthFor(viewport()->width());
}

int FeedView::columnLeft() const
{
    return (viewport()->width() - rowWidth()) / 2;
}

QRect FeedView::columnRect() const
{
    return QRect(columnLeft(), 0, rowWidth(), viewport()->height());
}

int FeedView::scrollY() const
{
    return verticalScrollBar()->value();
}

QStyleOptionViewItem FeedView::optionFor(int row) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.rect = QRect(0, 0, rowWidth(), m_heights.height(row));
    return option;
}

bool FeedView::measure(int row)
{
    const QModelIndex index = model()->index(row, 0, rootIndex());
    QAbstractItemDelegate *delegate = itemDelegateForIndex(index);
    if (!delegate)
        return false;
    const int height = std::max(1, delegate->sizeHint(optionFor(row), index).height());
    ++m_measureCount;
    const bool changed = height != m_heights.height(row);
    m_heights.set(row, height, true);
    return changed;
}

void FeedView::rebuildRows()
{
    m_heights.clear();
    m_shapes.clear();
    m_width = rowWidth();
    m_font = font();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    m_shapes.reserve(size_t(rows));
    const CardLayout::Estimate estimate(m_width, m_font);
    for (int row = 0; row < rows; ++row) {
        m_shapes.push_back(CardLayout::shapeOf(model()->index(row, 0, rootIndex())));
        m_heights.append(estimate(m_shapes.back()));
    }
    updateScrollRange();
    measureNearViewport();
    viewport()->update();
}

void FeedView::reestimate()
{
    if (m_heights.count() == 0) {
        m_width = rowWidth();
        m_font = font();
        return;
    }
    // The card at the top of the viewport stays at the top, as far into it as it was.
    const int anchor = m_heights.rowAt(scrollY());
    const qint64 into = scrollY() - m_heights.offsetOf(anchor);
    const qreal fraction = qreal(into) / std::max(1, m_heights.height(anchor));
    m_width = rowWidth();
    m_font = font();
    const CardLayout::Estimate estimate(m_width, m_font);
    for (int row = 0; row < m_heights.count(); ++row)
        m_heights.assign(row, estimate(m_shapes[size_t(row)]));
    m_heights.forgetMeasurements();
    m_heights.rebuild();
    measure(anchor);
    updateScrollRange();
    setScroll(m_heights.offsetOf(anchor) + qint64(fraction * m_heights.height(anchor)));
    measureNearViewport();
}

void FeedView::measureNearViewport()
{
    if (!model() || m_heights.count() == 0 || m_adjusting)
        return;
    if (m_width != rowWidth() || m_font != font()) {
        reestimate();
        return;
    }
    const qint64 top = scrollY();
    const int anchor = m_heights.rowAt(top);
    const qint64 into = top - m_heights.offsetOf(anchor);
    bool changed = false;
    // Above the viewport: their new heights move the scroll position, not the cards seen.
    qint64 above = into;
    for (int row = anchor - 1; row >= 0 && above < MeasureMargin; --row) {
        if (!m_heights.isMeasured(row))
            changed |= measure(row);
        above += m_heights.height(row);
    }
    // The viewport and below it.
    const qint64 reach = viewport()->height() + MeasureMargin;
    qint64 below = -into;
    for (int row = anchor; row < m_heights.count() && below < reach; ++row) {
        if (!m_heights.isMeasured(row))
            changed |= measure(row);
        below += m_heights.height(row);
    }
    if (!changed)
        return;
    updateScrollRange();
    const qint64 kept
        = m_heights.offsetOf(anchor) + std::min<qint64>(into, m_heights.height(anchor) - 1);
    if (kept != top)
        setScroll(kept);
    viewport()->update();
}

void FeedView::setScroll(qint64 value)
{
    const bool adjusting = m_adjusting;
    m_adjusting = true;
    verticalScrollBar()->setValue(
        int(std::clamp<qint64>(value, 0, verticalScrollBar()->maximum())));
    m_adjusting = adjusting;
    viewport()->update();
}

void FeedView::updateScrollRange()
{
    const bool adjusting = m_adjusting;
    m_adjusting = true;
    QScrollBar *bar = verticalScrollBar();
    const int page = viewport()->height();
    bar->setPageStep(page);
    bar->setRange(
        0, int(std::clamp<qint64>(m_heights.total() - page, 0, std::numeric_limits<int>::max())));
    horizontalScrollBar()->setRange(0, 0);
    m_adjusting = adjusting;
}

void FeedView::fetchAheadIfNear()
{
    if (m_fetchQueued || !model() || !model()->canFetchMore(rootIndex()))
        return;
    const qint64 left = m_heights.total() - (qint64(scrollY()) + viewport()->height());
    if (left > qint64(FetchAheadScreens) * viewport()->height())
        return;
    // Not inside a scroll: the rows come in on the next turn of the event loop.
    m_fetchQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fetchQueued = false;
            if (model() && model()->canFetchMore(rootIndex()))
                model()->fetchMore(rootIndex());
        },
        Qt::QueuedConnection);
}

void FeedView::doItemsLayout()
{
    // A reset, a new delegate or new rules for folding: every row estimated again (no
    // layout), the rows near the viewport measured.
    if (!model() || int(m_shapes.size()) != model()->rowCount(rootIndex()))
        rebuildRows();
    else
        reestimate();
    QAbstractItemView::doItemsLayout();
}

void FeedView::reset()
{
    QListView::reset();
    rebuildRows();
    setScroll(0);
}

QRect FeedView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.parent() != rootIndex() || index.column() != 0
        || index.row() >= m_heights.count())
        return {};
    const qint64 top = m_heights.offsetOf(index.row()) - scrollY();
    return QRect(columnLeft(),
        int(std::clamp<qint64>(
            top, std::numeric_limits<int>::min() / 2, std::numeric_limits<int>::max() / 2)),
        rowWidth(), m_heights.height(index.row()));
}

QModelIndex FeedView::indexAt(const QPoint &point) const
{
    const int left = columnLeft();
    if (!model() || m_heights.count() == 0 || point.x() < left || point.x() >= left + rowWidth())
        return {};
    const qint64 y = qint64(scrollY()) + point.y();
    if (y < 0 || y >= m_heights.total())
        return {};
    return model()->index(m_heights.rowAt(y), 0, rootIndex());
}

void FeedView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.parent() != rootIndex() || index.row() >= m_heights.count())
        return;
    const int row = index.row();
    // Twice at most: measuring the rows around the card may move it.
    for (int pass = 0; pass < 2; ++pass) {
        if (!m_heights.isMeasured(row))
            measure(row);
        updateScrollRange();
        const qint64 top = m_heights.offsetOf(row);
        const qint64 height = m_heights.height(row);
        const qint64 page = viewport()->height();
        const qint64 now = scrollY();
        qint64 wanted = now;
        switch (hint) {
        case PositionAtTop:
            wanted = top;
            break;
        case PositionAtBottom:
            wanted = top + height - page;
            break;
        case PositionAtCenter:
            wanted = top - (page - height) / 2;
            break;
        case EnsureVisible:
            if (top < now)
                wanted = top;
            else if (top + height > now + page)
                wanted = std::min(top, top + height - page);
            break;
        }
        if (wanted == now && pass > 0)
            break;
        setScroll(wanted);
        measureNearViewport();
    }
    viewport()->update();
    fetchAheadIfNear();
}

void FeedView::paintEvent(QPaintEvent *event)
{
    measureNearViewport();
    if (!model() || m_heights.count() == 0)
        return;
    QPainter painter(viewport());
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QStyle::State state = option.state;
    const bool enabled = state & QStyle::State_Enabled;
    const QModelIndex current = currentIndex();
    const bool focus = (hasFocus() || viewport()->hasFocus()) && current.isValid();
    const QItemSelectionModel *selection = selectionModel();
    const QRect area = event->rect();
    const qint64 top = scrollY();
    const int first = m_heights.rowAt(top + area.top());
    const int last = m_heights.rowAt(top + area.bottom());
    if (m_heights.offsetOf(first) - top > area.bottom())
        return;
    for (int row = first; row <= last && row < model()->rowCount(rootIndex()); ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        option.rect = visualRect(index);
        option.state = state;
        if (selection && selection->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (enabled) {
            const bool itemEnabled = model()->flags(index) & Qt::ItemIsEnabled;
            option.state.setFlag(QStyle::State_Enabled, itemEnabled);
            option.palette.setCurrentColorGroup(
                itemEnabled ? QPalette::Normal : QPalette::Disabled);
        }
        if (focus && index == current)
            option.state |= QStyle::State_HasFocus;
        option.state.setFlag(QStyle::State_MouseOver, index == m_hover);
        itemDelegateForIndex(index)->paint(&painter, option, index);
    }
}

void FeedView::resizeEvent(QResizeEvent *event)
{
    // Not QListView's: it lays every row out again 100 ms later.
    QAbstractItemView::resizeEvent(event);
    if (rowWidth() != m_width)
        reestimate();
    else
        measureNearViewport();
    updateScrollRange();
}

void FeedView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx);
    Q_UNUSED(dy);
    // The whole viewport is painted again: what came into view may have been measured, and
    // rows above it with it.
    if (m_adjusting)
        return;
    measureNearViewport();
    viewport()->update();
    fetchAheadIfNear();
}

bool FeedView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::HoverEnter:
    case QEvent::HoverMove: {
        const QModelIndex under = indexAt(static_cast<QHoverEvent *>(event)->position().toPoint());
        if (under != m_hover) {
            viewport()->update(visualRect(m_hover));
            m_hover = under;
            viewport()->update(visualRect(m_hover));
        }
        break;
    }
    case QEvent::HoverLeave:
    case QEvent::Leave:
        viewport()->update(visualRect(m_hover));
        m_hover = QPersistentModelIndex();
        break;
    default:
        break;
    }
    return QListView::viewportEvent(event);
}

void FeedView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Menu) {
        requestCardMenu(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void FeedView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Keyboard) {
        requestCardMenu(currentIndex());
    } else {
        const QModelIndex under = indexAt(viewport()->mapFromGlobal(event->globalPos()));
        Q_EMIT cardMenuRequested(under.isValid() ? under : currentIndex(), event->globalPos());
    }
    event->accept();
}

void FeedView::requestCardMenu(const QModelIndex &index)
{
    const QRect rect = visualRect(index);
    Q_EMIT cardMenuRequested(index, viewport()->mapToGlobal(rect.topLeft() + QPoint(24, 24)));
}

void FeedView::updateGeometries()
{
    updateScrollRange();
    // Not QListView's: it sizes the scroll bars from its own layout.
    QAbstractItemView::updateGeometries();
}

QSize FeedView::viewportSizeHint() const
{
    return QSize(rowWidth(), int(std::min<qint64>(m_heights.total(), QWIDGETSIZE_MAX)));
}

int FeedView::horizontalOffset() const
{
    return 0;
}

int FeedView::verticalOffset() const
{
    return scrollY();
}

QModelIndex FeedView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers);
    const int rows = m_heights.count();
    if (!model() || rows == 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return model()->index(0, 0, rootIndex());
    int row = current.row();
    const qint64 page = viewport()->height();
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        row = std::max(0, row - 1);
        break;
    case MoveDown:
    case MoveNext:
        row = std::min(rows - 1, row + 1);
        break;
    case MovePageUp:
        row = std::min(row - 1, m_heights.rowAt(m_heights.offsetOf(row) - page + 1));
        row = std::max(0, row);
        break;
    case MovePageDown:
        row = std::max(row + 1, m_heights.rowAt(m_heights.offsetOf(row) + page));
        row = std::min(rows - 1, row);
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = rows - 1;
        break;
    case MoveLeft:
    case MoveRight:
        break;
    }
    return model()->index(row, 0, rootIndex());
}

void FeedView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel())
        return;
    const QRect area = rect.normalized();
    const qint64 top = qint64(scrollY()) + area.top();
    const qint64 bottom = qint64(scrollY()) + area.bottom();
    QItemSelection chosen;
    if (model() && m_heights.count() > 0 && bottom >= 0 && top < m_heights.total()
        && area.right() >= columnLeft() && area.left() < columnLeft() + rowWidth()) {
        chosen.select(model()->index(m_heights.rowAt(top), 0, rootIndex()),
            model()->index(m_heights.rowAt(bottom), 0, rootIndex()));
    }
    selectionModel()->select(chosen, command);
}

QRegion FeedView::visualRegionForSelection(const QItemSelection &selection) const
{
    QRegion region;
    if (m_heights.count() == 0)
        return region;
    // Only what is on the screen: a selection may span many rows.
    const int firstShown = m_heights.rowAt(scrollY());
    const int lastShown = m_heights.rowAt(qint64(scrollY()) + viewport()->height());
    for (const QItemSelectionRange &range : selection) {
        if (range.parent() != rootIndex())
            continue;
        const int top = std::max(range.top(), firstShown);
        const int bottom = std::min(range.bottom(), lastShown);
        if (top > bottom)
            continue;
        const qint64 y = m_heights.offsetOf(top) - scrollY();
        region += QRect(
            columnLeft(), int(y), rowWidth(), int(m_heights.offsetOf(bottom + 1) - scrollY() - y));
    }
    return region;
}

void FeedView::dataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    // What a screen reader hears changes no card's height.
    const bool spokenOnly
        = !roles.isEmpty() && std::all_of(roles.begin(), roles.end(), [](int role) {
              return role == Qt::AccessibleTextRole || role == Qt::AccessibleDescriptionRole;
          });
    if (!spokenOnly && topLeft.isValid() && topLeft.parent() == rootIndex()) {
        const int last = std::min(bottomRight.row(), m_heights.count() - 1);
        const CardLayout::Estimate estimate(rowWidth(), font());
        for (int row = topLeft.row(); row <= last; ++row) {
            m_shapes[size_t(row)] = CardLayout::shapeOf(model()->index(row, 0, rootIndex()));
            // Measured again when near; an estimate until then.
            if (m_heights.isMeasured(row))
                measure(row);
            else
                m_heights.set(row, estimate(m_shapes[size_t(row)]), false);
        }
        updateScrollRange();
        measureNearViewport();
        viewport()->update();
    }
    QAbstractItemView::dataChanged(topLeft, bottomRight, roles);
}

void FeedView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    if (parent == rootIndex() && model()) {
        const qint64 top = scrollY();
        const int anchor = m_heights.count() > 0 ? m_heights.rowAt(top) : 0;
        const CardLayout::Estimate estimate(rowWidth(), font());
        if (start == m_heights.count()) {
            // A page appended: O(page), whatever the rows above it.
            for (int row = start; row <= end; ++row) {
                m_shapes.push_back(CardLayout::shapeOf(model()->index(row, 0, rootIndex())));
                m_heights.append(estimate(m_shapes.back()));
            }
        } else {
            std::vector<CardLayout::Shape> shapes;
            qint64 added = 0;
            for (int row = start; row <= end; ++row)
                shapes.push_back(CardLayout::shapeOf(model()->index(row, 0, rootIndex())));
            m_shapes.insert(m_shapes.begin() + start, shapes.begin(), shapes.end());
            m_heights.insert(start, end - start + 1, 0);
            for (int row = start; row <= end; ++row) {
                const int height = estimate(m_shapes[size_t(row)]);
                m_heights.set(row, height, false);
                added += height;
            }
            // Rows above the reader push nothing on the screen down.
            updateScrollRange();
            if (top > 0 && start <= anchor)
                setScroll(top + added);
        }
        updateScrollRange();
        measureNearViewport();
        viewport()->update();
    }
    // Not QListView's: it lays every row out again.
    QAbstractItemView::rowsInserted(parent, start, end);
}

void FeedView::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    QAbstractItemView::rowsAboutToBeRemoved(parent, start, end);
    if (parent != rootIndex() || m_hover.row() >= start)
        m_hover = QPersistentModelIndex();
}

void FeedView::rowsRemoved(const QModelIndex &parent, int start, int end)
{
    if (parent != rootIndex() || start >= m_heights.count())
        return;
    end = std::min(end, m_heights.count() - 1);
    const qint64 top = scrollY();
    const int anchor = m_heights.rowAt(top);
    const qint64 removed = m_heights.offsetOf(end + 1) - m_heights.offsetOf(start);
    m_shapes.erase(m_shapes.begin() + start, m_shapes.begin() + end + 1);
    m_heights.remove(start, end - start + 1);
    updateScrollRange();
    // Rows gone above the reader pull nothing on the screen up.
    if (end < anchor)
        setScroll(top - removed);
    measureNearViewport();
    viewport()->update();
}

void FeedView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
#if QT_CONFIG(accessibility)
    // As QListView tells it, by the row (a list's child index); its own would ask its layout.
    if (QAccessible::isActive() && current.isValid()) {
        QAccessibleEvent event(this, QAccessible::Focus);
        event.setChild(current.row());
        QAccessible::updateAccessibility(&event);
    }
#endif
    QAbstractItemView::currentChanged(current, previous);
}

void FeedView::selectionChanged(const QItemSelection &selected, const QItemSelection &deselected)
{
#if QT_CONFIG(accessibility)
    if (QAccessible::isActive()) {
        if (const QModelIndex added = selected.indexes().value(0); added.isValid()) {
            QAccessibleEvent event(this, QAccessible::SelectionAdd);
            event.setChild(added.row());
            QAccessible::updateAccessibility(&event);
        }
        if (const QModelIndex gone = deselected.indexes().value(0); gone.isValid()) {
            QAccessibleEvent event(this, QAccessible::SelectionRemove);
            event.setChild(gone.row());
            QAccessible::updateAccessibility(&event);
        }
    }
#endif
    QAbstractItemView::selectionChanged(selected, deselected);
}

} // namespace Hearth
