#include "Preconditions.h"

#include "api/Limits.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth::Preconditions {

QByteArray etag(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

std::variant<qint64, HttpReply> checkIfMatch(const Request &request, qint64 currentVersion)
{
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty()) {
        return HttpReply::error(ApiError::Code::PreconditionRequired,
            u"Send If-Match with the version you are editing."_s, u"If-Match"_s);
    }
    // The version is spelled as the ETag spells it, like a path ID: decimal digits without
    // sign, spaces or leading zeros ("03" is malformed, not version 3).
    const QByteArray digits = ifMatch.size() > 2 && ifMatch.startsWith('"') && ifMatch.endsWith('"')
        ? ifMatch.mid(1, ifMatch.size() - 2)
        : QByteArray();
    const bool decimal = !digits.isEmpty() && digits.size() <= 16 && digits.front() != '0'
        && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
    const qint64 version = decimal ? digits.toLongLong() : 0;
    if (version < 1 || version > Limits::MaxId) {
        return HttpReply::error(ApiError::Code::BadRequest,
            u"If-Match must be a quoted version, like \"3\"."_s, u"If-Match"_s);
    }
    if (version != currentVersion) {
        HttpReply reply = HttpReply::error(ApiError::Code::VersionConflict,
            u"This was changed since you opened it. Reload it and make your edit again."_s,
            u"version"_s);
        reply.addHeader("ETag", etag(currentVersion));
        return reply;
    }
    return version;
}

} // namespace Hearth::Preconditions
