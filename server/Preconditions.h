#pragma once

#include "HttpReply.h"
#include "Request.h"

#include <optional>
#include <variant>

// Versions on the wire: posts and comments carry a version, GET gives it as an ETag, and an
// edit must name the version it edits in If-Match (docs/api.md, "Versions and If-Match").
namespace Hearth::Preconditions {

QByteArray etag(qint64 version);

// The version an edit names, or the reply that refuses the edit: 428 without If-Match,
// 400 when it is not a quoted version, 412 (with the current ETag) when it is stale.
std::variant<qint64, HttpReply> checkIfMatch(const Request &request, qint64 currentVersion);

} // namespace Hearth::Preconditions
