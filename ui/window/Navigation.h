#pragma once

#include "api/FeedKey.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Hearth {

// A place in the window: a topic page (with its filter, its order, the card at the top of
// the view and the card the keyboard is on, so that going back lands where the person was),
// a post (and the comment to show in it), a person's profile, the notifications, the
// directory of every topic, or the person's drafts.
struct Location
{
    enum class Page { Topic, Post, Profile, Notifications, Directory, Drafts };

    Page page = Page::Topic;
    // The topic's feed, with its filter and order; for a post, the topic it was opened from;
    // for a profile, the kind filter of the person's posts.
    FeedKey feed;
    qint64 topPostId = 0; // the card at the top of a topic page's view; 0: the start
    qint64 postId = 0; // the post of a post page
    qint64 currentPostId = 0; // the card the keyboard is on, on a topic page; 0: none
    qint64 commentId = 0; // the comment a post page shows first; 0: the post's top
    QString handle; // the person of a profile page

    static Location topic(const QString &slug) { return {Page::Topic, {slug}, 0, 0, 0, 0, {}}; }
    static Location post(qint64 id, const QString &fromSlug = {})
    {
        return {Page::Post, {fromSlug}, 0, id, 0, 0, {}};
    }
    static Location comment(qint64 postId, qint64 commentId)
    {
        return {Page::Post, {}, 0, postId, 0, commentId, {}};
    }
    static Location profile(const QString &handle)
    {
        return {Page::Profile, {}, 0, 0, 0, 0, handle};
    }
    static Location notifications() { return {Page::Notifications, {}, 0, 0, 0, 0, {}}; }
    static Location directory() { return {Page::Directory, {}, 0, 0, 0, 0, {}}; }
    static Location drafts() { return {Page::Drafts, {}, 0, 0, 0, 0, {}}; }
    // The same page, whatever its filter or scroll position.
    bool isSamePage(const Location &other) const
    {
        if (page != other.page)
            return false;
        switch (page) {
        case Page::Topic:
            return feed.slug == other.feed.slug;
        case Page::Post:
            return postId == other.postId;
        case Page::Profile:
            return handle == other.handle;
        case Page::Notifications:
        case Page::Directory:
        case Page::Drafts:
            return true;
        }
        return false;
    }
    bool operator==(const Location &) const = default;
};

// The window's history, as a browser keeps it: going somewhere new drops what was ahead;
// back and forward move along it. Only places are kept, never widgets, so a page is built
// again from the cache when the person returns.
class Navigation : public QObject
{
    Q_OBJECT

public:
    explicit Navigation(QObject *parent = nullptr);

    // Goes to location; going to the page already shown only updates it.
    void go(const Location &location);
    void back();
    void forward();
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }

    bool isEmpty() const { return m_history.isEmpty(); }
    Location current() const { return m_history.value(m_index); }
    // Records what changed on the page shown (a filter, the scroll position) without
    // moving: returning to it later restores that.
    void updateCurrent(const Location &location);

    // How many places are kept; the oldest go first.
    static constexpr qsizetype MaximumDepth = 100;

Q_SIGNALS:
    // The window shows location now.
    void currentChanged(const Hearth::Location &location);
    void historyChanged();

private:
    QList<Location> m_history;
    qsizetype m_index = -1;
};

} // namespace Hearth
