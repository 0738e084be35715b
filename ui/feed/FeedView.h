#pragma once

#include "CardLayout.h"
#include "RowHeights.h"

#include <QListView>
#include <QPersistentModelIndex>

#include <vector>

namespace Hearth {

// The list of post cards, laid out so that nothing costs in proportion to the rows loaded.
// QListView lays out (measures) every row whenever rows are appended or the width changes;
// this view keeps each row's height in RowHeights instead: estimated from the lengths of
// its texts (CardLayout::Estimate) until the row comes near the viewport, then measured by
// the delegate. Appending a page estimates its rows (O(page log n)); scrolling measures
// the rows that come near; a new width re-estimates every row (arithmetic, no layout) and
// measures only the rows near the viewport at once. When a row above the reader gets a
// height other than its estimate, the scroll position moves by the difference: the card
// under the reader stays where it is on the screen.
//
// It is a QListView so that it keeps what one is: the accessible interface Qt gives list
// views (QAccessibleList, chosen by class name), the keyboard, selection and activation of
// QAbstractItemView; it takes over every function with which QListView lays out, paints,
// hit-tests and scrolls, so QListView's own layout never runs. One column, no spacing,
// top to bottom, scrolled by the pixel.
//
// The cards sit in a column of reading width (Metrics::readingWidth) centred in a wide
// viewport, and fill a narrow one: a long line is hard to read, and the scroll bar and the
// wheel still work across the whole width. Widening a wide window does not change the
// column, so it costs no card a new layout.
class FeedView : public QListView
{
    Q_OBJECT

public:
    explicit FeedView(QWidget *parent = nullptr);

    // The rows the view measured with the delegate (sizeHint), for tests and benchmarks:
    // a bounded number per page appended, whatever the number of rows loaded.
    int measureCount() const { return m_measureCount; }
    // Whether row's height was measured at the current width, or is an estimate.
    bool isMeasured(int row) const;
    // How far above and below the viewport rows are measured before they show.
    static constexpr int MeasureMargin = 400;
    // How close to the end of the rows (in viewports) the view asks the model for more.
    static constexpr int FetchAheadScreens = 2;

    // The column's width for a viewport width: the reading width when there is room for it
    // and a gutter on each side, else the whole viewport.
    static int columnWidthFor(int viewportWidth);
    // Where the cards are, across the viewport (its full height).
    QRect columnRect() const;

    void setModel(QAbstractItemModel *model) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    void doItemsLayout() override;
    void reset() override;

Q_SIGNALS:
    // The person asked for a card's menu at globalPosition: with the mouse (the card under
    // the pointer, or the current card off the cards), or from the keyboard (the Menu key or
    // Shift+F10: the current card, its menu at the card's top left).
    void cardMenuRequested(const QModelIndex &index, const QPoint &globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void updateGeometries() override;
    QSize viewportSizeHint() const override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles = QList<int>()) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void selectionChanged(
        const QItemSelection &selected, const QItemSelection &deselected) override;

private:
    void rowsRemoved(const QModelIndex &parent, int start, int end);
    // cardMenuRequested() for index, at the card's top left (from the keyboard).
    void requestCardMenu(const QModelIndex &index);
    // Every row's shape read again from the model and estimated (a reset, a moved row).
    void rebuildRows();
    // Every row estimated again from its kept shape: a new width, font or folding rule.
    void reestimate();
    int rowWidth() const;
    int columnLeft() const;
    int scrollY() const;
    // Measures the rows near the viewport that are not yet, keeping the row at the top of
    // the viewport where it is on the screen.
    void measureNearViewport();
    // Measures row now; gives whether its height changed.
    bool measure(int row);
    // Sets the scroll bar's range and value without the view reacting to it as a scroll.
    void setScroll(qint64 value);
    void updateScrollRange();
    void fetchAheadIfNear();
    QStyleOptionViewItem optionFor(int row) const;

    RowHeights m_heights;
    std::vector<CardLayout::Shape> m_shapes;
    int m_width = -1; // the width the heights are for
    QFont m_font; // the font the estimates are for
    int m_measureCount = 0;
    bool m_adjusting = false;
    bool m_fetchQueued = false;
    QPersistentModelIndex m_hover;
};

} // namespace Hearth
