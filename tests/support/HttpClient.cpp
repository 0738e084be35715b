#include "HttpClient.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Hearth::Testing {

QJsonObject HttpClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpClient::Reply::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QString HttpClient::Reply::errorField() const
{
    return json().value(u"error"_s).toObject().value(u"field"_s).toString();
}

HttpClient::HttpClient(const QUrl &base) : m_base(base)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

HttpClient::Reply HttpClient::get(const QString &path, const Headers &headers)
{
    return send("GET", path, {}, headers);
}

HttpClient::Reply HttpClient::post(
    const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpClient::Reply HttpClient::put(
    const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PUT", path,
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
        headers);
}

HttpClient::Reply HttpClient::patch(
    const QString &path, const QJsonObject &body, const Headers &headers)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpClient::Reply HttpClient::remove(const QString &path, const Headers &headers)
{
    return send("DELETE", path, {}, headers);
}

HttpClient::Reply HttpClient::send(
    const QByteArray &method, const QString &path, const QByteArray &body, const Headers &headers)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query), QUrl::TolerantMode);
    if (query >= 0)
        url.setQuery(path.mid(query + 1), QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setTransferTimeout(30'000);
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setRawHeader("Content-Type", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());

    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, &buffer);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append({pair.first, pair.second});
    if (result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace Hearth::Testing
