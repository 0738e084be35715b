#pragma once

#include "api/Enums.h"
#include "api/User.h"
#include "ui/window/Navigation.h"

#include <QObject>
#include <QString>

#include <optional>

class QMenu;
class QModelIndex;
class QWidget;

namespace Hearth {

class Care;

// The menus of a post's card (a FeedModel row) on a page of cards — a topic, a person's
// posts — so that every page offers the same: Open post (Show post while it is folded), React,
// Copy link, Open #tag for each of its hashtags, View …'s profile (unless the page is that
// person's), and on someone else's post Report and Block. Also the React pill's menu of kinds.
// The menus ask by signals; the page passes them on.
class CardMenu : public QObject
{
    Q_OBJECT

public:
    explicit CardMenu(QObject *parent = nullptr);

    // Folded cards offer "Show post", which opens the fold here. Null: nothing folds.
    void setCare(Care *care) { m_care = care; }
    // The reader's handle: their own posts offer neither Report nor Block.
    void setMyHandle(const QString &handle) { m_myHandle = handle; }
    // Whether "View …'s profile" is offered (not on the author's own page).
    void setOffersAuthor(bool offers) { m_offersAuthor = offers; }

    // The menu of the card at index, a child of parent, deleted when it closes.
    QMenu *createMenu(const QModelIndex &index, QWidget *parent);
    // The reactions as a menu of their own (the React pill's), likewise.
    QMenu *createReactionMenu(const QModelIndex &index, QWidget *parent);

Q_SIGNALS:
    // "Open post" (offered when the card is not folded).
    void postActivated(qint64 postId);
    void reactRequested(qint64 postId, std::optional<Hearth::ReactionKind> kind);
    void copyLinkRequested(const Hearth::Location &location);
    void hashtagActivated(const QString &tag);
    void authorActivated(const QString &handle);
    void reportRequested(qint64 postId);
    void blockRequested(const Hearth::User &author);

private:
    // Each kind, checkable, the reader's own checked: choosing it again takes it back.
    void fillReactions(QMenu *menu, const QModelIndex &index);

    Care *m_care = nullptr;
    QString m_myHandle;
    bool m_offersAuthor = true;
};

} // namespace Hearth
