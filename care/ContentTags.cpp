#include "ContentTags.h"

#include "api/Hashtags.h"

namespace Hearth::ContentTags {

namespace {
// More than a post may have (Limits::MaxHashtagsPerPost): text from elsewhere may hold more.
constexpr qsizetype MaxTagsRead = 64;
} // namespace

QStringList of(const QStringList &hashtags, QStringView title, QStringView body)
{
    QStringList written;
    if (title.contains(u'#'))
        written = Hashtags::extract(title, MaxTagsRead);
    if (body.contains(u'#'))
        written = Hashtags::unite(written, Hashtags::extract(body, MaxTagsRead));
    return written.isEmpty() ? hashtags : Hashtags::unite(hashtags, written);
}

} // namespace Hearth::ContentTags
