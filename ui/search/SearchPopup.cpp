#include "SearchPopup.h"

#include "SearchDelegate.h"
#include "SearchModel.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"

#include <QListView>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// The widest the panel grows, and the narrowest it is, beside a narrow field.
constexpr int PreferredWidth = 520;
constexpr int MinimumWidth = 360;

} // namespace

SearchPopup::SearchPopup(SearchModel *model, QWidget *window)
    : QFrame(window), m_model(model), m_list(new QListView(this))
{
    setObjectName(u"searchPopup"_s);
    setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, Metrics::spaceS, 1, Metrics::spaceS);
    m_list->setModel(model);
    m_list->setItemDelegate(new SearchDelegate(m_list));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Search results"));
    layout->addWidget(m_list);
    hide();

    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (m_model->row(index.row()).isResult())
            Q_EMIT activated(index.row());
    });
    connect(model, &QAbstractItemModel::modelReset, this, &SearchPopup::place);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SearchPopup::place);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &SearchPopup::place);
}

void SearchPopup::showUnder(QWidget *field)
{
    m_field = field;
    place();
    show();
    raise();
}

void SearchPopup::place()
{
    if (!m_field)
        return;
    QWidget *window = parentWidget();
    const QPoint below = m_field->mapTo(window, QPoint(0, m_field->height() + Metrics::spaceXS));
    const int margin = Metrics::spaceM;
    const int room = window->width() - 2 * margin;
    const int width = std::min(room, std::max({m_field->width(), MinimumWidth, PreferredWidth}));
    const int x = std::clamp(below.x(), margin, std::max(margin, window->width() - margin - width));
    int rows = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        rows += m_list->sizeHintForRow(r);
    const QMargins frame = contentsMargins() + layout()->contentsMargins();
    const int wanted = rows + frame.top() + frame.bottom() + 2 * m_list->frameWidth();
    const int height = std::max(0, std::min(wanted, window->height() - below.y() - margin));
    setGeometry(x, below.y(), width, height);
}

void SearchPopup::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Colors::fieldBorder(palette()), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(
        QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), Metrics::radiusSmall, Metrics::radiusSmall);
}

int SearchPopup::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() && m_list->selectionModel()->isSelected(current) ? current.row() : -1;
}

void SearchPopup::moveCurrent(int step)
{
    const int from = currentRow();
    const int next = m_model->nextResult(from < 0 && step > 0 ? -1 : from, step);
    if (next >= 0)
        setCurrentRow(next);
}

void SearchPopup::setCurrentRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

} // namespace Hearth
