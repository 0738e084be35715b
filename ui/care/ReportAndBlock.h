#pragma once

#include "api/User.h"
#include "sync/Outbox.h"

#include <QObject>

class QWidget;

namespace Hearth {

class AccountGate;

// Reporting a post or a comment, and blocking or unblocking a person: asks the person first
// (the reasons for a report; "Block Willow?"), sends it through the outbox (after a sign-in
// when needed), and says honestly what happened (told): a report that waits for the
// network is said to wait.
class ReportAndBlock : public QObject
{
    Q_OBJECT

public:
    // gate must outlive this; window is the dialogs' parent and this object's.
    ReportAndBlock(AccountGate &gate, QWidget *window);

    // The report dialog for a post or a comment ("what" names it, never by its words: a
    // folded post keeps them back), then the report.
    void reportPost(qint64 postId, const QString &what);
    void reportComment(qint64 commentId, const QString &what);
    // Asks, then blocks person; nothing happens for someone without an id.
    void block(const User &person);
    void unblock(const User &person);

Q_SIGNALS:
    // A line for the status bar.
    void told(const QString &message);

private:
    void report(ReportTarget target, qint64 id, const QString &what);
    void setBlocked(const User &person, bool blocked);

    AccountGate &m_gate;
    QWidget *m_window;
};

} // namespace Hearth
