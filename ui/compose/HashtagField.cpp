#include "HashtagField.h"

#include "api/Hashtags.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr int TagRole = Qt::UserRole + 1;

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u',';
}

// The words of text, without their leading '#' (or several).
QStringList words(const QString &text)
{
    static const QRegularExpression separators(u"[\\s,]+"_s);
    QStringList found;
    for (QString word : text.split(separators, Qt::SkipEmptyParts)) {
        while (word.startsWith(u'#'))
            word.remove(0, 1);
        if (!word.isEmpty())
            found.append(word);
    }
    return found;
}

} // namespace

HashtagField::HashtagField(ComposerStore store, QWidget *parent)
    : QLineEdit(parent)
    , m_store(store)
    , m_topics(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_topics, this))
{
    setPlaceholderText(tr("#Therapy #SmallWins"));
    setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    // Several words, one completed at a time: the completer is driven by hand rather than
    // given to the line edit, which would complete the whole text.
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(MaxCompletions);
    connect(this, &QLineEdit::textEdited, this, &HashtagField::offerCompletions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) { complete(index.data(TagRole).toString()); });
}

QStringList HashtagField::tags() const
{
    return Hashtags::unite({}, words(text()));
}

QStringList HashtagField::invalidTags() const
{
    QStringList invalid;
    for (const QString &word : words(text())) {
        if (!Hashtags::isValid(word))
            invalid.append(word);
    }
    return invalid;
}

void HashtagField::setTags(const QStringList &tags)
{
    QStringList written;
    for (const QString &tag : tags)
        written.append(u'#' + tag);
    setText(written.join(u' '));
}

std::pair<qsizetype, qsizetype> HashtagField::currentWord() const
{
    const QString all = text();
    qsizetype start = cursorPosition();
    while (start > 0 && !isSeparator(all.at(start - 1)))
        --start;
    qsizetype end = cursorPosition();
    while (end < all.size() && !isSeparator(all.at(end)))
        ++end;
    return {start, end - start};
}

void HashtagField::offerCompletions()
{
    const qsizetype start = currentWord().first;
    QString word = text().mid(start, cursorPosition() - start);
    while (word.startsWith(u'#'))
        word.remove(0, 1);
    m_topics->clear();
    if (word.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    for (const Topic &topic : m_store.topics(Hashtags::slug(word))) {
        if (m_topics->rowCount() >= MaxCompletions)
            break;
        const QString tag = topic.tag.isEmpty() ? topic.slug : topic.tag;
        auto *item = new QStandardItem(topic.name.compare(tag, Qt::CaseInsensitive) == 0
                ? u'#' + tag
                : tr("#%1 (%2)").arg(tag, topic.name));
        item->setData(tag, TagRole);
        item->setToolTip(topic.name);
        m_topics->appendRow(item);
    }
    if (m_topics->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    openAbove();
}

void HashtagField::openAbove()
{
    // Below the field are the line that says where the post appears, which changes as a tag
    // is chosen, and the fields still to fill: the choices open above, over the text
    // written already, unless the screen has no room there.
    QAbstractItemView *popup = m_completer->popup();
    if (!popup->isVisible())
        return;
    const QPoint above = mapToGlobal(QPoint(0, -popup->height()));
    const QScreen *shown = screen();
    if (shown && above.y() < shown->availableGeometry().top())
        return;
    popup->move(above.x(), above.y());
}

void HashtagField::complete(const QString &tag)
{
    if (tag.isEmpty())
        return;
    const auto [start, length] = currentWord();
    QString all = text();
    const QString replacement = u'#' + tag + u' ';
    all.replace(start, length, replacement);
    // Not a trailing space twice.
    if (start + replacement.size() < all.size() && isSeparator(all.at(start + replacement.size())))
        all.remove(start + replacement.size(), 1);
    setText(all);
    setCursorPosition(int(start + replacement.size()));
}

} // namespace Hearth
