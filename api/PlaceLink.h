#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace Hearth {

// A link to a place of a community — a post, a post at one of its comments, a topic, a
// person's profile — that any Hearth can open: Copy link makes one, `hearth LINK` and the
// desktop's handler of hearth: open one. It names the community by its address, which may be
// https:// or plain http:// (on a LAN), with a port and a path:
//
//   hearth:post/42?community=https://community.example
//   hearth:post/42/comment/7?community=http://192.168.1.20:8080
//   hearth:topic/therapy?community=https://example.org/hearth
//   hearth:user/river_stone?community=https://community.example
//
// Parsing is strict (docs/architecture.md, "Links"): anything but exactly these forms,
// with ids from 1 to Limits::MaxId, a valid slug or handle and an http(s) address with a
// host and no user, query or fragment, is refused rather than guessed at.
struct PlaceLink
{
    enum class Kind { Post, Topic, Profile };
    // Why a text is not a link: not a hearth: URL at all, or one that is damaged.
    enum class Problem { NotHearth, Malformed };

    Kind kind = Kind::Post;
    QUrl community; // http(s)://host[:port][/path], without a trailing slash
    qint64 postId = 0;
    qint64 commentId = 0; // 0: the post's top
    QString slug; // a topic's
    QString handle; // a person's

    static PlaceLink post(const QUrl &community, qint64 postId, qint64 commentId = 0);
    static PlaceLink topic(const QUrl &community, const QString &slug);
    static PlaceLink profile(const QUrl &community, const QString &handle);

    // The link as text; empty when the place or the community cannot be linked to (an id
    // of 0 or below, as a post written offline has, an invalid slug or handle, an address
    // that is not http(s)).
    QString toString() const;
    QUrl toUrl() const { return QUrl(toString(), QUrl::StrictMode); }

    // The place a text names (surrounding white space aside); none, with why in problem,
    // when it names none.
    static std::optional<PlaceLink> parse(const QString &text, Problem *problem = nullptr);

    // The community's address as links carry it: scheme and host in lower case, the
    // scheme's default port left out, no trailing slash; empty when it is not an http(s)
    // address with a host and no user, query or fragment.
    static QUrl normalizedCommunity(const QUrl &community);
    // Whether two addresses name the same community.
    static bool sameCommunity(const QUrl &a, const QUrl &b);

    // Links longer than this are refused unread.
    static constexpr qsizetype MaxLength = 2048;

    bool operator==(const PlaceLink &) const = default;
};

} // namespace Hearth
