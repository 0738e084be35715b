#pragma once

#include <QObject>

namespace Hearth {

class AccountGate;
class PostPage;
class ProfilePage;
class TopicPage;

// What the pages ask to write — a reaction, joining or leaving a topic, a comment, its edit,
// a deletion — carried to the outbox, after a sign-in when the person is signed out (the
// gate). The pages only ask; what a write does to the window is the window's.
class PageWrites : public QObject
{
    Q_OBJECT

public:
    // gate must outlive this.
    explicit PageWrites(AccountGate &gate, QObject *parent = nullptr);

    // Carries the page's requests while it lives.
    void watch(TopicPage *page);
    void watch(PostPage *page);
    void watch(ProfilePage *page);

private:
    AccountGate &m_gate;
};

} // namespace Hearth
