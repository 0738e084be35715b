#pragma once

#include "CardLayout.h"

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAbstractItemView;
class QMouseEvent;

namespace Hearth {

// How a person points at post cards: a click is a press and a release on the same part, as on
// a button (a press on one card and a release on another's hashtag is none); a press held on
// React for a while asks for the menu of kinds, and the release after it is no click; a right
// click on React asks for the same menu instead of the card's own; React under the pointer
// is hovered, and links and React show the pointing hand. What lies under a point comes from
// the cards' layouts, through the delegate.
class CardInteraction : public QObject
{
    Q_OBJECT

public:
    // What lies at pos on the card of index, as view shows it.
    using HitTest = std::function<CardLayout::Hit(
        const QAbstractItemView *view, const QModelIndex &index, QPoint pos)>;

    CardInteraction(HitTest hitTest, int longPressMs, QObject *parent = nullptr);

    // Watches a view's viewport for what a view does not pass on to its delegate: the
    // pointer's moves (hover, the pointing hand) and the right click. Turns the view's mouse
    // tracking on. The last event filter installed sees events first.
    void attachTo(QAbstractItemView *view);

    // A left button pressed on hit of index (at globalPos on the screen).
    void press(const QModelIndex &index, const CardLayout::Hit &hit, QPoint globalPos);
    // What a left button's release on hit of index is.
    enum class Release {
        PassOn, // nothing of the cards': the view has it
        Taken, // it ended a long press, which asked for the menu
        Click, // a click on hit
    };
    Release release(const QModelIndex &index, const CardLayout::Hit &hit);

    // Whether React of the card of index is under the pointer in view.
    bool isReactHovered(const QModelIndex &index, const QWidget *view) const;

Q_SIGNALS:
    // A right click or a long press on React: the page shows the kinds at globalPos.
    void reactMenuRequested(const QModelIndex &index, const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Where the pointer is, for the hover of React and the pointing hand.
    void setHover(QAbstractItemView *view, const QModelIndex &index, const CardLayout::Hit &hit);
    void longPressed();

    HitTest m_hitTest;
    // Where the left button went down, to tell a click from a press here and a release there.
    QPersistentModelIndex m_pressedIndex;
    CardLayout::Hit m_pressed;
    // A press held on React: when it goes off, the menu is asked for and the release that
    // follows is no click.
    QTimer m_longPress;
    QPoint m_longPressAt; // global
    bool m_longPressFired = false;
    // The viewports watched, and the React button under the pointer.
    QList<QPointer<QWidget>> m_viewports;
    QPointer<QAbstractItemView> m_hoverView;
    QPersistentModelIndex m_hoveredReact;
};

} // namespace Hearth
