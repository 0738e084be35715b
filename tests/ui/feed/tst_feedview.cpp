// FeedView, the list of cards that costs what the reader sees: its row heights (sums and
// searches checked against plain arithmetic), a page appended after 50,000 rows measuring
// only the cards near the reader, cards tiling the viewport at that depth, and the card under
// the reader staying where it is on the screen while the cards above it are measured.

#include "CountingDelegate.h"
#include "models/FeedModel.h"
#include "ui/feed/FeedView.h"
#include "ui/feed/PostCardDelegate.h"
#include "ui/feed/RowHeights.h"

#include <QAbstractListModel>
#include <QContextMenuEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

// Cards made up from their row, many thousands of them at no cost, brought a page at a time
// as FeedModel brings them.
class ManyCards : public QAbstractListModel
{
public:
    explicit ManyCards(int total) : m_total(total) { }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_loaded;
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_loaded < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const int count = std::min(FeedModel::PageSize, m_total - m_loaded);
        beginInsertRows({}, m_loaded, m_loaded + count - 1);
        m_loaded += count;
        endInsertRows();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const int row = index.row();
        switch (role) {
        case FeedModel::IdRole:
            return qint64(row + 1);
        case Qt::DisplayRole:
        case FeedModel::TitleRole:
            return u"Small steps, week %1"_s.arg(row);
        case FeedModel::BodyRole:
            // One line to many: cards of several heights.
            return QString(u"Made tea and sat by the window for a while. "_s.repeated(1 + row % 9)
                + u"#Steps"_s);
        case FeedModel::HashtagsRole:
            return QStringList{u"Steps"_s};
        case FeedModel::AuthorNameRole:
            return u"Amber Fields"_s;
        case FeedModel::CreatedAtRole:
            return QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(-60 * row);
        case FeedModel::HasMediaRole:
            return row % 7 == 3;
        case FeedModel::MediaWidthRole:
            return row % 7 == 3 ? 1200 : 0;
        case FeedModel::MediaHeightRole:
            return row % 7 == 3 ? 900 : 0;
        case FeedModel::ReactionCountRole:
        case FeedModel::CommentCountRole:
            return qint64(row % 4);
        default:
            return {};
        }
    }

private:
    int m_total;
    int m_loaded = 0;
};

} // namespace

class TestFeedView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowHeightsAddUp();
    void aPageAppendedDeepMeasuresOnlyCardsNearTheReader();
    void theCardUnderTheReaderStaysPut();
    void aNarrowerWindowTilesItsCardsAgain();
    void theCardMenuIsAskedForTheCardMeant();
};

void TestFeedView::rowHeightsAddUp()
{
    QRandomGenerator random(15);
    RowHeights heights;
    std::vector<int> plain;
    const auto check = [&]() -> QString {
        if (heights.count() != int(plain.size()))
            return u"%1 rows, %2 expected"_s.arg(heights.count()).arg(plain.size());
        qint64 top = 0;
        for (int row = 0; row < int(plain.size()); ++row) {
            if (heights.offsetOf(row) != top)
                return u"row %1 at %2, %3 expected"_s.arg(row).arg(heights.offsetOf(row)).arg(top);
            // Its first pixel, its last, and the middle all belong to it.
            for (const qint64 y :
                {top, top + plain[size_t(row)] - 1, top + plain[size_t(row)] / 2}) {
                if (heights.rowAt(y) != row)
                    return u"y %1 in row %2, rowAt says %3"_s.arg(y).arg(row).arg(heights.rowAt(y));
            }
            top += plain[size_t(row)];
        }
        if (heights.total() != top)
            return u"total %1, %2 expected"_s.arg(heights.total()).arg(top);
        if (!plain.empty() && heights.rowAt(top + 50) != int(plain.size()) - 1)
            return u"below the last row: %1"_s.arg(heights.rowAt(top + 50));
        return {};
    };
    QCOMPARE(heights.rowAt(0), -1);
    for (int i = 0; i < 1000; ++i) {
        const int height = 40 + int(random.bounded(400));
        heights.append(height);
        plain.push_back(height);
    }
    QCOMPARE(check(), QString());
    QCOMPARE(heights.rowAt(-10), 0);
    for (int i = 0; i < 300; ++i) {
        const int row = int(random.bounded(int(plain.size())));
        const int height = 40 + int(random.bounded(400));
        heights.set(row, height, true);
        plain[size_t(row)] = height;
        QVERIFY(heights.isMeasured(row));
    }
    QCOMPARE(check(), QString());
    heights.insert(10, 5, 77);
    plain.insert(plain.begin() + 10, 5, 77);
    QVERIFY(!heights.isMeasured(12));
    heights.remove(500, 40);
    plain.erase(plain.begin() + 500, plain.begin() + 540);
    heights.insert(heights.count(), 3, 99); // at the end: appended
    plain.insert(plain.end(), 3, 99);
    QCOMPARE(check(), QString());
}

