// The sign-in dialog and plain HTTP, against a real hearth-server and the real keychain. A
// community beyond this computer without HTTPS is reached here through a small SOCKS5 relay
// of the test's own (Qt's application proxy), so that the client really addresses
// "http://hearth-garden.example" while the bytes arrive at the test's server on loopback.
// Nothing may leave for it until the person ticks the choice; then signing in works.

#include "api/ApiError.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Account.h"
#include "ui/window/SignInDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int Wait = 15'000;
const QString FarHost = u"hearth-garden.example"_s;

// A SOCKS5 relay (RFC 1928, no authentication, CONNECT only) that takes every connection,
// whatever host it names, to one loopback port, and remembers the hosts it was asked for.
class Socks5Relay
{
public:
    explicit Socks5Relay(quint16 targetPort) : m_targetPort(targetPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    QStringList askedFor() const { return m_askedFor; }

private:
    void accept(QTcpSocket *client)
    {
        auto *upstream = new QTcpSocket(client);
        auto buffer = std::make_shared<QByteArray>();
        auto stage = std::make_shared<int>(0); // 0 greeting, 1 request, 2 connecting, 3 relay
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(
            upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(
            upstream, &QTcpSocket::connected, client, [client, upstream, buffer, stage] {
                *stage = 3;
                client->write(QByteArray::fromHex("05000001000000000000"));
                upstream->write(*buffer);
                buffer->clear();
            });
        QObject::connect(
            client, &QTcpSocket::readyRead, client, [this, client, upstream, buffer, stage] {
                buffer->append(client->readAll());
                if (*stage == 3) {
                    upstream->write(*buffer);
                    buffer->clear();
                    return;
                }
                if (*stage == 0 && buffer->size() >= 2 && buffer->size() >= 2 + buffer->at(1)) {
                    buffer->remove(0, 2 + buffer->at(1));
                    client->write(QByteArray::fromHex("0500")); // no authentication
                    *stage = 1;
                }
                // VER CMD RSV ATYP=3 (a name) LEN NAME PORT
                if (*stage == 1 && buffer->size() >= 5) {
                    const int length = quint8(buffer->at(4));
                    if (buffer->size() < 5 + length + 2)
                        return;
                    m_askedFor.append(QString::fromLatin1(buffer->mid(5, length)));
                    buffer->remove(0, 5 + length + 2);
                    *stage = 2;
                    upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
                }
            });
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QStringList m_askedFor;
};

// The application's proxy for one test, put back as it was after it.
class ThroughRelay
{
public:
    explicit ThroughRelay(quint16 port)
    {
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.0.1"_s, port));
    }
    ~ThroughRelay() { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); }
};

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aProtectedConnectionAsksNothing();
    void plainHttpAwayFromThisComputerWaitsForTheChoice();

private:
    QUrl farUrl() const;

    ServerProcess m_server;
    QTemporaryDir m_data;
    QString m_service = u"HearthTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestSignIn::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    HttpClient http(m_server.url());
    const HttpClient::Reply registered = http.post(u"/api/v1/auth/register"_s,
        {{u"handle"_s, u"fern_walk"_s}, {u"password"_s, u"moss on the north side"_s},
            {u"displayName"_s, u"Fern"_s}});
    QCOMPARE(registered.status, 201);
}

void TestSignIn::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

QUrl TestSignIn::farUrl() const
{
    QUrl url = m_server.url();
    url.setHost(FarHost);
    return url;
}

void TestSignIn::aProtectedConnectionAsksNothing()
{
    Credentials credentials(m_service);
    for (const QUrl &server : {m_server.url(), QUrl(u"https://hearth-garden.example"_s)}) {
        ApiClient api(server);
        Account account(api, credentials, m_data.path());
        SignInDialog dialog(account, server.host());
        dialog.show();
        QVERIFY(!dialog.plainHttpChoice()->isVisible());
        dialog.handleField()->setText(u"fern_walk"_s);
        dialog.passwordField()->setText(u"moss on the north side"_s);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
}

void TestSignIn::plainHttpAwayFromThisComputerWaitsForTheChoice()
{
    Socks5Relay relay(quint16(m_server.url().port()));
    const ThroughRelay proxy(relay.port());
    Credentials credentials(m_service);
    ApiClient api(farUrl());
    Account account(api, credentials, m_data.path());
    QVERIFY(account.openSignedOut());
    QVERIFY(account.needsPlainHttpChoice());

    // Asked directly, without the choice, the account sends nothing at all.
    QSignalSpy failed(&account, &Account::signInFailed);
    account.signIn({u"fern_walk"_s, u"moss on the north side"_s});
    QVERIFY(failed.wait(Wait));
    QCOMPARE(failed.first().at(0).value<ApiError>().code(), ApiError::Code::Network);
    QVERIFY(failed.first().at(1).toString().contains(u"HTTPS"_s));
    QVERIFY(relay.askedFor().isEmpty());
    QVERIFY(!account.isSignedIn());

    // The dialog says why, kindly, and Sign in waits for the choice.
    SignInDialog dialog(account, FarHost);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCheckBox *choice = dialog.plainHttpChoice();
    QVERIFY(choice->isVisible());
    QVERIFY(!choice->isChecked());
    const QLabel *warning = nullptr;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(u"HTTPS"_s))
            warning = label;
    }
    QVERIFY(warning);
    QVERIFY(warning->text().contains(FarHost));
    QVERIFY(warning->geometry().bottom() < choice->geometry().top());
    QVERIFY(choice->accessibleDescription().contains(u"HTTPS"_s));
    QVERIFY(choice->accessibleDescription().contains(FarHost));
    QPushButton *signIn = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::keyClicks(dialog.handleField(), u"fern_walk"_s);
    QTest::keyClicks(dialog.passwordField(), u"moss on the north side"_s);
    QVERIFY(!signIn->isEnabled());
    dialog.submit(); // Enter, say: still nothing
    QTest::qWait(200);
    QVERIFY(relay.askedFor().isEmpty());
    QVERIFY(!account.allowsPlainHttp());

    // The choice by keyboard: Tab from the password reaches it, Space ticks it.
    dialog.passwordField()->setFocus();
    QTest::keyClick(&dialog, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), choice);
    QTest::keyClick(choice, Qt::Key_Space);
    QVERIFY(choice->isChecked());
    QVERIFY(signIn->isEnabled());

    QSignalSpy signedIn(&account, &Account::signedIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(signedIn.wait(Wait));
    QVERIFY(account.isSignedIn());
    QCOMPARE(account.user()->handle, u"fern_walk"_s);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // It went over plain HTTP to the far name, through the relay to the real server.
    QVERIFY(!relay.askedFor().isEmpty());
    QCOMPARE(relay.askedFor().first(), FarHost);
    QVERIFY(account.allowsPlainHttp());
    account.signOut();
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
