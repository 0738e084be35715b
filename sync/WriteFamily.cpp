#include "WriteFamily.h"

#include "cache/FeedCache.h"
#include "cache/OutboxStore.h"

Q_LOGGING_CATEGORY(lcOutbox, "hearth.sync.outbox")

using namespace Qt::StringLiterals;

namespace Hearth {

WriteFamily::WriteFamily(WriteContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{ }

qint64 WriteFamily::nextLocalId()
{
    // Local ids count down from -1 and are never reused, even across restarts. The counter
    // is in the cache, which a repair may rebuild while the outbox (in the words file) keeps
    // writes that use local ids: the next id goes below theirs too.
    const qint64 last = std::min({m_context.feed.state(u"outbox.lastLocalId"_s).toLongLong(),
        qint64(0), m_context.store.lowestLocalId()});
    const qint64 id = last - 1;
    m_context.feed.setState(u"outbox.lastLocalId"_s, QString::number(id));
    return id;
}

std::optional<ApiError> WriteFamily::unlessGone(const std::optional<ApiError> &error)
{
    if (error && error->code() == ApiError::Code::NotFound)
        return std::nullopt;
    return error;
}

} // namespace Hearth
