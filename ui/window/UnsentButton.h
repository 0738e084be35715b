#pragma once

#include <QToolButton>

namespace Hearth {

class Community;
struct UnsentWrite;

// "2 changes not sent" in the status bar, shown only while the community refuses some of the
// person's writes. A click opens the UnsentDialog, where the person tries again, lets a write
// go, or asks to change one (changeRequested: the window opens it where it was written).
class UnsentButton : public QToolButton
{
    Q_OBJECT

public:
    // community must outlive the button; its outbox is read at each change (none signed out).
    explicit UnsentButton(Community &community, QWidget *parent = nullptr);

public Q_SLOTS:
    // Counts the refused writes again; call it when the outbox changes.
    void refresh();

Q_SIGNALS:
    void changeRequested(const Hearth::UnsentWrite &write);

private:
    void showDialog();

    Community &m_community;
};

} // namespace Hearth
