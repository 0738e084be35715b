#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

#include <utility>

namespace Hearth::Testing {

// A blocking HTTP client for tests: each call waits for its reply. Tests may block; the
// application never does.
class HttpClient
{
public:
    struct Reply
    {
        int status = 0; // 0 when the connection failed
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString networkError;

        QJsonObject json() const;
        QByteArray header(const QByteArray &name) const;
        QString errorCode() const; // error.code of a JSON error body
        QString errorField() const;
    };

    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit HttpClient(const QUrl &base);
    void setBase(const QUrl &base) { m_base = base; }
    // The bearer token sent with every request, or none when empty.
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    Reply get(const QString &path, const Headers &headers = {});
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {});
    Reply put(const QString &path, const QJsonObject &body = {}, const Headers &headers = {});
    Reply patch(const QString &path, const QJsonObject &body, const Headers &headers = {});
    Reply remove(const QString &path, const Headers &headers = {});
    // Any method with raw bytes.
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body,
        const Headers &headers = {});

private:
    QUrl m_base;
    QString m_token;
    QNetworkAccessManager m_network;
};

} // namespace Hearth::Testing
