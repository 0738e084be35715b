#pragma once

#include "sync/UnsentWrite.h"

#include <QDialog>

#include <functional>
#include <optional>

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

public Q_SLOTS:
    void reload();
    void retrySelected();
    void discardSelected();

Q_SIGNALS:
    // The person wants to change a refused post or comment: the window opens the post in
    // the composer, or a comment in its thread's box.
    void editRequested(const Hearth::UnsentWrite &write);

private:
    std::optional<UnsentWrite> selected() const;
    void updateButtons();
    // Asks before words are let go; yes runs if the person agrees.
    void confirmDiscard(const QString &question, std::function<void()> yes);

    Outbox &m_outbox;
    QList<UnsentWrite> m_entries;
    QLabel *m_intro;
    QListWidget *m_list;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
};

} // namespace Hearth
