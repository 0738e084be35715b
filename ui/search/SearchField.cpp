#include "SearchField.h"

#include "LocalSearch.h"
#include "SearchModel.h"
#include "SearchPopup.h"
#include "api/Limits.h"
#include "sync/Community.h"
#include "ui/care/Care.h"
#include "ui/look/Icons.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QListView>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Long enough that a word typed at an ordinary pace asks once, short enough to feel prompt.
constexpr std::chrono::milliseconds CommunityDelay{350};

} // namespace

SearchField::SearchField(Community &community, const Care &care, QWidget *parent)
    : QLineEdit(parent), m_community(community), m_care(care), m_model(new SearchModel(this))
{
    setObjectName(u"searchField"_s);
    setPlaceholderText(tr("Search Hearth"));
    setAccessibleName(tr("Search Hearth"));
    setClearButtonEnabled(true);
    addAction(Icons::icon(u"edit-find"_s), QLineEdit::LeadingPosition);
    setMaxLength(Limits::MaxSearchLength);
    setMinimumWidth(200);
    setMaximumWidth(360);
    m_delay.setSingleShot(true);
    m_delay.setInterval(CommunityDelay);
    connect(&m_delay, &QTimer::timeout, this, &SearchField::askCommunity);
    connect(this, &QLineEdit::textChanged, this, &SearchField::search);
    connect(&m_community, &Community::aboutToSwitch, this, [this] {
        cancelAsking();
        m_model->clear();
        hidePopup();
    });
    // Signed in or out, the words typed are searched again in the new cache.
    connect(&m_community, &Community::switched, this, [this] {
        if (!text().trimmed().isEmpty() && hasFocus())
            search();
    });
}

SearchField::~SearchField()
{
    // The panel is the window's child: it may outlive the field by a moment.
    delete m_popup;
}

SearchPopup *SearchField::popup() const
{
    return m_popup;
}

void SearchField::setCommunityDelay(std::chrono::milliseconds delay)
{
    m_delay.setInterval(delay);
}

void SearchField::focusSearch()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
}

void SearchField::ensurePopup()
{
    if (m_popup)
        return;
    m_popup = new SearchPopup(m_model, window());
    connect(m_popup, &SearchPopup::activated, this, &SearchField::activate);
    window()->installEventFilter(this);
}

void SearchField::search()
{
    cancelAsking();
    const QString typed = text().trimmed();
    if (typed.isEmpty() || !m_community.isOpen()) {
        m_model->clear();
        hidePopup();
        return;
    }
    QList<SearchRow> rows = LocalSearch(m_community.feed(), &m_care).rows(typed);
    if (rows.isEmpty()) {
        rows.append(SearchRow::notice(
            tr("Nothing kept on this computer matches \u201c%1\u201d.").arg(typed)));
    }
    m_model->setLocal(rows);
    ensurePopup();
    m_popup->showUnder(this);
    announceCount();
    m_delay.start();
}

void SearchField::cancelAsking()
{
    m_delay.stop();
    // The callbacks go with their context: an answer for words no longer shown is dropped.
    delete m_request;
}

void SearchField::askCommunity()
{
    cancelAsking();
    const QString typed = text().trimmed();
    if (typed.isEmpty() || !m_community.isOpen())
        return;
    auto *request = new QObject(this);
    m_request = request;
    SearchSource::ask(m_community, typed, CommunityLimit, request,
        [this, request, typed](std::optional<SearchSource::Found> found) {
            request->deleteLater();
            showCommunity(typed, found);
        });
}

void SearchField::showCommunity(
    const QString &typed, const std::optional<SearchSource::Found> &found)
{
    if (!found) {
        m_model->setAfterLocal(
            {SearchRow::notice(tr("The community could not be asked just now. "
                                  "These are the results kept on this computer."))});
        announceCount();
        Q_EMIT communityAnswered();
        return;
    }
    // What the local rows show already is not shown twice.
    QSet<qint64> shownPosts;
    QSet<qint64> shownPeople;
    QSet<QString> shownTopics;
    for (const SearchRow &row : m_model->rows()) {
        if (row.kind == SearchRow::Kind::Post)
            shownPosts.insert(row.id);
        else if (row.kind == SearchRow::Kind::Person)
            shownPeople.insert(row.id);
        else if (row.kind == SearchRow::Kind::Topic)
            shownTopics.insert(row.key);
    }
    QList<SearchRow> rows{SearchRow::divider()};
    QList<SearchRow> group;
    const auto addGroup = [&](SearchRow::Kind kind) {
        if (!group.isEmpty())
            rows += QList<SearchRow>{SearchRow::headingOf(kind)} + group;
        group.clear();
    };
    for (const Topic &topic : found->topics) {
        if (!shownTopics.contains(topic.slug))
            group.append(SearchRow::topic(topic, true));
    }
    addGroup(SearchRow::Kind::Topic);
    for (const auto &hit : found->posts) {
        if (!shownPosts.contains(hit.post.id)) {
            group.append(SearchRow::post(hit.post, SearchRow::markedExcerpt(hit.post.body, typed),
                LocalSearch::foldOf(hit.post, &m_care), true));
        }
    }
    addGroup(SearchRow::Kind::Post);
    for (const User &user : found->people) {
        if (!shownPeople.contains(user.id))
            group.append(SearchRow::person(user, true));
    }
    addGroup(SearchRow::Kind::Person);
    if (rows.size() == 1)
        rows.append(SearchRow::notice(tr("Nothing more in the community.")));
    m_model->setAfterLocal(rows);
    announceCount();
    Q_EMIT communityAnswered();
}

void SearchField::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount() || !m_model->row(row).isResult())
        return;
    const SearchRow chosen = m_model->row(row);
    hidePopup();
    switch (chosen.kind) {
    case SearchRow::Kind::Post:
        Q_EMIT postRequested(chosen.id);
        break;
    case SearchRow::Kind::Topic:
        Q_EMIT topicRequested(chosen.key);
        break;
    case SearchRow::Kind::Person:
        Q_EMIT personRequested(chosen.key);
        break;
    case SearchRow::Kind::Heading:
    case SearchRow::Kind::Divider:
    case SearchRow::Kind::Notice:
        break;
    }
}

void SearchField::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

void SearchField::announceCount()
{
    if (!m_popup)
        return;
    const QString count = tr("%n found", nullptr, m_model->resultCount());
    m_popup->list()->setAccessibleDescription(count);
    setAccessibleDescription(count);
    QAccessibleEvent event(m_popup->list(), QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    const bool open = m_popup && m_popup->isVisible();
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_Up:
        if (!open && !text().trimmed().isEmpty() && m_model->rowCount() > 0)
            m_popup->showUnder(this);
        if (m_popup && m_popup->isVisible())
            m_popup->moveCurrent(event->key() == Qt::Key_Down ? 1 : -1);
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (open) {
            const int current = m_popup->currentRow();
            activate(current >= 0 ? current : m_model->nextResult(-1, 1));
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        hidePopup();
        Q_EMIT left();
        event->accept();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (m_popup && !text().trimmed().isEmpty() && m_model->rowCount() > 0)
        m_popup->showUnder(this);
}

void SearchField::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // A menu or a tooltip takes the keyboard for a moment; anything else is leaving.
    if (event->reason() != Qt::PopupFocusReason)
        hidePopup();
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (m_popup && watched == window() && event->type() == QEvent::Resize)
        m_popup->place();
    return QLineEdit::eventFilter(watched, event);
}

} // namespace Hearth
