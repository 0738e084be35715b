#include "Router.h"

#include "api/Limits.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

void Router::add(Method method, const QString &pattern, Access access, Handler handler)
{
    m_routes.append(Route{method, pattern.split(u'/'), access, std::move(handler)});
}

bool Router::matches(const Route &route, const QStringList &segments, QStringList *parameters)
{
    if (route.segments.size() != segments.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &expected = route.segments[i];
        if (!expected.startsWith(u'{')) {
            if (expected != segments[i])
                return false;
            continue;
        }
        const QString value = QUrl::fromPercentEncoding(segments[i].toUtf8());
        if (value.isEmpty())
            return false;
        if (expected == u"{id}") {
            bool ok = false;
            // Canonical decimal only: "007" and "+7" are not post 7.
            const bool digits = std::all_of(
                value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            const qint64 id = digits && !value.startsWith(u'0') ? value.toLongLong(&ok) : 0;
            if (!ok || id < 1 || id > Limits::MaxId)
                return false;
        }
        found.append(value);
    }
    *parameters = found;
    return true;
}

Router::Match Router::match(Method method, const QString &encodedPath) const
{
    // "/a/b/" and "/a//b" are other paths than "/a/b": 404, not the same resource.
    const QStringList segments = encodedPath.split(u'/');
    Match result;
    for (const Route &route : m_routes) {
        QStringList parameters;
        if (!matches(route, segments, &parameters))
            continue;
        if (route.method == method) {
            result.route = &route;
            result.parameters = parameters;
            return result;
        }
        if (!result.allowed.contains(route.method))
            result.allowed.append(route.method);
    }
    return result;
}

QByteArray Router::methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        break;
    }
    return "UNKNOWN";
}

} // namespace Hearth
