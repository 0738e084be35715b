#include "UnknownWrites.h"

using namespace Qt::StringLiterals;

namespace Hearth {

void UnknownWrites::send(const QueuedWrite &, const UnknownWrite &, const Settle &settle)
{
    settle(ApiError(ApiError::Code::Unknown, u"This write is of an unknown kind."_s));
}

QString UnknownWrites::describe(const UnknownWrite &) const
{
    return tr("A change");
}

} // namespace Hearth
