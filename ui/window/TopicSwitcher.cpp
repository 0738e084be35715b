#include "TopicSwitcher.h"

#include "api/Hashtags.h"

#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStandardItemModel>
#include <QToolButton>

namespace Hearth {

namespace {

constexpr int SlugRole = Qt::UserRole + 1;

} // namespace

TopicSwitcher::TopicSwitcher(QWidget *parent)
    : QWidget(parent)
    , m_joinedButton(new QToolButton(this))
    , m_joined(new QMenu(this))
    , m_goTo(new QLineEdit(this))
    , m_names(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_names, this))
{
    m_joinedButton->setText(tr("My topics"));
    m_joinedButton->setToolTip(tr("The topics you joined"));
    m_joinedButton->setAccessibleName(tr("My topics"));
    m_joinedButton->setPopupMode(QToolButton::InstantPopup);
    m_joinedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_joinedButton->setMenu(m_joined);

    m_goTo->setPlaceholderText(tr("Go to a topic…"));
    m_goTo->setAccessibleName(tr("Go to a topic"));
    m_goTo->setAccessibleDescription(tr("Type a topic's name and press Enter."));
    m_goTo->setClearButtonEnabled(true);
    m_goTo->setMinimumWidth(m_goTo->fontMetrics().averageCharWidth() * 24);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_goTo->setCompleter(m_completer);
    connect(m_goTo, &QLineEdit::returnPressed, this, &TopicSwitcher::goToTyped);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            const QString slug = index.data(SlugRole).toString();
            m_goTo->clear();
            if (!slug.isEmpty())
                Q_EMIT topicRequested(slug);
        });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_joinedButton);
    layout->addWidget(m_goTo);
    setTopics({}, {});
}

void TopicSwitcher::setTopics(const QList<Topic> &all, const QList<Topic> &joined)
{
    m_all = all;
    m_names->clear();
    for (const Topic &topic : all) {
        auto *item = new QStandardItem(topic.name);
        item->setData(topic.slug, SlugRole);
        item->setToolTip(u'#' + topic.tag);
        m_names->appendRow(item);
    }
    m_joined->clear();
    for (const Topic &topic : joined) {
        const QString slug = topic.slug;
        // A name from the network: '&' would otherwise become a mnemonic.
        QString name = topic.name;
        name.replace(u'&', QStringLiteral("&&"));
        m_joined->addAction(name, this, [this, slug] { Q_EMIT topicRequested(slug); });
    }
    if (joined.isEmpty()) {
        m_joined->addAction(tr("Topics you join appear here"))->setEnabled(false);
    }
}

QString TopicSwitcher::slugFor(const QString &typed) const
{
    QString text = typed.trimmed();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    for (const Topic &topic : m_all) {
        if (topic.name.compare(text, Qt::CaseInsensitive) == 0
            || topic.tag.compare(text, Qt::CaseInsensitive) == 0 || topic.slug == text.toLower())
            return topic.slug;
    }
    // Not a topic the community has named yet: its hashtag's page may still have posts.
    QString compact = text;
    compact.remove(u' ');
    return Hashtags::isValid(compact) ? Hashtags::slug(compact) : QString();
}

void TopicSwitcher::focusGoTo()
{
    m_goTo->setFocus(Qt::ShortcutFocusReason);
    m_goTo->selectAll();
}

void TopicSwitcher::goToTyped()
{
    const QString slug = slugFor(m_goTo->text());
    if (slug.isEmpty())
        return;
    m_goTo->clear();
    Q_EMIT topicRequested(slug);
}

} // namespace Hearth
