#pragma once

#include "api/Topic.h"

#include <QLocale>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Hearth {

// The top of a topic page: the topic's name, "Join the conversation on X" with the Join /
// Joined toggle, its figures in compact form, About X (which shows what the topic is about),
// the way to its newsletters, and Create a post. Compact, it is one bar: the name, Join and
// Create a post — the same two buttons, moved, so that the keyboard's focus and what a
// screen reader says of them stay as they were.
class TopicHeader : public QWidget
{
    Q_OBJECT

public:
    explicit TopicHeader(QWidget *parent = nullptr);

    void setTopic(const Topic &topic);
    // Joining needs an account: signed out, the button still asks (the window then offers
    // to sign in), and its tooltip says so.
    void setSignedIn(bool signedIn);
    QPushButton *joinButton() const { return m_join; }
    QPushButton *createPostButton() const { return m_createPost; }
    // Quiet links: the topic's newsletters, and About X (a toggle that shows the description).
    QPushButton *newslettersButton() const { return m_newsletters; }
    QPushButton *copyLinkButton() const { return m_copyLink; }
    QPushButton *aboutButton() const { return m_aboutLink; }
    QLabel *aboutText() const { return m_about; }

    // The whole header, or the compact bar (name, Join, Create a post).
    bool isCompact() const { return m_compact; }
    void setCompact(bool compact);

    // "14.6K people · 0 stories · 1.4K posts", in the locale's words.
    static QString figures(const TopicCounts &counts, const QLocale &locale = QLocale());

Q_SIGNALS:
    void joinToggled(bool join);
    void newslettersRequested();
    void createPostRequested();
    // "Copy link": the topic's link, for the clipboard.
    void copyLinkRequested();
    // Tab or Shift+Tab came to the compact bar: the page shows the whole header, so that
    // the keyboard reaches every action the header has.
    void keyboardEntered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateJoinButton();
    void updateDetails();

    Topic m_topic;
    bool m_signedIn = false;
    bool m_compact = false;
    QLabel *m_name;
    QLabel *m_invitation;
    QPushButton *m_join;
    QLabel *m_figures;
    QPushButton *m_aboutLink;
    QLabel *m_about;
    QPushButton *m_newsletters;
    QPushButton *m_copyLink;
    QPushButton *m_createPost;
    QHBoxLayout *m_titleRow;
    QHBoxLayout *m_joinRow;
};

} // namespace Hearth
