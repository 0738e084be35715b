#include "Preconditions.h"

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
    bool ok = false;
    const qint64 version = ifMatch.size() > 2 && ifMatch.startsWith('"') && ifMatch.endsWith('"')
        ? ifMatch.mid(1, ifMatch.size() - 2).toLongLong(&ok)
        : 0;
    if (!ok || version < 1) {
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
