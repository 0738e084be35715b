// A card's menu (CardMenu), the same on a topic page and on a person's page: what it offers for
// someone else's post, the reader's own, one still waiting to be sent, and on the author's own
// page; what each entry asks for; and the React pill's menu of kinds.

#include "models/FeedModel.h"
#include "translations/Translations.h"
#include "ui/feed/CardMenu.h"

#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Hearth;
using namespace Qt::StringLiterals;

class TestCardMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void someoneElsesPost();
    void myOwnPostAndOneWaitingToBeSent();
    void onTheAuthorsOwnPage();
    void eachEntryAsksForItsThing();
    void theReactionMenuChecksMineAndTakesItBack();

private:
    // A card of the model: a post of id by author, with tags and the reader's reaction.
    QModelIndex card(qint64 id, const QString &handle, const QString &name,
        const QStringList &tags = {}, const QString &mine = {});
    static QStringList texts(const QMenu *menu);
    static QAction *named(const QMenu *menu, const QString &text);

    Translations m_english;
    QStandardItemModel m_model;
};

void TestCardMenu::initTestCase()
{
    QVERIFY(m_english.install(QLocale(QLocale::English)));
}

QModelIndex TestCardMenu::card(qint64 id, const QString &handle, const QString &name,
    const QStringList &tags, const QString &mine)
{
    auto *item = new QStandardItem;
    item->setData(id, FeedModel::IdRole);
    item->setData(
        QVariant::fromValue(User{7, handle, name, false, std::nullopt}), FeedModel::AuthorRole);
    item->setData(tags, FeedModel::HashtagsRole);
    item->setData(mine, FeedModel::MyReactionRole);
    m_model.appendRow(item);
    return item->index();
}

QStringList TestCardMenu::texts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->isSeparator() ? u"--"_s : action->text());
    return texts;
}

QAction *TestCardMenu::named(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void TestCardMenu::someoneElsesPost()
{
    CardMenu cards;
    cards.setMyHandle(u"wren_walks"_s);
    const QModelIndex index = card(42, u"river_stone"_s, u"R&B Fan"_s, {u"Therapy"_s, u"Hope"_s});
    std::unique_ptr<QMenu> menu(cards.createMenu(index, nullptr));
    QCOMPARE(texts(menu.get()),
        (QStringList{u"Open post"_s, u"&React"_s, u"Copy &link"_s, u"--"_s, u"Open #Therapy"_s,
            u"Open #Hope"_s, u"View R&&B Fan’s &profile"_s, u"--"_s, u"Re&port post…"_s,
            u"&Block R&&B Fan…"_s}));
    QVERIFY(named(menu.get(), u"Copy &link"_s)->isEnabled());
    QCOMPARE(named(menu.get(), u"&React"_s)->menu()->actions().size(), ReactionKindCount);
    QVERIFY(menu->testAttribute(Qt::WA_DeleteOnClose));
}

void TestCardMenu::myOwnPostAndOneWaitingToBeSent()
{
    CardMenu cards;
    cards.setMyHandle(u"wren_walks"_s);
    std::unique_ptr<QMenu> mine(cards.createMenu(card(43, u"wren_walks"_s, u"Wren"_s), nullptr));
    QCOMPARE(texts(mine.get()),
        (QStringList{u"Open post"_s, u"&React"_s, u"Copy &link"_s, u"View Wren’s &profile"_s}));
    // Not on the community yet (a local id): no link, and nothing to report.
    std::unique_ptr<QMenu> waiting(cards.createMenu(card(-3, u"wren_walks"_s, u"Wren"_s), nullptr));
    QVERIFY(!named(waiting.get(), u"Copy &link"_s)->isEnabled());
    QVERIFY(!named(waiting.get(), u"Re&port post…"_s));
}

void TestCardMenu::onTheAuthorsOwnPage()
{
    CardMenu cards;
    cards.setOffersAuthor(false);
    std::unique_ptr<QMenu> menu(cards.createMenu(card(44, u"river_stone"_s, u"River"_s), nullptr));
    QCOMPARE(texts(menu.get()),
        (QStringList{u"Open post"_s, u"&React"_s, u"Copy &link"_s, u"--"_s, u"Re&port post…"_s,
            u"&Block River…"_s}));
}

void TestCardMenu::eachEntryAsksForItsThing()
{
    CardMenu cards;
    const QModelIndex index = card(45, u"river_stone"_s, u"River"_s, {u"Grief"_s});
    QSignalSpy opened(&cards, &CardMenu::postActivated);
    QSignalSpy linked(&cards, &CardMenu::copyLinkRequested);
    QSignalSpy tags(&cards, &CardMenu::hashtagActivated);
    QSignalSpy authors(&cards, &CardMenu::authorActivated);
    QSignalSpy reports(&cards, &CardMenu::reportRequested);
    QSignalSpy blocks(&cards, &CardMenu::blockRequested);
    std::unique_ptr<QMenu> menu(cards.createMenu(index, nullptr));
    for (const QString &text : {u"Open post"_s, u"Copy &link"_s, u"Open #Grief"_s,
             u"View River’s &profile"_s, u"Re&port post…"_s, u"&Block River…"_s})
        named(menu.get(), text)->trigger();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened[0][0].toLongLong(), 45);
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked[0][0].value<Location>(), Location::post(45));
    QCOMPARE(tags[0][0].toString(), u"Grief"_s);
    QCOMPARE(authors[0][0].toString(), u"river_stone"_s);
    QCOMPARE(reports[0][0].toLongLong(), 45);
    QCOMPARE(blocks[0][0].value<User>().handle, u"river_stone"_s);
}

void TestCardMenu::theReactionMenuChecksMineAndTakesItBack()
{
    CardMenu cards;
    const QModelIndex index = card(46, u"river_stone"_s, u"River"_s, {}, toWire(ReactionKind::Hug));
    QSignalSpy reacted(&cards, &CardMenu::reactRequested);
    std::unique_ptr<QMenu> menu(cards.createReactionMenu(index, nullptr));
    QCOMPARE(menu->actions().size(), ReactionKindCount);
    int checked = 0;
    for (QAction *action : menu->actions())
        checked += action->isChecked() ? 1 : 0;
    QCOMPARE(checked, 1);
    for (QAction *action : menu->actions()) {
        if (action->isChecked())
            action->trigger(); // mine again: taken back
    }
    QCOMPARE(reacted.size(), 1);
    QCOMPARE(reacted[0][0].toLongLong(), 46);
    QVERIFY(!reacted[0][1].value<std::optional<ReactionKind>>().has_value());
    menu->actions().first()->trigger();
    QCOMPARE(reacted.size(), 2);
    QVERIFY(reacted[1][1].value<std::optional<ReactionKind>>().has_value());
}

QTEST_MAIN(TestCardMenu)
#include "tst_cardmenu.moc"
