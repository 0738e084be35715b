#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QKeySequence;
class QTreeWidget;

namespace Hearth {

// Help → Keyboard shortcuts: every key Hearth answers to, grouped by where it works
// (everywhere, on a topic page, on a post, in the composer), one row per key: what it
// does, then the keys in the system's words ("Alt+Left"). A row reads as one line to a
// screen reader ("Back: Alt+Left").
//
// The window's own keys come from its real actions, so that the list cannot drift from
// them; the keys the pages answer to themselves (in their key handling, with no action
// behind them) come from pageKeys(), the one table of those.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    // One row: what a key does, and the keys ("J or Down").
    struct Entry
    {
        QString action;
        QString keys;
    };
    // The rows for one place in the app.
    struct Group
    {
        QString title;
        QList<Entry> entries;
    };

    // windowActions: the window's actions (those of its menus); the ones with a shortcut
    // and windowKeys() make the "Everywhere" group, followed by pageKeys().
    explicit ShortcutsDialog(const QList<QAction *> &windowActions, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    const QList<Group> &groups() const { return m_groups; }

    // The actions' shortcuts as rows: their text without mnemonics and ellipses, each
    // action once, separators and actions without shortcuts left out.
    static Group actionGroup(const QString &title, const QList<QAction *> &actions);
    // Keys that work in every window of the app, with no action behind them (Tab, the
    // underlined letters, Escape); they join the "Everywhere" group.
    static QList<Entry> windowKeys();
    // The keys the pages handle themselves, by page: the topic page's feed, the post (its
    // thread, comment box, video and photo viewer), the composer.
    static QList<Group> pageKeys();
    // "J or Down": each sequence in the system's words, the alternatives joined.
    static QString keysText(const QList<QKeySequence> &keys);

private:
    void fill();

    QList<Group> m_groups;
    QTreeWidget *m_list;
};

} // namespace Hearth
