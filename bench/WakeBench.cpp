// hearth-bench-wake: how soon a write reaches clients waiting for changes, and what a waiting
// client costs the server. It starts a hearth-server on a fresh data folder (or is pointed at
// one on this machine), opens K keep-alive connections, 8 from each of K/8 loopback addresses
// (the server holds at most 8 waiting requests per address), and then, R rounds:
//   1. asks GET /changes?since=S&wait=30 on every connection, S the server's current number;
//   2. lets them settle (--settle-ms) and checks that none was answered;
//   3. creates one post through the API as a registered user, on a connection of its own;
//   4. takes, for every waiter, the time from the write's request being sent, and from the
//      write's answer arriving, to the waiter's whole answer arriving (with the post in it).
// It reports the p50, p99 and largest of those K x R times, and the server's resident memory
// (VmRSS of /proc/PID/status) before the K connections, with them idle, and with K waiting:
// per waiting client. The times include this process reading K answers on the same two
// cores as the server: they are what clients on this machine saw, not the server alone.
// The last lines, "figure NAME VALUE", are for scripts/bench.
//
//   hearth-bench-wake [--server-bin PATH | --url URL [--pid PID]] [--waiters K] [--rounds R]
//                     [--settle-ms N]
//
// It is not a test: it reports what it measured, and fails only when it cannot measure.

#include "support/ProcessStats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;
using Hearth::Testing::residentKiB;

namespace {

using Clock = QElapsedTimer;

// The server holds at most this many waiting requests per client address (ChangeWaiters).
constexpr int PerAddress = 8;

// One keep-alive HTTP/1.1 connection that takes whole responses (bodies by Content-Length)
// off its socket as they arrive, and notes when each was complete.
struct Connection
{
    struct Response
    {
        int status = 0;
        QByteArray body;
        qint64 completeNs = 0; // on the bench's clock
    };

    QTcpSocket socket;
    QByteArray buffer;
    std::vector<Response> responses;

    explicit Connection(const Clock &clock)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this, &clock] {
            buffer += socket.readAll();
            takeResponses(clock.nsecsElapsed());
        });
    }

    void takeResponses(qint64 nowNs)
    {
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer.left(headEnd);
            qint64 length = 0;
            for (const QByteArray &line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0
                    && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive)
                        == 0)
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (buffer.size() < headEnd + 4 + length)
                return;
            Response response;
            const QList<QByteArray> statusLine = head.left(head.indexOf('\r')).split(' ');
            response.status = statusLine.value(1).toInt();
            response.body = buffer.mid(headEnd + 4, length);
            response.completeNs = nowNs;
            responses.push_back(std::move(response));
            buffer.remove(0, headEnd + 4 + length);
        }
    }
};

// Runs the event loop until done() or the timeout; a timer keeps it turning to look.
bool pumpUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    QTimer tick;
    tick.start(10);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &token = {},
    const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: bench\r\n";
    if (!token.isEmpty())
        bytes += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty() || method == "POST") {
        bytes += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n";
    }
    return bytes + "\r\n" + body;
}

// Sends one request on a connection with nothing outstanding and waits for its answer.
std::optional<Connection::Response> roundTrip(Connection &connection, const QByteArray &bytes)
{
    const size_t before = connection.responses.size();
    connection.socket.write(bytes);
    if (!pumpUntil([&] { return connection.responses.size() > before; }, std::chrono::seconds(30)))
        return std::nullopt;
    return connection.responses.back();
}

