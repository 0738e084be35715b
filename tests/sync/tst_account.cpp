// Signing in and out against a real server and the real keychain (gnome-keyring in the
// private D-Bus session scripts/test starts): the token goes to the keychain and the
// account's own cache opens; resuming needs no password; signing out forgets the token
// everywhere and returns to the signed-out cache.

#include "cache/CacheDatabase.h"
#include "net/ApiClient.h"
#include "net/Credentials.h"
#include "support/HttpClient.h"
#include "support/ServerProcess.h"
#include "sync/Account.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Testing;
using namespace Qt::StringLiterals;

class TestAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registeringSignsInAndKeepsTheTokenInTheKeychain();
    void aWrongPasswordSaysSo();

private:
    ServerProcess m_server;
    QTemporaryDir m_data;
    QString m_service = u"HearthTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

void TestAccount::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestAccount::cleanupTestCase()
{
    QVERIFY(m_server.stop());
}

void TestAccount::registeringSignsInAndKeepsTheTokenInTheKeychain()
{
    Credentials credentials(m_service);
    User me;
    QString token;
    {
        ApiClient api(m_server.url());
        Account account(api, credentials, m_data.path());
        QVERIFY(account.openSignedOut());
        QVERIFY(account.cache().path().endsWith(u"-guest.sqlite"_s));

        QSignalSpy signedIn(&account, &Account::signedIn);
        account.registerUser({u"linden"_s, u"a long enough password"_s, u"Linden"_s});
        QVERIFY(signedIn.wait(15'000));
        QVERIFY(account.isSignedIn());
        me = *account.user();
        QVERIFY(account.cache().path().contains(u"@linden"_s));
        QVERIFY(account.cache().isOpen());

        // The token is in the keychain, under this server and handle.
        QSignalSpy loaded(&credentials, &Credentials::loaded);
        credentials.load(m_server.url(), u"linden"_s);
        QVERIFY(loaded.wait(15'000));
        token = loaded.first().at(2).toString();
        QCOMPARE(token.size(), 43);
        QCOMPARE(credentials.status(), Credentials::KeychainStatus::Available);
    } // the app quits

    // Next start: the account resumes from the keychain, no password asked.
    ApiClient api(m_server.url());
    Account account(api, credentials, m_data.path());
    QVERIFY(account.openSignedOut());
    QSignalSpy signedIn(&account, &Account::signedIn);
    account.resume(me);
    QVERIFY(signedIn.wait(15'000));
    bool answered = false;
    api.me(this,
        [&answered](Result<User> user) { answered = user.ok() && user->handle == u"linden"; });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15'000);

    // Signing out: the server forgets the token, so does the keychain, and the signed-out
    // cache is back.
    QSignalSpy signedOut(&account, &Account::signedOut);
    account.signOut();
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(!account.isSignedIn());
    QVERIFY(account.cache().path().endsWith(u"-guest.sqlite"_s));
    HttpClient http(m_server.url());
    http.setToken(token);
    QTRY_COMPARE_WITH_TIMEOUT(http.get(u"/api/v1/me"_s).status, 401, 15'000);
    QSignalSpy loaded(&credentials, &Credentials::loaded);
    credentials.load(m_server.url(), u"linden"_s);
    QVERIFY(loaded.wait(15'000));
    QVERIFY(loaded.first().at(2).toString().isEmpty());

    // With no token left, resuming asks the person to sign in.
    QSignalSpy resumeFailed(&account, &Account::resumeFailed);
    account.resume(me);
    QVERIFY(resumeFailed.wait(15'000));
}

void TestAccount::aWrongPasswordSaysSo()
{
    Credentials credentials(m_service);
    ApiClient api(m_server.url());
    Account account(api, credentials, m_data.path());
    QSignalSpy failed(&account, &Account::signInFailed);
    account.signIn({u"Linden"_s, u"not the password"_s});
    QVERIFY(failed.wait(15'000));
    QCOMPARE(failed.first().at(0).value<ApiError>().code(), ApiError::Code::InvalidCredentials);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(!account.isSignedIn());

    QSignalSpy signedIn(&account, &Account::signedIn);
    account.signIn({u" Linden "_s, u"a long enough password"_s}); // typed as people type
    QVERIFY(signedIn.wait(15'000));
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
