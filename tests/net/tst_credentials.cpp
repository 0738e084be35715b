// Credentials against a real Secret Service: the gnome-keyring that scripts/test starts in a
// private D-Bus session. The cases without a keychain run this binary again as a child process
// (HEARTH_CREDENTIALS_CHILD=<mode>) in the environment they need, and read what it prints.

#include "net/Credentials.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMetaEnum>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <cstdio>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

// A keychain answers in tens of milliseconds here; anything near this is a hang.
constexpr int Timeout = 15'000;

const QString ChildModeVariable = u"HEARTH_CREDENTIALS_CHILD"_s;
const QString ChildServiceVariable = u"HEARTH_CREDENTIALS_SERVICE"_s;
const QString ChildTokenVariable = u"HEARTH_CREDENTIALS_TOKEN"_s;
const QString ChildPasswordVariable = u"HEARTH_CREDENTIALS_KEYRING_PASSWORD"_s;

const QUrl Community(u"https://community.example"_s);
const QUrl Elsewhere(u"https://elsewhere.example:8443"_s);

QString newToken()
{
    return u"hearth-test-token-"_s + QUuid::createUuid().toString(QUuid::Id128);
}

QString statusName(Credentials::KeychainStatus status)
{
    return QString::fromLatin1(
        QMetaEnum::fromType<Credentials::KeychainStatus>().valueToKey(int(status)));
}

// Every answer of one Credentials object, and words for what went wrong.
class Answers
{
public:
    explicit Answers(Credentials *credentials)
        : stored(credentials, &Credentials::stored)
        , loaded(credentials, &Credentials::loaded)
        , forgotten(credentials, &Credentials::forgotten)
        , unavailable(credentials, &Credentials::keychainUnavailable)
    { }

    qsizetype count() const { return stored.count() + loaded.count() + forgotten.count(); }

    // Waits for the count-th answer; fails clearly when the keychain is silent or unavailable.
    void wait(qsizetype count)
    {
        QTRY_VERIFY2_WITH_TIMEOUT(this->count() >= count,
            "No answer from the keychain in 15 s: is the Secret Service "
            "stuck? Run the tests through scripts/test.",
            Timeout);
        QVERIFY2(unavailable.isEmpty(), qPrintable(unavailableReason()));
    }

    QString lastToken() const
    {
        return loaded.isEmpty() ? QString() : loaded.last().at(2).toString();
    }

    // QVERIFY2 builds its message even when all is well.
    QString unavailableReason() const
    {
        if (unavailable.isEmpty())
            return {};
        const QList<QVariant> first = unavailable.first();
        return u"The keychain is unavailable ("_s
            + statusName(first.at(0).value<Credentials::KeychainStatus>()) + u"): \""_s
            + first.at(1).toString()
            + u"\". These cases need a Secret Service: run them through scripts/test, which "
              "starts gnome-keyring in a private D-Bus session."_s;
    }

    QSignalSpy stored;
    QSignalSpy loaded;
    QSignalSpy forgotten;
    QSignalSpy unavailable;
};

#define HEARTH_CHECK(statement)                                                                    \
    do {                                                                                           \
        statement;                                                                                 \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// Records what Credentials says through its translator, to check the context.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        Q_UNUSED(sourceText)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        contexts.append(QString::fromUtf8(context));
        return u"translated"_s;
    }
    bool isEmpty() const override { return false; }

    mutable QStringList contexts;
};

QStringList &loggedMessages()
{
    static QStringList messages;
    return messages;
}

QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    loggedMessages().append(message);
    previousHandler(type, context, message);
}

// The forms a leaked token could take on disk.
QList<QByteArray> tokenForms(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    return {utf8, QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2),
        utf8.toBase64(QByteArray::OmitTrailingEquals)};
}

struct Scan
{
    int files = 0;
    QStringList hits;
    QStringList keyrings;
};

// Reads every regular file under the folders, looking for any form of the tokens.
Scan scanForTokens(const QStringList &folders, const QStringList &tokens)
{
    QList<QByteArray> needles;
    for (const QString &token : tokens)
        needles += tokenForms(token);

    Scan scan;
    QSet<QString> seen;
    for (const QString &folder : folders) {
        QDirIterator it(
            folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen.insert(path);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.isSequential())
                continue;
            const QByteArray bytes = file.readAll();
            ++scan.files;
            if (path.endsWith(u".keyring"_s))
                scan.keyrings += path + u" ("_s + QString::number(bytes.size()) + u" bytes)"_s;
            for (const QByteArray &needle : needles) {
                if (bytes.contains(needle)) {
                    scan.hits += path;
                    break;
                }
            }
        }
    }
    return scan;
}

// Polls the event loop until done() or the timeout; for the child, which has no QTest run.
bool waitUntil(const std::function<bool()> &done)
{
    QDeadlineTimer deadline(Timeout);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

void say(const QString &key, const QString &value)
{
    std::printf("%s=%s\n", qPrintable(key), qPrintable(value));
    std::fflush(stdout);
}

// Child mode "memory": the keychain is expected to fail; the token must live on in memory.
int runMemoryChild(const QString &service, const QString &token)
{
    Credentials credentials(service);
    Answers answers(&credentials);
    auto answered = [&](qsizetype count) {
        return waitUntil([&] { return answers.count() >= count; });
    };

    credentials.store(Community, u"river_stone"_s, token);
    if (!answered(1))
        return 3;
    say(u"stored-in-keychain"_s, answers.stored.value(0).value(2).toBool() ? u"1"_s : u"0"_s);
    if (!answers.unavailable.isEmpty()) {
        const QList<QVariant> first = answers.unavailable.first();
        say(u"unavailable"_s, statusName(first.at(0).value<Credentials::KeychainStatus>()));
        say(u"message"_s, first.at(1).toString().simplified());
    }

    credentials.load(Community, u"river_stone"_s);
    if (!answered(2))
        return 3;
    say(u"loaded"_s, answers.lastToken() == token ? u"match"_s : u"mismatch"_s);

    // Another object of the same process finds it too.
    Credentials other(service);
    Answers otherAnswers(&other);
    other.load(Community, u"river_stone"_s);
    if (!waitUntil([&] { return otherAnswers.count() >= 1; }))
        return 3;
    say(u"loaded-elsewhere"_s, otherAnswers.lastToken() == token ? u"match"_s : u"mismatch"_s);

    credentials.forget(Community, u"river_stone"_s);
    credentials.load(Community, u"river_stone"_s);
    if (!answered(4))
        return 3;
    say(u"after-forget"_s, answers.lastToken().isEmpty() ? u"empty"_s : u"still-there"_s);
    say(u"unavailable-count"_s, QString::number(answers.unavailable.count()));
    say(u"status"_s, statusName(credentials.status()));
    return 0;
}

// Child mode "locked": a private gnome-keyring, unlocked, then locked under our feet.
int runLockedChild(const QString &service, const QString &token)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!waitUntil([&] {
            return bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s).value();
        })) {
        say(u"error"_s, u"gnome-keyring did not come up on the private bus"_s);
        return 3;
    }

    // Each step on a fresh object, so that each one reports the keychain's state afresh.
    auto step = [&](const QString &name, const std::function<void(Credentials &)> &call) {
        Credentials credentials(service);
        Answers answers(&credentials);
        call(credentials);
        if (!waitUntil([&] { return answers.count() >= 1; }))
            return false;
        say(name + u"-unavailable"_s,
            answers.unavailable.isEmpty()
                ? u"none"_s
                : statusName(
                    answers.unavailable.first().at(0).value<Credentials::KeychainStatus>()));
        if (!answers.stored.isEmpty())
            say(name + u"-in-keychain"_s, answers.stored.first().at(2).toBool() ? u"1"_s : u"0"_s);
        if (!answers.loaded.isEmpty())
            say(name + u"-loaded"_s,
                answers.lastToken() == token        ? u"match"_s
                    : answers.lastToken().isEmpty() ? u"empty"_s
                                                    : u"mismatch"_s);
        return true;
    };

    if (!step(
            u"open-store"_s, [&](Credentials &c) { c.store(Community, u"river_stone"_s, token); }))
        return 3;

    const QString secrets = u"org.freedesktop.secrets"_s;
    const QString path = u"/org/freedesktop/secrets"_s;
    const QString iface = u"org.freedesktop.Secret.Service"_s;
    QDBusMessage readAlias = QDBusMessage::createMethodCall(secrets, path, iface, u"ReadAlias"_s);
    readAlias << u"default"_s;
    const QDBusReply<QDBusObjectPath> collection = bus.call(readAlias);
    QDBusMessage lock = QDBusMessage::createMethodCall(secrets, path, iface, u"Lock"_s);
    lock << QVariant::fromValue(QList<QDBusObjectPath>{collection.value()});
    const QDBusMessage locked = bus.call(lock);
    say(u"locked"_s, locked.type() == QDBusMessage::ReplyMessage ? u"1"_s : locked.errorMessage());

    if (!step(u"locked-load"_s, [&](Credentials &c) { c.load(Community, u"river_stone"_s); }))
        return 3;
    if (!step(
            u"locked-store"_s, [&](Credentials &c) { c.store(Community, u"maple_tea"_s, token); }))
        return 3;
    if (!step(u"memory-load"_s, [&](Credentials &c) { c.load(Community, u"maple_tea"_s); }))
        return 3;
    if (!step(u"locked-forget"_s, [&](Credentials &c) { c.forget(Community, u"river_stone"_s); }))
        return 3;
    return 0;
}

int runChild(const QString &mode)
{
    const QString service = qEnvironmentVariable(qPrintable(ChildServiceVariable));
    const QString token = qEnvironmentVariable(qPrintable(ChildTokenVariable));
    if (mode == u"memory")
        return runMemoryChild(service, token);
    if (mode == u"locked")
        return runLockedChild(service, token);
    say(u"error"_s, u"unknown child mode "_s + mode);
    return 2;
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void keyIsOriginAndHandle();
    void messagesAreTranslatedAndPlain();

    void storeThenLoad();
    void keyIsWhatTheSecretServiceHolds();
    void accountsAndServersAreSeparate();
    void forgetRemovesTheEntry();
    void missingEntryIsNotAnError();
    void answersComeLaterAndInOrder();
    void tokenIsInNoFileNorSettings();

    void noBusKeepsTokenInMemory();
    void busWithoutProviderKeepsTokenInMemory();
    void lockedKeyringIsToldApart();

private:
    // Runs this binary in a child mode; returns what it printed, and fails on a bad exit.
    QHash<QString, QString> runChildProcess(const QString &mode, const QString &program,
        const QStringList &arguments, QProcessEnvironment environment);
    QString storeNewToken(const QUrl &server, const QString &handle);

    // A service of this run's own: a person's real entries are never touched, and every run
    // starts from an empty keychain.
    QString m_service;
    QStringList m_tokens;
    QList<std::pair<QUrl, QString>> m_accounts;
};

void TestCredentials::initTestCase()
{
    m_service = u"Hearth-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
    previousHandler = qInstallMessageHandler(recordMessage);
}

void TestCredentials::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    // Whatever a failed case left behind; answers are not awaited past the timeout.
    Credentials credentials(m_service);
    Answers answers(&credentials);
    for (const auto &[server, handle] : std::as_const(m_accounts))
        credentials.forget(server, handle);
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), m_accounts.size(), Timeout);

    // Not even a failure may have put a token into a log line.
    for (const QString &message : std::as_const(loggedMessages())) {
        for (const QString &token : std::as_const(m_tokens))
            QVERIFY2(!message.contains(token), "A token was logged");
    }
}

void TestCredentials::keyIsOriginAndHandle()
{
    QCOMPARE(Credentials::keyFor(QUrl(u"https://community.example"_s), u"river_stone"_s),
        u"https://community.example:443|river_stone"_s);
    // One entry however the server is spelled; the path, query and user info do not count.
    QCOMPARE(
        Credentials::keyFor(QUrl(u"HTTPS://Community.Example:443/api/v1?x=1"_s), u"River_Stone"_s),
        u"https://community.example:443|river_stone"_s);
    QCOMPARE(Credentials::keyFor(QUrl(u"https://someone:secret@community.example/"_s), u"a"_s),
        u"https://community.example:443|a"_s);
    QCOMPARE(Credentials::keyFor(QUrl(u"http://127.0.0.1"_s), u"a"_s), u"http://127.0.0.1:80|a"_s);
    QCOMPARE(Credentials::keyFor(QUrl(u"http://127.0.0.1:8080"_s), u"a"_s),
        u"http://127.0.0.1:8080|a"_s);
    QCOMPARE(Credentials::keyFor(QUrl(u"http://[::1]:8080"_s), u"a"_s), u"http://[::1]:8080|a"_s);
    QCOMPARE(Credentials::keyFor(QUrl(u"https://b\u00fccher.example"_s), u"a"_s),
        u"https://xn--bcher-kva.example:443|a"_s);
    QCOMPARE(Credentials::defaultService(), u"Hearth"_s);
    QCOMPARE(Credentials().service(), u"Hearth"_s);
}

void TestCredentials::messagesAreTranslatedAndPlain()
{
    using Status = Credentials::KeychainStatus;
    for (const Status status :
        {Status::NoSecretService, Status::Locked, Status::AccessDenied, Status::OtherError}) {
        const QString message = Credentials::message(status);
        QVERIFY2(message.contains(u"keychain"_s), qPrintable(message));
        QVERIFY2(message.contains(u"until you quit Hearth"_s), qPrintable(message));
        QVERIFY2(message.contains(u"sign in again next time"_s), qPrintable(message));
    }
    QVERIFY(Credentials::message(Status::NoSecretService).contains(u"GNOME Keyring or KWallet"_s));
    QVERIFY(Credentials::message(Status::Locked).contains(u"locked"_s));
    QCOMPARE(Credentials(m_service).message(), Credentials::message(Status::Available));

    RecordingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString translated = Credentials::message(Status::Locked);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translated, u"translated"_s);
    QCOMPARE(translator.contexts, QStringList{u"Hearth::Credentials"_s});
}

QString TestCredentials::storeNewToken(const QUrl &server, const QString &handle)
{
    const QString token = newToken();
    m_tokens += token;
    m_accounts += {server, handle};
    Credentials credentials(m_service);
    Answers answers(&credentials);
    credentials.store(server, handle, token);
    answers.wait(1);
    if (QTest::currentTestFailed())
        return {};
    [&] {
        QCOMPARE(answers.stored.count(), 1);
        QCOMPARE(answers.stored.first().at(0).toUrl(), server);
        QCOMPARE(answers.stored.first().at(1).toString(), handle);
        QVERIFY2(answers.stored.first().at(2).toBool(), "stored() says: in memory only");
        QCOMPARE(credentials.status(), Credentials::KeychainStatus::Available);
    }();
    return token;
}

void TestCredentials::storeThenLoad()
{
    QString token;
    HEARTH_CHECK(token = storeNewToken(Community, u"river_stone"_s));

    // A new object: what it reads can only come from the keychain.
    Credentials credentials(m_service);
    Answers answers(&credentials);
    credentials.load(Community, u"river_stone"_s);
    HEARTH_CHECK(answers.wait(1));
    QCOMPARE(answers.loaded.count(), 1);
    QCOMPARE(answers.loaded.first().at(0).toUrl(), Community);
    QCOMPARE(answers.loaded.first().at(1).toString(), u"river_stone"_s);
    QVERIFY2(answers.lastToken() == token, "load() did not give the stored token back");
}

void TestCredentials::keyIsWhatTheSecretServiceHolds()
{
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    QString token;
    HEARTH_CHECK(token = storeNewToken(Community, u"quiet_harbor"_s));

    // What the header documents: server = the service, user = "<origin>|<handle>".
    QProcess lookup;
    lookup.start(secretTool,
        {u"lookup"_s, u"server"_s, m_service, u"user"_s,
            u"https://community.example:443|quiet_harbor"_s});
    QVERIFY2(lookup.waitForFinished(Timeout), "secret-tool did not answer");
    QCOMPARE(lookup.exitCode(), 0);
    QVERIFY2(lookup.readAllStandardOutput() == token.toUtf8(),
        "secret-tool found another value under the documented key");
}

void TestCredentials::accountsAndServersAreSeparate()
{
    QString river, maple, riverElsewhere;
    HEARTH_CHECK(river = storeNewToken(Community, u"river_stone"_s));
    HEARTH_CHECK(maple = storeNewToken(Community, u"maple_tea"_s));
    HEARTH_CHECK(riverElsewhere = storeNewToken(Elsewhere, u"river_stone"_s));

    Credentials credentials(m_service);
    Answers answers(&credentials);
    credentials.load(Community, u"river_stone"_s);
    credentials.load(Community, u"maple_tea"_s);
    credentials.load(Elsewhere, u"river_stone"_s);
    // The same server and account, spelled another way.
    credentials.load(QUrl(u"https://COMMUNITY.example:443/some/page"_s), u"River_Stone"_s);
    // The same host on another port is another server.
    credentials.load(QUrl(u"https://elsewhere.example"_s), u"river_stone"_s);
    HEARTH_CHECK(answers.wait(5));
    QCOMPARE(answers.loaded.count(), 5);
    QVERIFY(answers.loaded.at(0).at(2).toString() == river);
    QVERIFY(answers.loaded.at(1).at(2).toString() == maple);
    QVERIFY(answers.loaded.at(2).at(2).toString() == riverElsewhere);
    QVERIFY(answers.loaded.at(3).at(2).toString() == river);
    QVERIFY(answers.loaded.at(4).at(2).toString().isEmpty());
    QVERIFY(river != maple && maple != riverElsewhere && river != riverElsewhere);
}

void TestCredentials::forgetRemovesTheEntry()
{
    QString kept;
    HEARTH_CHECK(storeNewToken(Community, u"willow_path"_s));
    HEARTH_CHECK(kept = storeNewToken(Community, u"fern_light"_s));

    Credentials credentials(m_service);
    Answers answers(&credentials);
    credentials.forget(Community, u"willow_path"_s);
    HEARTH_CHECK(answers.wait(1));
    QCOMPARE(answers.forgotten.count(), 1);
    QCOMPARE(answers.forgotten.first().at(0).toUrl(), Community);
    QCOMPARE(answers.forgotten.first().at(1).toString(), u"willow_path"_s);

    credentials.load(Community, u"willow_path"_s);
    credentials.load(Community, u"fern_light"_s);
    HEARTH_CHECK(answers.wait(3));
    QVERIFY2(answers.loaded.at(0).at(2).toString().isEmpty(), "the forgotten token came back");
    QVERIFY2(answers.loaded.at(1).at(2).toString() == kept, "forget() took another account too");

    // Forgetting what is not there is fine too.
    credentials.forget(Community, u"willow_path"_s);
    HEARTH_CHECK(answers.wait(4));
    QCOMPARE(credentials.status(), Credentials::KeychainStatus::Available);
}

void TestCredentials::missingEntryIsNotAnError()
{
    Credentials credentials(m_service);
    Answers answers(&credentials);
    credentials.load(Community, u"nobody_here"_s);
    HEARTH_CHECK(answers.wait(1));
    QCOMPARE(answers.loaded.count(), 1);
    QVERIFY(answers.lastToken().isEmpty());
    QCOMPARE(credentials.status(), Credentials::KeychainStatus::Available);
}

void TestCredentials::answersComeLaterAndInOrder()
{
    const QString token = newToken();
    m_tokens += token;
    m_accounts += {Community, u"cedar_wind"_s};
    Credentials credentials(m_service);
    Answers answers(&credentials);
    QList<QString> order;
    connect(&credentials, &Credentials::stored, this, [&] { order += u"stored"_s; });
    connect(&credentials, &Credentials::loaded, this, [&] { order += u"loaded"_s; });
    connect(&credentials, &Credentials::forgotten, this, [&] { order += u"forgotten"_s; });

    // Called back to back: each call sees the one before it.
    credentials.store(Community, u"cedar_wind"_s, token);
    credentials.load(Community, u"cedar_wind"_s);
    credentials.forget(Community, u"cedar_wind"_s);
    credentials.load(Community, u"cedar_wind"_s);
    // An empty token forgets rather than storing "nothing".
    credentials.store(Community, u"cedar_wind"_s, QString());
    QCOMPARE(answers.count(), 0); // never from inside the call
    HEARTH_CHECK(answers.wait(5));
    QCOMPARE(order,
        (QList<QString>{u"stored"_s, u"loaded"_s, u"forgotten"_s, u"loaded"_s, u"forgotten"_s}));
    QVERIFY(answers.loaded.at(0).at(2).toString() == token);
    QVERIFY(answers.loaded.at(1).at(2).toString().isEmpty());
}

void TestCredentials::tokenIsInNoFileNorSettings()
{
    const QString home = QDir::homePath();
    if (!QDir::cleanPath(home).startsWith(QDir::cleanPath(QDir::tempPath()) + u'/'))
        QSKIP("The scan reads every file of HOME: it runs only in a throwaway HOME (scripts/test)");

    // The scan can see a token at all.
    QTemporaryDir canary;
    QVERIFY(canary.isValid());
    const QString canaryToken = newToken();
    QFile canaryFile(canary.filePath(u"canary.txt"_s));
    QVERIFY(canaryFile.open(QIODevice::WriteOnly));
    canaryFile.write("before " + canaryToken.toUtf8() + " after");
    canaryFile.close();
    QCOMPARE(scanForTokens({canary.path()}, {canaryToken}).hits.size(), 1);

    HEARTH_CHECK(storeNewToken(Community, u"lantern_bay"_s));

    QStringList folders{home};
    for (const auto location : {QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
             QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation}) {
        // Where the app can write: the system folders after it are read-only to it.
        folders += QStandardPaths::writableLocation(location);
    }
    // gnome-keyring's log and control socket live here under scripts/test.
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        folders += qEnvironmentVariable("XDG_RUNTIME_DIR");
    folders.removeDuplicates();

    const Scan scan = scanForTokens(folders, m_tokens);
    qInfo("Scanned %d files under %s; keyring files: %s", scan.files,
        qPrintable(folders.join(u", "_s)), qPrintable(scan.keyrings.join(u", "_s)));
    QVERIFY2(scan.hits.isEmpty(),
        qPrintable(u"A token is on disk in plain text: "_s + scan.hits.join(u", "_s)));
    QVERIFY2(scan.files > 0, "The scan read no file at all");

    QSettings settings;
    QVERIFY2(settings.allKeys().isEmpty(), qPrintable(settings.fileName()));
    QSettings hearthSettings(u"Hearth"_s, u"Hearth"_s);
    QVERIFY2(hearthSettings.allKeys().isEmpty(), qPrintable(hearthSettings.fileName()));
}

QHash<QString, QString> TestCredentials::runChildProcess(const QString &mode,
    const QString &program, const QStringList &arguments, QProcessEnvironment environment)
{
    const QString token = newToken();
    m_tokens += token;
    environment.insert(ChildModeVariable, mode);
    environment.insert(ChildServiceVariable, m_service);
    environment.insert(ChildTokenVariable, token);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(program, arguments);
    const bool finished = child.waitForFinished(4 * Timeout);
    if (!finished) {
        child.kill();
        child.waitForFinished();
    }
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    const QString transcript = u"\n--- child stdout:\n"_s + out + u"--- child stderr:\n"_s + err;

    QHash<QString, QString> results;
    [&] {
        QVERIFY2(!out.contains(token) && !err.contains(token), "The child printed the token");
        QVERIFY2(finished, qPrintable(u"The child did not finish in time"_s + transcript));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(u"The child failed with exit code "_s + QString::number(child.exitCode())
                + transcript));
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype equals = line.indexOf(u'=');
            if (equals > 0)
                results.insert(line.left(equals), line.mid(equals + 1));
        }
    }();
    return results;
}

void TestCredentials::noBusKeepsTokenInMemory()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);

    QHash<QString, QString> results;
    HEARTH_CHECK(results
        = runChildProcess(u"memory"_s, QCoreApplication::applicationFilePath(), {}, environment));
    QCOMPARE(results.value(u"unavailable"_s), u"NoSecretService"_s);
    QVERIFY2(results.value(u"message"_s).contains(u"keychain"_s),
        qPrintable(results.value(u"message"_s)));
    QCOMPARE(results.value(u"message"_s),
        Credentials::message(Credentials::KeychainStatus::NoSecretService));
    QCOMPARE(results.value(u"stored-in-keychain"_s), u"0"_s);
    QCOMPARE(results.value(u"loaded"_s), u"match"_s);
    QCOMPARE(results.value(u"loaded-elsewhere"_s), u"match"_s);
    QCOMPARE(results.value(u"after-forget"_s), u"empty"_s);
    // Told once, though store, forget and load all failed.
    QCOMPARE(results.value(u"unavailable-count"_s), u"1"_s);
    QCOMPARE(results.value(u"status"_s), u"NoSecretService"_s);
}

void TestCredentials::busWithoutProviderKeepsTokenInMemory()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    if (dbusRunSession.isEmpty())
        QSKIP("dbus-run-session is not installed");

    // A session bus that knows no services at all: nothing provides org.freedesktop.secrets,
    // and nothing can be started to provide it.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile config(folder.filePath(u"bus.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>session</type><listen>unix:tmpdir="
        + folder.path().toUtf8()
        + "</listen><auth>EXTERNAL</auth><policy context=\"default\">"
          "<allow send_destination=\"*\" eavesdrop=\"true\"/><allow eavesdrop=\"true\"/>"
          "<allow own=\"*\"/></policy></busconfig>\n");
    config.close();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QHash<QString, QString> results;
    HEARTH_CHECK(results = runChildProcess(u"memory"_s, dbusRunSession,
                     {u"--config-file="_s + config.fileName(), u"--"_s,
                         QCoreApplication::applicationFilePath()},
                     environment));
    QCOMPARE(results.value(u"unavailable"_s), u"NoSecretService"_s);
    QCOMPARE(results.value(u"stored-in-keychain"_s), u"0"_s);
    QCOMPARE(results.value(u"loaded"_s), u"match"_s);
    QCOMPARE(results.value(u"loaded-elsewhere"_s), u"match"_s);
    QCOMPARE(results.value(u"after-forget"_s), u"empty"_s);
    QCOMPARE(results.value(u"unavailable-count"_s), u"1"_s);
}

void TestCredentials::lockedKeyringIsToldApart()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(u"dbus-run-session"_s);
    const QString keyringDaemon = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
    if (dbusRunSession.isEmpty() || keyringDaemon.isEmpty())
        QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");

    // A keyring of the child's own, in its own bus, HOME and runtime folder: locking it cannot
    // touch the keyring of the other cases, nor a person's own.
    QTemporaryDir home;
    QTemporaryDir runtime; // mode 700, as XDG_RUNTIME_DIR must be
    QVERIFY(home.isValid() && runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s,
             u"XDG_CONFIG_HOME"_s, u"XDG_DATA_HOME"_s, u"XDG_CACHE_HOME"_s})
        environment.remove(name);
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    environment.insert(ChildPasswordVariable, u"hearth-child-keyring"_s);

    const QString script = uR"(
printf %s "$HEARTH_CREDENTIALS_KEYRING_PASSWORD" \
    | "$1" --foreground --unlock --components=secrets >/dev/null 2>&1 &
keyring=$!
"$2"
status=$?
kill "$keyring" 2>/dev/null
wait "$keyring" 2>/dev/null
exit "$status"
)"_s;
    QHash<QString, QString> results;
    HEARTH_CHECK(results = runChildProcess(u"locked"_s, dbusRunSession,
                     {u"--"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, keyringDaemon,
                         QCoreApplication::applicationFilePath()},
                     environment));
    // Unlocked, the keychain takes the token.
    QCOMPARE(results.value(u"open-store-unavailable"_s), u"none"_s);
    QCOMPARE(results.value(u"open-store-in-keychain"_s), u"1"_s);
    QCOMPARE(results.value(u"locked"_s), u"1"_s);
    // Locked, libsecret says "not found": Credentials says "locked" instead.
    QCOMPARE(results.value(u"locked-load-unavailable"_s), u"Locked"_s);
    QCOMPARE(results.value(u"locked-load-loaded"_s), u"empty"_s);
    // QtKeychain error 4: the token stays in memory.
    QCOMPARE(results.value(u"locked-store-unavailable"_s), u"Locked"_s);
    QCOMPARE(results.value(u"locked-store-in-keychain"_s), u"0"_s);
    QCOMPARE(results.value(u"memory-load-unavailable"_s), u"none"_s);
    QCOMPARE(results.value(u"memory-load-loaded"_s), u"match"_s);
    // libsecret says "deleted" but cannot reach a locked item: Credentials says "locked".
    QCOMPARE(results.value(u"locked-forget-unavailable"_s), u"Locked"_s);
}

// QTEST_GUILESS_MAIN, plus the child modes that the no-keychain cases run this binary in.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setOrganizationName(u"Hearth"_s);
    app.setApplicationName(u"tst_credentials"_s);
    const QString childMode = qEnvironmentVariable(qPrintable(ChildModeVariable));
    if (!childMode.isEmpty())
        return runChild(childMode);
    TestCredentials test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentials.moc"