// The value at quantile q (0..1) of sorted values, nearest rank.
double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const size_t rank = size_t(std::max(1.0, std::ceil(q * double(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hearth-bench-wake: %s\n", qPrintable(message));
    return 1;
}

void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"How soon a write reaches clients waiting for changes, and what they cost."_s);
    parser.addHelpOption();
    const QCommandLineOption serverBinOption(u"server-bin"_s,
        u"Start this hearth-server on a fresh data folder (the default: the one built beside)."_s,
        u"path"_s);
    const QCommandLineOption urlOption(
        u"url"_s, u"Use the server running at this loopback URL instead."_s, u"url"_s);
    const QCommandLineOption pidOption(
        u"pid"_s, u"With --url: the server's process, for its memory."_s, u"pid"_s);
    const QCommandLineOption waitersOption(
        u"waiters"_s, u"Waiting clients (default 1000)."_s, u"K"_s, u"1000"_s);
    const QCommandLineOption roundsOption(
        u"rounds"_s, u"Writes, each woken clients (default 20)."_s, u"R"_s, u"20"_s);
    const QCommandLineOption settleOption(u"settle-ms"_s,
        u"How long the waiters are left to be held before each write (default 500)."_s, u"ms"_s,
        u"500"_s);
    parser.addOptions(
        {serverBinOption, urlOption, pidOption, waitersOption, roundsOption, settleOption});
    parser.process(app);

    const int waiters = parser.value(waitersOption).toInt();
    const int rounds = parser.value(roundsOption).toInt();
    const int settleMs = parser.value(settleOption).toInt();
    if (waiters < 1 || waiters > 4096)
        return fail(u"--waiters takes 1 to 4096 (the server holds at most 4,096)."_s);
    if (rounds < 1 || settleMs < 0)
        return fail(u"--rounds takes at least 1, --settle-ms at least 0."_s);
    raiseDescriptorLimit();

    // The server: one of ours, or the one named.
    QTemporaryDir data;
    QProcess server;
    QUrl url;
    qint64 pid = 0;
    if (parser.isSet(urlOption)) {
        url = QUrl(parser.value(urlOption));
        pid = parser.value(pidOption).toLongLong();
    } else {
        const QString bin = parser.isSet(serverBinOption)
            ? parser.value(serverBinOption)
            : QCoreApplication::applicationDirPath() + u"/../server/hearth-server"_s;
        // As deployed: the request log on, to a file.
        server.setStandardErrorFile(data.filePath(u"server.log"_s));
        server.start(bin, {u"--listen"_s, u"127.0.0.1:0"_s, u"--data"_s, data.path()});
        if (!server.waitForStarted(10'000))
            return fail(u"cannot start %1: %2"_s.arg(bin, server.errorString()));
        QByteArray output;
        while (!output.contains('\n') && server.waitForReadyRead(60'000))
            output += server.readAllStandardOutput();
        const QByteArray line = output.left(output.indexOf('\n')).trimmed();
        if (!line.startsWith("listening on "))
            return fail(u"the server did not start: %1"_s.arg(QString::fromUtf8(output)));
        url = QUrl(QString::fromLatin1(line.mid(13)));
        pid = server.processId();
    }
    const QHostAddress host(url.host() == u"localhost" ? u"127.0.0.1"_s : url.host());
    const quint16 port = quint16(url.port(80));
    if (host.isNull() || !host.isLoopback())
        return fail(
            u"the server must listen on a loopback address (it was %1)."_s.arg(url.toString()));

    Clock clock;
    clock.start();

    // The writer: a registered user on a connection of its own.
    Connection writer(clock);
    writer.socket.connectToHost(host, port);
    if (!writer.socket.waitForConnected(10'000))
        return fail(u"cannot connect to %1"_s.arg(url.toString()));
    const QByteArray handle
        = "wakebench" + QByteArray::number(QRandomGenerator::global()->bounded(1'000'000));
    const auto registered = roundTrip(writer,
        request("POST", "/api/v1/auth/register", {},
            QJsonDocument(QJsonObject{{u"handle"_s, QString::fromLatin1(handle)},
                              {u"password"_s, u"a long enough password for a bench"_s},
                              {u"displayName"_s, u"Wake bench"_s}})
                .toJson(QJsonDocument::Compact)));
    if (!registered || registered->status != 201)
        return fail(u"could not register a writer (%1)"_s.arg(registered ? registered->status : 0));
    const QByteArray token = QJsonDocument::fromJson(registered->body)
                                 .object()
                                 .value(u"token"_s)
                                 .toString()
                                 .toLatin1();
    const auto write = [&](int round) {
        return request("POST", "/api/v1/posts", token,
            QJsonDocument(
                QJsonObject{{u"kind"_s, u"post"_s}, {u"title"_s, u"Wake-up round %1"_s.arg(round)},
                    {u"body"_s, u"A short note to wake everyone #WakeBench"_s}})
                .toJson(QJsonDocument::Compact));
    };
    const auto current = [&]() -> qint64 {
        const auto answer = roundTrip(writer, request("GET", "/api/v1/changes?since=0"));
        return answer ? QJsonDocument::fromJson(answer->body).object().value(u"next"_s).toInteger()
                      : -1;
    };
    // One post first, so that since > 0 and the server has served a write.
    if (const auto first = roundTrip(writer, write(0)); !first || first->status != 201)
        return fail(u"could not create a post (%1)"_s.arg(first ? first->status : 0));
    pumpUntil([] { return false; }, std::chrono::milliseconds(500));
    const qint64 rssBefore = residentKiB(pid);

    // K connections, 8 from each address, opened a batch at a time (the listen queue is
    // short).
    std::vector<std::unique_ptr<Connection>> clients;
    for (int i = 0; i < waiters; ++i) {
        const int group = i / PerAddress;
        auto client = std::make_unique<Connection>(clock);
        const QHostAddress from(u"127.3.%1.%2"_s.arg(group / 250).arg(1 + group % 250));
        if (!client->socket.bind(from, 0))
            return fail(
                u"cannot bind to %1: %2"_s.arg(from.toString(), client->socket.errorString()));
        client->socket.connectToHost(host, port);
        clients.push_back(std::move(client));
        if (clients.size() % 50 == 0 || int(clients.size()) == waiters) {
            const bool connected = pumpUntil(
                [&] {
                    return std::all_of(clients.begin(), clients.end(), [](const auto &c) {
                        return c->socket.state() == QAbstractSocket::ConnectedState;
                    });
                },
                std::chrono::seconds(30));
            if (!connected)
                return fail(u"only some of %1 connections were accepted"_s.arg(clients.size()));
        }
    }
    pumpUntil([] { return false; }, std::chrono::milliseconds(1000));
    const qint64 rssConnected = residentKiB(pid);

    std::vector<double> fromSent;
    std::vector<double> fromAnswer;
    std::vector<double> lastFromSent; // per round: when the last waiter had its answer
    qint64 rssWaitingFirst = -1;
    qint64 rssWaitingLast = -1;
    int early = 0;
    int wrong = 0;
    for (int round = 1; round <= rounds; ++round) {
        const qint64 since = current();
        if (since <= 0)
            return fail(u"could not read the server's change number"_s);
        const QByteArray wait
            = request("GET", "/api/v1/changes?since=" + QByteArray::number(since) + "&wait=30");
        std::vector<size_t> before;
        for (const auto &client : clients) {
            before.push_back(client->responses.size());
            client->socket.write(wait);
        }
        pumpUntil([] { return false; }, std::chrono::milliseconds(settleMs));
        for (size_t i = 0; i < clients.size(); ++i)
            early += int(clients[i]->responses.size() - before[i]);
        const qint64 rss = residentKiB(pid);
        if (round == 1)
            rssWaitingFirst = rss;
        rssWaitingLast = rss;

        const size_t writerBefore = writer.responses.size();
        const qint64 sentNs = clock.nsecsElapsed();
        writer.socket.write(write(round));
        writer.socket.flush();
        const bool done = pumpUntil(
            [&] {
                if (writer.responses.size() <= writerBefore)
                    return false;
                for (size_t i = 0; i < clients.size(); ++i) {
                    if (clients[i]->responses.size() <= before[i])
                        return false;
                }
                return true;
            },
            std::chrono::seconds(60));
        if (!done)
            return fail(u"round %1: not every waiter was answered within 60 s"_s.arg(round));
        const Connection::Response &written = writer.responses[writerBefore];
        if (written.status != 201)
            return fail(u"round %1: the write was answered %2"_s.arg(round).arg(written.status));
        const QByteArray postId = QByteArray::number(
            QJsonDocument::fromJson(written.body).object().value(u"id"_s).toInteger());
        double last = 0;
        for (size_t i = 0; i < clients.size(); ++i) {
            const Connection::Response &answer = clients[i]->responses.back();
            if (answer.status != 200 || !answer.body.contains(QByteArray("\"id\":" + postId)))
                ++wrong;
            const double sent = double(answer.completeNs - sentNs) / 1e6;
            fromSent.push_back(sent);
            fromAnswer.push_back(double(answer.completeNs - written.completeNs) / 1e6);
            last = std::max(last, sent);
        }
        lastFromSent.push_back(last);
    }

    std::sort(fromSent.begin(), fromSent.end());
    std::sort(fromAnswer.begin(), fromAnswer.end());
    std::sort(lastFromSent.begin(), lastFromSent.end());
    std::printf("%d waiters on %d connections from %d loopback addresses, %d rounds of one post\n",
        waiters, waiters, (waiters + PerAddress - 1) / PerAddress, rounds);
    std::printf("wake-up, from the write sent:      p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        quantile(fromSent, 0.5), quantile(fromSent, 0.99), fromSent.back());
    std::printf("wake-up, from the write's answer:  p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
        quantile(fromAnswer, 0.5), quantile(fromAnswer, 0.99), fromAnswer.back());
    std::printf("the last of %d answered, by round: median %.1f ms, max %.1f ms after the write\n",
        waiters, quantile(lastFromSent, 0.5), lastFromSent.back());
    if (early || wrong)
        std::printf("warning: %d answered before the write, %d without the post\n", early, wrong);
    const auto perClient = [&](qint64 from, qint64 to) {
        return from < 0 || to < 0 ? 0.0 : double(to - from) / waiters;
    };
    if (pid > 0) {
        std::printf("server RSS: %lld KiB with no waiter, %lld KiB with %d idle connections, "
                    "%lld KiB with %d waiting (%lld KiB after the last round)\n",
            rssBefore, rssConnected, waiters, rssWaitingFirst, waiters, rssWaitingLast);
        std::printf("per waiting client: %.1f KiB (%.1f KiB its connection, %.1f KiB its held "
                    "request)\n",
            perClient(rssBefore, rssWaitingFirst), perClient(rssBefore, rssConnected),
            perClient(rssConnected, rssWaitingFirst));
    }
    std::printf("figure waiters %d\nfigure rounds %d\n", waiters, rounds);
    std::printf("figure sent_p50 %.1f\nfigure sent_p99 %.1f\nfigure sent_max %.1f\n",
        quantile(fromSent, 0.5), quantile(fromSent, 0.99), fromSent.back());
    std::printf("figure answer_p50 %.1f\nfigure answer_p99 %.1f\nfigure answer_max %.1f\n",
        quantile(fromAnswer, 0.5), quantile(fromAnswer, 0.99), fromAnswer.back());
    std::printf("figure last_median %.1f\n", quantile(lastFromSent, 0.5));
    std::printf("figure rss_none %lld\nfigure rss_waiting %lld\nfigure kib_per_waiter %.1f\n",
        rssBefore, rssWaitingFirst, perClient(rssBefore, rssWaitingFirst));
    std::printf("figure early %d\nfigure wrong %d\n", early, wrong);

    for (auto &client : clients)
        client->socket.abort();
    if (server.state() != QProcess::NotRunning) {
        server.terminate();
        if (!server.waitForFinished(15'000))
            server.kill();
    }
    return 0;
}
