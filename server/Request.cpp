#include "Request.h"

namespace Hearth {

Request::Request(const QHttpServerRequest &http, const QStringList &parameters)
    : m_http(http), m_parameters(parameters)
{ }

QByteArray Request::header(const QByteArray &name) const
{
    return m_http.value(name);
}

QString Request::path() const
{
    return m_http.url().path(QUrl::FullyEncoded);
}

} // namespace Hearth
