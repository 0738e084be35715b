#pragma once

#include <QToolButton>

namespace Hearth {

// The bell in the toolbar: the count of unread notifications drawn on it (hidden at 0, "99+"
// above 99), and said to screen readers ("Notifications, 3 unread"). A click opens the
// notifications page.
class NotificationBell : public QToolButton
{
    Q_OBJECT

public:
    explicit NotificationBell(QWidget *parent = nullptr);

    void setCount(qint64 count);
    qint64 count() const { return m_count; }
    // What the badge shows ("3", "99+"); empty when nothing is unread.
    QString badgeText() const;
    // Where the badge is drawn, in the button's coordinates; empty when there is none.
    QRect badgeRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateWords();

    qint64 m_count = 0;
};

} // namespace Hearth
