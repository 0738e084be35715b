#include "PlaceLink.h"

#include "Hashtags.h"
#include "Limits.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

const QString Scheme = u"hearth:"_s;
const QString CommunityKey = u"community"_s;

bool isValidId(qint64 id)
{
    return id > 0 && id <= Limits::MaxId;
}

bool isValidSlug(const QString &slug)
{
    return !slug.isEmpty() && Hashtags::isValid(slug) && Hashtags::slug(slug) == slug;
}

bool isValidHandle(const QString &handle)
{
    if (handle.size() < Limits::MinHandleLength || handle.size() > Limits::MaxHandleLength)
        return false;
    return std::all_of(handle.begin(), handle.end(),
        [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_'; });
}

// A decimal id as links write it: digits only, no sign, no leading zero, at most Limits::MaxId.
qint64 parseId(QStringView text)
{
    if (text.isEmpty() || text.size() > 16 || text.front() == u'0')
        return 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    const qint64 id = text.toLongLong();
    return isValidId(id) ? id : 0;
}

// White space and control characters have no place in a link: one that holds them was cut
// or pasted together, not made by Copy link.
bool hasStrayCharacters(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() <= 0x20 || c.unicode() == 0x7f || c.isSpace()
            || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.category() == QChar::Other_NotAssigned || c.isSurrogate();
    });
}

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

PlaceLink PlaceLink::post(const QUrl &community, qint64 postId, qint64 commentId)
{
    return {Kind::Post, community, postId, commentId, {}, {}};
}

PlaceLink PlaceLink::topic(const QUrl &community, const QString &slug)
{
    return {Kind::Topic, community, 0, 0, slug, {}};
}

PlaceLink PlaceLink::profile(const QUrl &community, const QString &handle)
{
    return {Kind::Profile, community, 0, 0, {}, handle};
}

QUrl PlaceLink::normalizedCommunity(const QUrl &community)
{
    if (!community.isValid() || community.isRelative())
        return {};
    const QString scheme = community.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return {};
    if (community.host().isEmpty() || !community.userInfo().isEmpty() || community.hasQuery()
        || community.hasFragment())
        return {};
    QUrl normal;
    normal.setScheme(scheme);
    normal.setHost(community.host(QUrl::FullyEncoded).toLower(), QUrl::StrictMode);
    const int defaultPort = scheme == u"https" ? 443 : 80;
    if (community.port() != -1 && community.port() != defaultPort)
        normal.setPort(community.port());
    QString path = community.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.isEmpty() && !path.startsWith(u'/'))
        return {};
    normal.setPath(path, QUrl::StrictMode);
    return normal.isValid() ? normal : QUrl();
}

bool PlaceLink::sameCommunity(const QUrl &a, const QUrl &b)
{
    const QUrl first = normalizedCommunity(a);
    return !first.isEmpty() && first == normalizedCommunity(b);
}

QString PlaceLink::toString() const
{
    const QUrl address = normalizedCommunity(community);
    if (address.isEmpty())
        return {};
    QString place;
    switch (kind) {
    case Kind::Post:
        if (!isValidId(postId) || (commentId != 0 && !isValidId(commentId)))
            return {};
        place = u"post/"_s + QString::number(postId);
        if (commentId != 0)
            place += u"/comment/"_s + QString::number(commentId);
        break;
    case Kind::Topic:
        if (!isValidSlug(slug))
            return {};
        place = u"topic/"_s + QString::fromLatin1(QUrl::toPercentEncoding(slug));
        break;
    case Kind::Profile:
        if (!isValidHandle(handle))
            return {};
        place = u"user/"_s + handle;
        break;
    }
    // The address is one query value: its own '%', '&', '#' and '+' are escaped, its ':'
    // and '/' left as they are, so that the link still reads as the address it holds.
    const QByteArray value = QUrl::toPercentEncoding(address.toString(QUrl::FullyEncoded), ":/[]");
    const QString link = Scheme + place + u'?' + CommunityKey + u'=' + QString::fromLatin1(value);
    return link.size() <= MaxLength ? link : QString();
}

std::optional<PlaceLink> PlaceLink::parse(const QString &text, Problem *problem)
{
    const QString link = text.trimmed();
    const bool isHearth = link.startsWith(Scheme, Qt::CaseInsensitive);
    if (problem)
        *problem = isHearth ? Problem::Malformed : Problem::NotHearth;
    if (!isHearth)
        return {};
    if (link.size() > MaxLength || hasStrayCharacters(link) || link.contains(u'#'))
        return {};
    const QStringView rest = QStringView(link).mid(Scheme.size());
    const qsizetype question = rest.indexOf(u'?');
    if (question < 0)
        return {};
    const QStringView path = rest.left(question);
    const QStringView query = rest.mid(question + 1);

    // One query item, the community's address.
    if (query.contains(u'&') || !query.startsWith(QString(CommunityKey + u'=')))
        return {};
    const QString value = decoded(query.mid(CommunityKey.size() + 1));
    const QUrl given(value, QUrl::StrictMode);
    const QUrl community = normalizedCommunity(given);
    if (value.isEmpty() || community.isEmpty() || hasStrayCharacters(value))
        return {};

    const QList<QStringView> segments = path.split(u'/');
    PlaceLink place;
    place.community = community;
    if (segments.size() == 2 && segments[0] == u"post") {
        place.postId = parseId(segments[1]);
        if (place.postId == 0)
            return {};
    } else if (segments.size() == 4 && segments[0] == u"post" && segments[2] == u"comment") {
        place.postId = parseId(segments[1]);
        place.commentId = parseId(segments[3]);
        if (place.postId == 0 || place.commentId == 0)
            return {};
    } else if (segments.size() == 2 && segments[0] == u"topic") {
        place.kind = Kind::Topic;
        place.slug = decoded(segments[1]);
        if (!isValidSlug(place.slug))
            return {};
    } else if (segments.size() == 2 && segments[0] == u"user") {
        place.kind = Kind::Profile;
        place.handle = decoded(segments[1]);
        if (!isValidHandle(place.handle))
            return {};
    } else {
        return {};
    }
    // Only what Copy link could have made: a place whose link, written out (the address
    // escaped), would be too long is refused too, so that parse and toString() agree.
    if (place.toString().isEmpty())
        return {};
    return place;
}

} // namespace Hearth
