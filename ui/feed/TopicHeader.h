#pragma once

#include "api/Topic.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Hearth {

// The top of a topic page: the topic's name, "Join the conversation on X" with the Join /
// Joined toggle, its figures in compact form, what the topic is about, the way to its
// newsletters, and Create a post.
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
    QPushButton *newslettersButton() const { return m_newsletters; }
    QPushButton *createPostButton() const { return m_createPost; }

    // "14.6K people · 0 stories · 1.4K posts", in the locale's words.
    static QString figures(const TopicCounts &counts, const QLocale &locale = QLocale());

Q_SIGNALS:
    void joinToggled(bool join);
    void newslettersRequested();
    void createPostRequested();

private:
    void updateJoinButton();

    Topic m_topic;
    bool m_signedIn = false;
    QLabel *m_name;
    QLabel *m_invitation;
    QPushButton *m_join;
    QLabel *m_figures;
    QLabel *m_aboutTitle;
    QLabel *m_about;
    QPushButton *m_newsletters;
    QPushButton *m_createPost;
};

} // namespace Hearth
