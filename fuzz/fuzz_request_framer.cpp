// The server's request framing (server/RequestFramer, what the ConnectionGuard runs on every
// byte a client sends) fed raw bytes.
//
// Properties: how the bytes are split up never changes where requests end or which one is
// refused; requests end in order and within what was fed; nothing is framed after a refusal
// or after a connection's last request; a refusal is one of the guard's 4xx answers; counting
// a body's bytes (what the guard does) frames the same as reading them.

#include "FuzzCheck.h"
#include "server/RequestFramer.h"

#include <QByteArray>
#include <QList>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

struct Framed
{
    RequestFramer::Event event;
    qint64 position;
    qint64 start;
    bool last;
    int status;

    bool operator==(const Framed &) const = default;
};

// Frames bytes in chunks of the given sizes (cycled); skipBodies counts body bytes without
// their content, as the guard does.
QList<Framed> frame(QByteArrayView bytes, const QList<qsizetype> &chunks, bool skipBodies)
{
    ConnectionLimits limits;
    // Small limits reach the refusals with small inputs.
    limits.maxHeadBytes = 512;
    limits.maxJsonBodyBytes = 256;
    limits.maxImageBodyBytes = 1024;
    limits.maxUploadBodyBytes = 4096;
    RequestFramer framer(limits);
    QList<Framed> events;
    qsizetype offset = 0;
    qsizetype next = 0;
    qint64 lastEnd = 0;
    while (offset < bytes.size() && framer.state() != RequestFramer::State::Done) {
        const qsizetype chunk = std::min(chunks.at(next++ % chunks.size()), bytes.size() - offset);
        const QByteArrayView piece = bytes.sliced(offset, chunk);
        qsizetype taken = 0;
        while (taken < piece.size() && framer.state() != RequestFramer::State::Done) {
            const RequestFramer::Step step = skipBodies && !framer.needsContent()
                ? framer.skip(piece.size() - taken)
                : framer.step(piece.sliced(taken));
            FUZZ_CHECK(step.used >= 0 && step.used <= piece.size() - taken,
                u"a step used %1 of %2 bytes"_s.arg(step.used).arg(piece.size() - taken));
            FUZZ_CHECK(step.used > 0 || step.event != RequestFramer::Event::None,
                u"a step framed nothing and said nothing"_s);
            taken += step.used;
            FUZZ_CHECK(framer.position() == offset + taken,
                u"position %1, but %2 bytes were framed"_s.arg(framer.position())
                    .arg(offset + taken));
            FUZZ_CHECK(framer.requestStart() <= framer.position(),
                u"a request starts past the position"_s);
            if (step.event == RequestFramer::Event::Completed) {
                FUZZ_CHECK(
                    framer.position() > lastEnd, u"a request ended before the one before it"_s);
                lastEnd = framer.position();
                events.append({step.event, framer.position(), framer.requestStart(),
                    framer.isLastRequest(), 0});
            } else if (step.event == RequestFramer::Event::Refused) {
                FUZZ_CHECK(framer.refusal().has_value(), u"refused without a reason"_s);
                const int status = framer.refusal()->httpStatus();
                FUZZ_CHECK(status == 400 || status == 413 || status == 431,
                    u"refused with %1"_s.arg(status));
                events.append(
                    {step.event, framer.position(), framer.requestStart(), false, status});
            }
        }
        offset += taken;
        if (taken < piece.size())
            break; // Done: nothing more is framed
    }
    if (framer.state() == RequestFramer::State::Done) {
        // Nothing more is ever framed.
        const RequestFramer::Step after = framer.step("GET / HTTP/1.1\r\n\r\n");
        FUZZ_CHECK(after.used == 0 && after.event == RequestFramer::Event::None,
            u"the framer went on after it was done"_s);
        FUZZ_CHECK(!events.isEmpty()
                && (events.last().event == RequestFramer::Event::Refused || events.last().last),
            u"done without a refusal or a last request"_s);
    }
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // How the bytes are split up follows from them, so that a crash reproduces.
    const uint8_t seed = size > 0 ? data[size - 1] : 0;
    const QList<qsizetype> chunks{1 + seed % 7, 1 + qsizetype(size % 13), 1 + seed / 7 % 29};
    const QList<Framed> whole = frame(bytes, {std::max<qsizetype>(1, bytes.size())}, false);
    FUZZ_CHECK(frame(bytes, chunks, false) == whole, u"chunks frame differently"_s);
    FUZZ_CHECK(
        frame(bytes, {1}, true) == whole, u"byte by byte, counting bodies, frames differently"_s);
    FUZZ_CHECK(frame(bytes, chunks, true) == whole, u"counting bodies frames differently"_s);
    return 0;
}
