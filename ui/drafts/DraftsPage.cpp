#include "DraftsPage.h"

#include "DraftRowDelegate.h"
#include "models/DraftListModel.h"
#include "ui/look/Metrics.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Hearth {

using Metrics::TextRole;

DraftsPage::DraftsPage(DraftListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(new QLabel(tr("Drafts"), this))
    , m_empty(new QLabel(tr("No drafts. What you write is kept here as you type, until it is "
                            "posted or you let it go."),
          this))
    , m_view(new QListView(this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
{
    m_model->setParent(this);
    m_title->setFont(Metrics::font(TextRole::PageTitle));
    m_empty->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Drafts"));
    m_view->setAccessibleDescription(tr("Enter resumes a draft; Delete removes it."));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegate(new DraftRowDelegate(m_view));
    m_view->setMouseTracking(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_resume->setAccessibleDescription(tr("Takes up the chosen draft again."));
    m_delete->setAccessibleDescription(tr("Deletes the chosen draft, after asking."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_resume);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(
        Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceM);
    layout->setSpacing(Metrics::spaceM);
    layout->addWidget(m_title);
    // Empty, the line stays under the title (the list, hidden, leaves it the room).
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QListView::activated, this, &DraftsPage::resume);
    connect(m_resume, &QPushButton::clicked, this, [this] { resume(m_view->currentIndex()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { askToDelete(m_view->currentIndex()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &DraftsPage::updateState);
    updateState();
}

void DraftsPage::refresh()
{
    m_model->refresh();
    updateState();
}

void DraftsPage::focusStart()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void DraftsPage::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_view->setVisible(any);
    if (any && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(0, 0));
    m_resume->setEnabled(any);
    m_delete->setEnabled(any);
}

void DraftsPage::resume(const QModelIndex &row)
{
    if (row.isValid())
        Q_EMIT resumeRequested(row.data(DraftListModel::KeyRole).toString());
}

void DraftsPage::askToDelete(const QModelIndex &row)
{
    if (!row.isValid() || m_question)
        return;
    const QString key = row.data(DraftListModel::KeyRole).toString();
    m_question = new QMessageBox(QMessageBox::Question, tr("Delete this draft?"),
        tr("“%1” will be gone from this computer. This can't be undone.")
            .arg(row.data(DraftListModel::WhereRole).toString()),
        QMessageBox::NoButton, this);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = m_question->addButton(tr("Delete draft"), QMessageBox::DestructiveRole);
    QPushButton *keep = m_question->addButton(tr("Keep it"), QMessageBox::RejectRole);
    m_question->setDefaultButton(keep);
    m_question->setEscapeButton(keep);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, remove, key](QAbstractButton *b) {
        if (b == remove)
            Q_EMIT deleteRequested(key);
    });
    m_question->open();
}

void DraftsPage::resizeEvent(QResizeEvent *event)
{
    const int side = std::max(Metrics::spaceXL, (width() - Metrics::readingWidth) / 2);
    layout()->setContentsMargins(side, Metrics::spaceXL, side, Metrics::spaceM);
    QWidget::resizeEvent(event);
}

bool DraftsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            askToDelete(m_view->currentIndex());
            return true;
        }
    }
    if ((watched == m_view || watched == m_view->viewport())
        && event->type() == QEvent::ContextMenu) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QModelIndex row = m_view->currentIndex();
        if (menuEvent->reason() == QContextMenuEvent::Mouse) {
            row = m_view->indexAt(m_view->viewport()->mapFromGlobal(menuEvent->globalPos()));
            if (row.isValid())
                m_view->setCurrentIndex(row);
        }
        if (!row.isValid())
            return true;
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("&Resume"), this, [this, row] { resume(row); });
        menu->addAction(tr("&Delete…"), this, [this, row] { askToDelete(row); });
        menu->popup(menuEvent->reason() == QContextMenuEvent::Mouse
                ? menuEvent->globalPos()
                : m_view->viewport()->mapToGlobal(m_view->visualRect(row).center()));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth
