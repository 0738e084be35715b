// hearth-server: the reference server of the Hearth Community API (docs/api.md).

#include "DemoCommunity.h"
#include "HearthServer.h"
#include "Passwords.h"
#include "SignalWatcher.h"
#include "Store.h"
#include "SyntheticCommunity.h"
#include "api/Limits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMain, "hearth.server")

namespace {

struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
    bool valid = false;
};

ListenAddress parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return {};
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    const QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    if (!ok || port > 65535 || address.isNull())
        return {};
    return {address, quint16(port), true};
}

// Each connection takes a file descriptor: use all the system allows this process (the
// connection guard keeps below it, and says so when it is reached).
void raiseDescriptorLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hearth-server: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"hearth-server"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The reference server of the Hearth Community API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listenOption(u"listen"_s,
        u"Listen on HOST:PORT (port 0 picks a free one)."_s, u"host:port"_s, u"127.0.0.1:8080"_s);
    const QCommandLineOption dataOption(u"data"_s,
        u"The data folder: media, and the SQLite database unless --database names another "
        "(required)."_s,
        u"dir"_s);
    const QCommandLineOption databaseOption(u"database"_s,
        u"The database: a PostgreSQL URL (postgresql://user@host/name) or an SQLite file's "
        "path (default: DIR/hearth.db)."_s,
        u"url"_s);
    const QCommandLineOption demoOption(
        u"demo"_s, u"Fill a new data folder with the demo community."_s);
    const QCommandLineOption generateOption(
        u"generate"_s, u"Add N synthetic posts for benchmarks, then exit."_s, u"N"_s);
    const QCommandLineOption topicOption(u"topic"_s,
        u"With --generate: put every post in this topic (made when missing)."_s, u"slug"_s);
    const QCommandLineOption proxyOption(u"trusted-proxy"_s,
        u"The reverse proxy's address: its X-Forwarded-For names the client."_s, u"address"_s);
    const QCommandLineOption registrationsOption(u"registrations-per-hour"_s,
        u"New accounts one address may make per hour (default %1)."_s.arg(
            Hearth::Limits::RegistrationsPerAddress),
        u"N"_s);
    parser.addOptions({listenOption, dataOption, databaseOption, demoOption, generateOption,
        topicOption, proxyOption, registrationsOption});
    parser.process(app);

    if (!parser.isSet(dataOption))
        return fail(u"--data DIR is required."_s);
    const ListenAddress listen = parseListen(parser.value(listenOption));
    if (!listen.valid)
        return fail(u"--listen takes HOST:PORT, like 127.0.0.1:8080."_s);
    if (!Hearth::Passwords::initialize())
        return fail(u"libsodium could not be initialised."_s);

    QDir data(parser.value(dataOption));
    if (!data.mkpath(u"media"_s))
        return fail(u"cannot create the data folder %1."_s.arg(data.absolutePath()));
    const QDir mediaDir(data.filePath(u"media"_s));

    Hearth::Store store;
    if (!store.open(parser.isSet(databaseOption) ? parser.value(databaseOption)
                                                 : data.filePath(u"hearth.db"_s)))
        return fail(u"cannot open the database: %1"_s.arg(store.errorString()));

    if (parser.isSet(demoOption)) {
        Hearth::DemoCommunity demo(store, mediaDir);
        if (!demo.isPopulated()) {
            QElapsedTimer timer;
            timer.start();
            if (!demo.populate())
                return fail(
                    u"the demo community could not be created: %1"_s.arg(demo.errorString()));
            qCInfo(lcMain) << "created the demo community in" << timer.elapsed() << "ms";
        }
    }

    if (parser.isSet(generateOption)) {
        bool ok = false;
        const int count = parser.value(generateOption).toInt(&ok);
        if (!ok || count < 1 || count > 10'000'000)
            return fail(u"--generate takes a number of posts from 1 to 10000000."_s);
        QElapsedTimer timer;
        timer.start();
        try {
            Hearth::SyntheticCommunity(store, mediaDir).generate(count, parser.value(topicOption));
        } catch (const std::exception &error) {
            return fail(u"generating failed: %1"_s.arg(QString::fromUtf8(error.what())));
        }
        std::printf("generated %d posts in %lld ms\n", count, qint64(timer.elapsed()));
        return 0;
    }

    Hearth::HearthServer server(store, mediaDir);
    if (parser.isSet(proxyOption)) {
        const QHostAddress proxy(parser.value(proxyOption));
        if (proxy.isNull())
            return fail(u"--trusted-proxy takes an IP address."_s);
        server.setTrustedProxy(proxy);
    }
    if (parser.isSet(registrationsOption)) {
        bool ok = false;
        const int count = parser.value(registrationsOption).toInt(&ok);
        if (!ok || count < 1 || count > 1'000'000)
            return fail(u"--registrations-per-hour takes a number from 1 to 1000000."_s);
        server.setRegistrationsPerHour(count);
    }
    raiseDescriptorLimit();
    const quint16 port = server.listen(listen.host, listen.port);
    if (port == 0)
        return fail(u"cannot listen on %1."_s.arg(parser.value(listenOption)));

    // Lost, PostgreSQL's connection is not opened again here: the process ends, and the
    // service manager (systemd's Restart=on-failure) starts it afresh, which connects,
    // listens for changes and prepares its statements as at any start.
    QObject::connect(&server, &Hearth::HearthServer::databaseLost, &app, [] {
        qCCritical(lcMain) << "the connection to the database is lost; stopping";
        QCoreApplication::exit(3);
    });

    Hearth::SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &Hearth::SignalWatcher::stopRequested, &app, [](int signal) {
        qCInfo(lcMain) << "stopping on signal" << signal;
        QCoreApplication::quit();
    });

    const QString host = listen.host.protocol() == QAbstractSocket::IPv6Protocol
        ? u"["_s + listen.host.toString() + u"]"_s
        : listen.host.toString();
    std::printf("listening on http://%s:%u\n", qPrintable(host), unsigned(port));
    std::fflush(stdout);
    return app.exec();
}
