#include "CardInteraction.h"

#include <QAbstractItemView>
#include <QContextMenuEvent>
#include <QMouseEvent>

namespace Hearth {

using Part = CardLayout::Part;

CardInteraction::CardInteraction(HitTest hitTest, int longPressMs, QObject *parent)
    : QObject(parent), m_hitTest(std::move(hitTest))
{
    m_longPress.setSingleShot(true);
    m_longPress.setInterval(longPressMs);
    connect(&m_longPress, &QTimer::timeout, this, &CardInteraction::longPressed);
}

void CardInteraction::attachTo(QAbstractItemView *view)
{
    if (!view)
        return;
    QWidget *viewport = view->viewport();
    m_viewports.removeAll(nullptr);
    if (m_viewports.contains(viewport))
        return;
    m_viewports.append(viewport);
    view->setMouseTracking(true);
    viewport->setMouseTracking(true);
    viewport->installEventFilter(this);
}

void CardInteraction::press(const QModelIndex &index, const CardLayout::Hit &hit, QPoint globalPos)
{
    m_pressedIndex = index;
    m_pressed = hit;
    m_longPressFired = false;
    if (hit.part == Part::React) {
        m_longPressAt = globalPos;
        m_longPress.start();
    } else {
        m_longPress.stop();
    }
}

CardInteraction::Release CardInteraction::release(
    const QModelIndex &index, const CardLayout::Hit &hit)
{
    m_longPress.stop();
    const bool held = m_longPressFired;
    const bool clicked
        = m_pressedIndex == index && m_pressed.part == hit.part && m_pressed.hashtag == hit.hashtag;
    m_pressedIndex = QPersistentModelIndex();
    m_pressed = {};
    m_longPressFired = false;
    // A press held on React asked for the menu: letting go ends that, it is no click.
    if (held)
        return Release::Taken;
    return clicked ? Release::Click : Release::PassOn;
}

void CardInteraction::longPressed()
{
    if (!m_pressedIndex.isValid() || m_pressed.part != Part::React)
        return;
    m_longPressFired = true;
    Q_EMIT reactMenuRequested(m_pressedIndex, m_longPressAt);
}

bool CardInteraction::isReactHovered(const QModelIndex &index, const QWidget *view) const
{
    return m_hoveredReact == index && m_hoverView && m_hoverView == view;
}

bool CardInteraction::eventFilter(QObject *watched, QEvent *event)
{
    auto *viewport = qobject_cast<QWidget *>(watched);
    auto *view = viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
    if (!view || view->viewport() != viewport || !m_viewports.contains(viewport))
        return QObject::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::MouseMove: {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        const QModelIndex index = view->indexAt(pos);
        const CardLayout::Hit hit
            = index.isValid() ? m_hitTest(view, index, pos) : CardLayout::Hit{};
        setHover(view, index, hit);
        // Moving off React is not holding it.
        if (m_longPress.isActive() && (index != m_pressedIndex || hit.part != Part::React))
            m_longPress.stop();
        break;
    }
    case QEvent::Leave:
        setHover(view, {}, {});
        break;
    case QEvent::ContextMenu: {
        // A right click on React asks for the kinds, instead of the card's own menu. From
        // the keyboard, the card's menu has "React…".
        auto *menu = static_cast<QContextMenuEvent *>(event);
        if (menu->reason() != QContextMenuEvent::Mouse)
            break;
        const QModelIndex index = view->indexAt(menu->pos());
        if (!index.isValid() || m_hitTest(view, index, menu->pos()).part != Part::React)
            break;
        menu->accept();
        Q_EMIT reactMenuRequested(index, menu->globalPos());
        return true;
    }
    default:
        break;
    }
    return false;
}

void CardInteraction::setHover(
    QAbstractItemView *view, const QModelIndex &index, const CardLayout::Hit &hit)
{
    const QPersistentModelIndex react = hit.part == Part::React ? index : QModelIndex();
    if (react != m_hoveredReact || view != m_hoverView) {
        if (m_hoverView && m_hoveredReact.isValid())
            m_hoverView->update(m_hoveredReact);
        m_hoveredReact = react;
        m_hoverView = view;
        if (react.isValid())
            view->update(react);
    }
    // The pointing hand over what a click follows somewhere: links, the author and React.
    const bool hand = hit.part == Part::Hashtag || hit.part == Part::ReadMore
        || hit.part == Part::React || hit.part == Part::Author;
    QWidget *viewport = view->viewport();
    const bool shown = viewport->testAttribute(Qt::WA_SetCursor)
        && viewport->cursor().shape() == Qt::PointingHandCursor;
    if (hand && !shown)
        viewport->setCursor(Qt::PointingHandCursor);
    else if (!hand && shown)
        viewport->unsetCursor();
}

} // namespace Hearth
