#include "DirectoryPage.h"

#include "TopicRowDelegate.h"
#include "models/TopicDirectoryModel.h"
#include "sync/SyncEngine.h"
#include "ui/look/Metrics.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Hearth {

using Metrics::TextRole;

DirectoryPage::DirectoryPage(FeedCache &cache, SyncEngine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new TopicDirectoryModel(cache, this))
    , m_rows(new QSortFilterProxyModel(this))
    , m_delegate(new TopicRowDelegate(this))
    , m_title(new QLabel(tr("All topics"), this))
    , m_filter(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_view(new QListView(this))
{
    m_title->setFont(Metrics::font(TextRole::PageTitle));
    m_title->setAccessibleName(tr("All topics"));
    m_filter->setPlaceholderText(tr("Filter topics by name or description"));
    m_filter->setAccessibleName(tr("Filter topics"));
    m_filter->setClearButtonEnabled(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_rows->setSourceModel(m_model);
    m_rows->setFilterRole(TopicDirectoryModel::SearchTextRole);
    m_rows->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_rows);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Topics"));
    m_view->setAccessibleDescription(
        tr("Enter opens a topic; Space joins or leaves it; the context menu has more."));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setUniformItemSizes(false);
    // Rows as wide as the view, laid out again when it changes (the scroll bar comes or goes).
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::DefaultContextMenu);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_filter->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL, 0);
    layout->setSpacing(Metrics::spaceM);
    layout->addWidget(m_title);
    layout->addWidget(m_filter);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_rows->setFilterFixedString(text.trimmed());
        if (!m_view->currentIndex().isValid() && m_rows->rowCount() > 0)
            m_view->setCurrentIndex(m_rows->index(0, 0));
        updateNote();
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &row) {
        Q_EMIT topicActivated(row.data(TopicDirectoryModel::SlugRole).toString());
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &row) {
        // A click opens, as Enter does, whatever the style's single or double click.
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
            Q_EMIT topicActivated(row.data(TopicDirectoryModel::SlugRole).toString());
    });
    connect(m_delegate, &TopicRowDelegate::joinClicked, this, &DirectoryPage::toggleJoin);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DirectoryPage::updateNote);
    if (m_engine) {
        connect(m_engine, &SyncEngine::topicsChanged, m_model, &TopicDirectoryModel::refresh);
        connect(m_engine, &SyncEngine::topicChanged, m_model, &TopicDirectoryModel::refresh);
        connect(m_engine, &SyncEngine::stateChanged, this, &DirectoryPage::updateNote);
    }
    setTabOrder(m_filter, m_view);
    updateNote();
}

void DirectoryPage::refresh()
{
    m_model->refresh();
    if (m_engine && m_engine->isNetworkEnabled())
        m_engine->refreshTopics();
    if (!m_view->currentIndex().isValid() && m_rows->rowCount() > 0)
        m_view->setCurrentIndex(m_rows->index(0, 0));
    updateNote();
}

void DirectoryPage::focusStart()
{
    m_filter->setFocus(Qt::OtherFocusReason);
}

void DirectoryPage::updateNote()
{
    QString note;
    const bool offline = m_engine
        && (!m_engine->isNetworkEnabled() || m_engine->state() == SyncEngine::State::Offline);
    if (m_rows->rowCount() == 0 && !m_filter->text().trimmed().isEmpty())
        note = tr("No topic matches “%1”.").arg(m_filter->text().trimmed());
    else if (offline && m_model->rowCount() == 0)
        note = tr("The community can't be reached, and no topics are saved on this computer "
                  "yet. They will show here once Hearth is back online.");
    else if (offline)
        note = tr("The community can't be reached right now: these are the topics saved on this "
                  "computer.");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void DirectoryPage::toggleJoin(const QModelIndex &row)
{
    if (!row.isValid())
        return;
    Q_EMIT joinRequested(row.data(TopicDirectoryModel::SlugRole).toString(),
        !row.data(TopicDirectoryModel::JoinedRole).toBool());
}

void DirectoryPage::showMenu(const QModelIndex &row, const QPoint &globalPos)
{
    if (!row.isValid())
        return;
    const QString slug = row.data(TopicDirectoryModel::SlugRole).toString();
    const bool joined = row.data(TopicDirectoryModel::JoinedRole).toBool();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open topic"), this, [this, slug] { Q_EMIT topicActivated(slug); });
    menu->addAction(joined ? tr("&Leave topic") : tr("&Join topic"), this,
        [this, slug, joined] { Q_EMIT joinRequested(slug, !joined); });
    menu->addSeparator();
    menu->addAction(tr("Copy &link"), this, [this, slug] { Q_EMIT copyLinkRequested(slug); });
    menu->popup(globalPos);
}

void DirectoryPage::resizeEvent(QResizeEvent *event)
{
    const int side = std::max(Metrics::spaceXL, (width() - Metrics::readingWidth) / 2);
    layout()->setContentsMargins(side, Metrics::spaceXL, side, 0);
    QWidget::resizeEvent(event);
}

bool DirectoryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        // Down and Enter in the field go on to the list: filter, then pick.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            if (m_rows->rowCount() == 0)
                return false;
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_rows->index(0, 0));
            m_view->setFocus(Qt::TabFocusReason);
            if (key->key() != Qt::Key_Down)
                Q_EMIT topicActivated(
                    m_view->currentIndex().data(TopicDirectoryModel::SlugRole).toString());
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool space = key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier;
        const bool ctrlJ = key->key() == Qt::Key_J && key->modifiers() == Qt::ControlModifier;
        if (space || ctrlJ) {
            toggleJoin(m_view->currentIndex());
            return true;
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        // A row's height depends on the width (the description's two lines), and a list
        // laid out top to bottom lays its rows out again only when its height changes.
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_view->doItemsLayout();
    }
    if ((watched == m_view || watched == m_view->viewport())
        && event->type() == QEvent::ContextMenu) {
        const auto *menu = static_cast<QContextMenuEvent *>(event);
        QModelIndex row = m_view->currentIndex();
        if (menu->reason() == QContextMenuEvent::Mouse) {
            row = m_view->indexAt(m_view->viewport()->mapFromGlobal(menu->globalPos()));
            if (row.isValid())
                m_view->setCurrentIndex(row);
        }
        const QPoint at = menu->reason() == QContextMenuEvent::Mouse
            ? menu->globalPos()
            : m_view->viewport()->mapToGlobal(m_view->visualRect(row).center());
        showMenu(row, at);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth
