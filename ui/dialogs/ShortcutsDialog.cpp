#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

QString keys(std::initializer_list<QKeySequence> sequences)
{
    return ShortcutsDialog::keysText(QList<QKeySequence>(sequences));
}

// An action's text as a row says it: "&Go to a topic…" is "Go to a topic".
QString plainText(const QAction *action)
{
    const QString text = action->text();
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'&' && i + 1 < text.size())
            ++i; // "&&" is one '&'; "&x" is x
        plain += text[i];
    }
    if (plain.endsWith(u'…'))
        plain.chop(1);
    else if (plain.endsWith(u"..."_s))
        plain.chop(3);
    return plain.trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &windowActions, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));

    Group everywhere = actionGroup(tr("Everywhere"), windowActions);
    everywhere.entries += windowKeys();
    m_groups = {everywhere};
    m_groups += pageKeys();

    auto *intro = new QLabel(
        tr("Everything in Hearth can be done with the keyboard. These keys are the shortcuts."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(
        tr("One row for each shortcut: what it does, then its keys. The rows are grouped by "
           "where they work."));
    fill();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 620);
    m_list->setFocus();
}

void ShortcutsDialog::fill()
{
    QFont groupFont = m_list->font();
    groupFont.setBold(true);
    for (const Group &group : std::as_const(m_groups)) {
        auto *heading = new QTreeWidgetItem(m_list, {group.title});
        heading->setFont(0, groupFont);
        heading->setFirstColumnSpanned(true);
        heading->setData(0, Qt::AccessibleTextRole, group.title);
        for (const Entry &entry : group.entries) {
            auto *row = new QTreeWidgetItem(heading, {entry.action, entry.keys});
            // A screen reader that reads the focused cell alone still hears the whole row.
            row->setData(0, Qt::AccessibleTextRole,
                tr("%1: %2", "a shortcut read aloud: what it does, its keys")
                    .arg(entry.action, entry.keys));
        }
    }
    m_list->expandAll();
    m_list->resizeColumnToContents(0);
    m_list->setCurrentItem(m_list->topLevelItem(0));
}

ShortcutsDialog::Group ShortcutsDialog::actionGroup(
    const QString &title, const QList<QAction *> &actions)
{
    Group group{title, {}};
    QList<const QAction *> seen;
    for (const QAction *action : actions) {
        if (!action || action->isSeparator() || action->shortcuts().isEmpty()
            || seen.contains(action))
            continue;
        seen.append(action);
        group.entries.append({plainText(action), keysText(action->shortcuts())});
    }
    return group;
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::windowKeys()
{
    return {
        {tr("Next control, previous control"),
            tr("%1, %2").arg(QKeySequence(Qt::Key_Tab).toString(QKeySequence::NativeText),
                QKeySequence(Qt::SHIFT | Qt::Key_Tab).toString(QKeySequence::NativeText))},
        {tr("Open a menu, or go to a field or button"), tr("Alt and the underlined letter")},
        {tr("Close a dialog"), keys({Qt::Key_Escape})},
    };
}

QList<ShortcutsDialog::Group> ShortcutsDialog::pageKeys()
{
    // The keys TopicPage, PostPage, VideoPlayer, PhotoViewer and ComposerDialog handle:
    // a key added there belongs here too.
    return {
        {tr("Topic page"),
            {
                {tr("Next post"), keys({Qt::Key_J, Qt::Key_Down})},
                {tr("Previous post"), keys({Qt::Key_K, Qt::Key_Up})},
                {tr("Open the post"), keys({Qt::Key_Return, Qt::Key_Enter})},
                {tr("Next screenful, previous screenful"),
                    keys({Qt::Key_Space, Qt::SHIFT | Qt::Key_Space})},
                {tr("First post, last post"), keys({Qt::Key_Home, Qt::Key_End})},
                {tr("The post's menu: open, react, or go to a hashtag"), keys({Qt::Key_Menu})},
                {tr("Choose what shows (on the filter tabs)"), keys({Qt::Key_Left, Qt::Key_Right})},
            }},
        {tr("Post"),
            {
                {tr("React (on a reaction button)"), keys({Qt::Key_Space})},
                {tr("Send the comment"),
                    keys({Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter})},
                {tr("Stop replying or editing"), keys({Qt::Key_Escape})},
                {tr("Reply to the selected comment"), keys({Qt::Key_R})},
                {tr("Delete your selected comment"), keys({Qt::Key_Delete})},
                {tr("More for the selected comment"), keys({Qt::Key_Menu})},
                {tr("Play or pause the video"), keys({Qt::Key_Space, Qt::Key_K})},
                {tr("Mute or unmute the video"), keys({Qt::Key_M})},
                {tr("Back or forward 5 seconds in the video"), keys({Qt::Key_Left, Qt::Key_Right})},
                {tr("Zoom the photo in"),
                    keys({QKeySequence(QKeySequence::ZoomIn), Qt::CTRL | Qt::Key_Equal})},
                {tr("Zoom the photo out"), keys({QKeySequence(QKeySequence::ZoomOut)})},
                {tr("Fit the photo to the window"), keys({Qt::CTRL | Qt::Key_0})},
                {tr("Show the photo at its actual size"), keys({Qt::CTRL | Qt::Key_1})},
            }},
        {tr("Composer"),
            {
                {tr("Post it"), keys({Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter})},
                {tr("Close (asks whether to keep the draft)"), keys({Qt::Key_Escape})},
            }},
    };
}

QString ShortcutsDialog::keysText(const QList<QKeySequence> &keys)
{
    QString text;
    for (const QKeySequence &sequence : keys) {
        const QString key = sequence.toString(QKeySequence::NativeText);
        if (key.isEmpty())
            continue;
        text = text.isEmpty() ? key : tr("%1 or %2", "two keys that do the same").arg(text, key);
    }
    return text;
}

} // namespace Hearth
