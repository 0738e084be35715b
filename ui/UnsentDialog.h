#pragma once

#include "cache/OutboxEntry.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace Hearth {

class Outbox;

// "Not sent": the writes the community refused, each with what it was and the community's
// reason, for the person to try again, change, or let go. Letting go of something the
// person wrote (a post, a comment) asks first.
class UnsentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnsentDialog(Outbox &outbox, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPushButton *changeButton() const { return m_edit; }
    // What a write was, in the person's words: "Your post “First session”".
    static QString describe(const OutboxEntry &entry);
    // Whether letting go of the write loses words the person wrote.
    static bool holdsWords(const OutboxEntry &entry);

    // The confirmation asked before discarding words; replaceable so that tests can answer.
    using Confirmation = std::function<void(const QString &question, std::function<void()> yes)>;
    void setDiscardConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

public Q_SLOTS:
    void reload();
    void retrySelected();
    void discardSelected();

Q_SIGNALS:
    // The person wants to change a refused post or comment: the window opens the post in
    // the composer, or a comment in its thread's box.
    void editRequested(const Hearth::OutboxEntry &entry);

private:
    std::optional<OutboxEntry> selected() const;
    void updateButtons();

    Outbox &m_outbox;
    QList<OutboxEntry> m_entries;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
    Confirmation m_confirm;
};

} // namespace Hearth
