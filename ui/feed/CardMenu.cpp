#include "CardMenu.h"

#include "models/FeedModel.h"
#include "ui/care/Care.h"
#include "ui/look/ReactionIcons.h"

#include <QMenu>

namespace Hearth {

namespace {

// An '&' in a name is a letter, not a shortcut.
QString menuText(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

} // namespace

CardMenu::CardMenu(QObject *parent) : QObject(parent) { }

QMenu *CardMenu::createMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!index.isValid())
        return menu;
    const qint64 id = index.data(FeedModel::IdRole).toLongLong();
    if (m_care && m_care->postFold(index).folded) {
        menu->addAction(tr("Show post"), this, [this, id] { m_care->openPost(id); });
    } else {
        menu->addAction(tr("Open post"), this, [this, id] { Q_EMIT postActivated(id); });
    }
    fillReactions(menu->addMenu(tr("&React")), index);
    // A post still waiting for the community has no address to link to yet.
    menu->addAction(
            tr("Copy &link"), this, [this, id] { Q_EMIT copyLinkRequested(Location::post(id)); })
        ->setEnabled(id > 0);
    const QStringList tags = index.data(FeedModel::HashtagsRole).toStringList();
    if (!tags.isEmpty())
        menu->addSeparator();
    for (const QString &tag : tags) {
        menu->addAction(
            tr("Open #%1").arg(tag), this, [this, tag] { Q_EMIT hashtagActivated(tag); });
    }
    const User author = index.data(FeedModel::AuthorRole).value<User>();
    if (m_offersAuthor && !author.handle.isEmpty()) {
        menu->addAction(tr("View %1’s &profile").arg(menuText(author.displayName)), this,
            [this, handle = author.handle] { Q_EMIT authorActivated(handle); });
    }
    // Someone else's post can be reported, and its author blocked.
    if (author.handle != m_myHandle && id > 0) {
        menu->addSeparator();
        menu->addAction(tr("Re&port post…"), this, [this, id] { Q_EMIT reportRequested(id); });
        menu->addAction(tr("&Block %1…").arg(menuText(author.displayName)), this,
            [this, author] { Q_EMIT blockRequested(author); });
    }
    return menu;
}

QMenu *CardMenu::createReactionMenu(const QModelIndex &index, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid())
        fillReactions(menu, index);
    return menu;
}

void CardMenu::fillReactions(QMenu *menu, const QModelIndex &index)
{
    const qint64 id = index.data(FeedModel::IdRole).toLongLong();
    const QString mine = index.data(FeedModel::MyReactionRole).toString();
    for (const ReactionKind kind : AllReactionKinds) {
        QAction *action = menu->addAction(ReactionIcons::name(kind));
        action->setCheckable(true);
        const bool isMine = toWire(kind) == mine;
        action->setChecked(isMine);
        connect(action, &QAction::triggered, this, [this, id, kind, isMine] {
            Q_EMIT reactRequested(id, isMine ? std::nullopt : std::optional(kind));
        });
    }
}

} // namespace Hearth