// After 50,000 rows a page costs what it costs after 1,000: its own cards, and those near the
// reader. The cards on the screen are measured, touch without gaps and do not overlap, and the
// last one ends where the viewport does.
void TestFeedView::aPageAppendedDeepMeasuresOnlyCardsNearTheReader()
{
    const int total = 50'000 + FeedModel::PageSize;
    ManyCards model(total);
    FeedView view;
    auto *delegate = new CountingDelegate(nullptr, &view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(760, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    while (model.rowCount() < total - FeedModel::PageSize)
        model.fetchMore({});
    // Rows appended below the reader are estimated, not measured.
    QVERIFY2(delegate->measured < 100, qPrintable(QString::number(delegate->measured)));
    view.scrollTo(model.index(model.rowCount() - 1), QAbstractItemView::PositionAtBottom);
    QCoreApplication::processEvents();
    view.viewport()->repaint();

    delegate->measured = 0;
    const int viewMeasured = view.measureCount();
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    view.scrollToBottom();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    QVERIFY2(delegate->measured <= 2 * FeedModel::PageSize,
        qPrintable(u"%1 cards measured"_s.arg(delegate->measured)));
    QCOMPARE(view.measureCount() - viewMeasured, delegate->measured);

    // What the reader sees at the end: measured cards, edge to edge, the last at the bottom.
    const int height = view.viewport()->height();
    const int first = view.indexAt(QPoint(10, 0)).row();
    QVERIFY(first > 0);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, view.viewport()->width(), 0);
    for (int row = first; row < total; ++row) {
        const QRect card = view.visualRect(model.index(row));
        QVERIFY2(view.isMeasured(row), qPrintable(u"row %1 on the screen unmeasured"_s.arg(row)));
        QCOMPARE(card.height(), delegate->sizeHint(option, model.index(row)).height());
        QCOMPARE(card.width(), view.viewport()->width());
        if (row + 1 < total)
            QCOMPARE(view.visualRect(model.index(row + 1)).top(), card.bottom() + 1);
        QCOMPARE(view.indexAt(card.center()).row(), row);
    }
    QCOMPARE(view.visualRect(model.index(total - 1)).bottom(), height - 1);
}

// Scrolling back up into cards that were only estimated: they are measured as they come near,
// and the card being read does not jump however wrong their estimates were.
void TestFeedView::theCardUnderTheReaderStaysPut()
{
    const int total = 20'000;
    ManyCards model(total);
    FeedView view;
    view.setItemDelegate(new PostCardDelegate(nullptr, &view));
    view.setModel(&model);
    view.resize(760, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    while (model.canFetchMore({}))
        model.fetchMore({});

    const QModelIndex read = model.index(12'345);
    view.scrollTo(read, QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    QCOMPARE(view.visualRect(read).top(), 0);
    QVERIFY(!view.isMeasured(12'000));

    // Up a wheel notch at a time: each step moves the card by the step, no more, no less.
    QScrollBar *bar = view.verticalScrollBar();
    for (int step = 1; step <= 20; ++step) {
        const int before = view.visualRect(read).top();
        bar->setValue(bar->value() - 72);
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        QCOMPARE(view.visualRect(read).top(), before + 72);
    }
    // The cards now above the card read were measured as they came near.
    for (int row = view.indexAt(QPoint(10, 0)).row(); row <= read.row(); ++row)
        QVERIFY2(view.isMeasured(row), qPrintable(u"row %1"_s.arg(row)));

    // And to the top: the first card starts at the top of the viewport.
    view.scrollToTop();
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    QCOMPARE(view.visualRect(model.index(0)).top(), 0);
    QCOMPARE(view.indexAt(QPoint(10, 5)).row(), 0);
}

// Only the width changes (the height stays): the cards on the screen get their heights at the
// new width and still touch without gaps or overlaps, and the card read stays at the top.
void TestFeedView::aNarrowerWindowTilesItsCardsAgain()
{
    const int total = 5'000;
    ManyCards model(total);
    FeedView view;
    auto *delegate = new PostCardDelegate(nullptr, &view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(900, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    while (model.canFetchMore({}))
        model.fetchMore({});
    const QModelIndex read = model.index(2'503); // two sentences: one line wide, two narrow
    view.scrollTo(read, QAbstractItemView::PositionAtTop);
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    const int wideHeight = view.visualRect(read).height();

    view.resize(520, 800);
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    QCOMPARE(view.viewport()->width() < 520, true);
    QCOMPARE(view.visualRect(read).top(), 0);
    QVERIFY2(view.visualRect(read).height() > wideHeight,
        qPrintable(
            u"%1 px narrow, %2 px wide"_s.arg(view.visualRect(read).height()).arg(wideHeight)));
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = QRect(0, 0, view.viewport()->width(), 0);
    const int last = view.indexAt(QPoint(10, view.viewport()->height() - 1)).row();
    QVERIFY(last > read.row());
    for (int row = read.row(); row <= last; ++row) {
        const QRect card = view.visualRect(model.index(row));
        QCOMPARE(card.width(), view.viewport()->width());
        QCOMPARE(card.height(), delegate->sizeHint(option, model.index(row)).height());
        QCOMPARE(view.visualRect(model.index(row + 1)).top(), card.bottom() + 1);
    }
}

// The topic page and a person's page show a card's menu where the view says: the card under
// a right click, the current card off the cards or from the keyboard.
void TestFeedView::theCardMenuIsAskedForTheCardMeant()
{
    ManyCards model(50);
    FeedView view;
    view.setItemDelegate(new PostCardDelegate(nullptr, &view));
    view.setModel(&model);
    view.resize(1000, 700); // wide: a gutter beside the reading column
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy asked(&view, &FeedView::cardMenuRequested);
    const auto askedFor = [&asked] {
        return std::pair{asked.last().at(0).value<QModelIndex>(), asked.last().at(1).toPoint()};
    };

    // A right click on the second card: that card, where the click was.
    const QRect second = view.visualRect(model.index(1));
    QVERIFY(second.isValid() && view.viewport()->rect().contains(second.center()));
    const QPoint onSecond = view.viewport()->mapToGlobal(second.center());
    QContextMenuEvent click(QContextMenuEvent::Mouse, second.center(), onSecond);
    QCoreApplication::sendEvent(view.viewport(), &click);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(askedFor().first, model.index(1));
    QCOMPARE(askedFor().second, onSecond);

    // In the gutter, off the cards: the current card.
    view.setCurrentIndex(model.index(2));
    const QPoint gutter(view.columnRect().left() / 2, second.center().y());
    QVERIFY(!view.indexAt(gutter).isValid());
    QContextMenuEvent offCards(
        QContextMenuEvent::Mouse, gutter, view.viewport()->mapToGlobal(gutter));
    QCoreApplication::sendEvent(view.viewport(), &offCards);
    QCOMPARE(asked.count(), 2);
    QCOMPARE(askedFor().first, model.index(2));

    // The Menu key, and the keyboard's context menu: the current card, its menu on the card.
    for (int round = 0; round < 2; ++round) {
        if (round == 0) {
            QTest::keyClick(&view, Qt::Key_Menu);
        } else {
            QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(), QPoint());
            QCoreApplication::sendEvent(&view, &key);
        }
        QCOMPARE(asked.count(), 3 + round);
        QCOMPARE(askedFor().first, model.index(2));
        const QRect current = view.visualRect(model.index(2));
        QVERIFY(current.contains(view.viewport()->mapFromGlobal(askedFor().second)));
    }
}

QTEST_MAIN(TestFeedView)
#include "tst_feedview.moc"
