#pragma once

#include "api/Page.h"
#include "api/Post.h"

#include <QByteArray>

namespace Hearth {

// Writes posts as JSON straight into bytes: the same bytes as
// Json::serialize(Json::toJson(...)) (keys in QJsonObject's sorted order, Qt's escaping),
// without building a QJsonObject per post, field and array first. A feed page spent a third
// of its time building and serialising those; tst_postjson holds the two byte for byte.
namespace PostJson {

QByteArray page(const Page<Post> &page);
void append(QByteArray &out, const Post &post);

} // namespace PostJson

} // namespace Hearth
