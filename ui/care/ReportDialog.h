#pragma once

#include "api/Requests.h"

#include <QDialog>

class QButtonGroup;
class QPlainTextEdit;
class QPushButton;

namespace Hearth {

class LimitCounter;

// "Report": what is wrong with a post or a comment, chosen from a short list, and an
// optional note for the community team. Reports go to the team, never to the author; the
// dialog says so. Accepting it means report() is ready to send (through the outbox).
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    // what: the reported item in the person's words ("the post “A hard week”").
    explicit ReportDialog(const QString &what, QWidget *parent = nullptr);

    // The reason chosen and the note, trimmed.
    Report report() const;
    // Whether a reason is chosen and the note fits: Send is enabled.
    bool canSend() const;

    // "Someone may be at risk of harming themselves", … in the person's language.
    static QString reasonText(ReportReason reason);

    // The parts, for tests.
    QButtonGroup *reasons() const { return m_reasons; }
    QPlainTextEdit *noteField() const { return m_note; }
    QPushButton *sendButton() const { return m_send; }

private:
    void updateState();

    QButtonGroup *m_reasons;
    QPlainTextEdit *m_note;
    LimitCounter *m_noteCounter;
    QPushButton *m_send;
};

} // namespace Hearth
