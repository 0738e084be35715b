// Links: PlaceLink::parse for any text (what `hearth LINK` and the desktop's handler hand over).
//
// Properties: nothing crashes; a text taken as a link names a valid place of an http(s)
// community, and the link made from it again is taken as the very same place (parse and
// toString agree), never longer than PlaceLink::MaxLength.

#include "FuzzCheck.h"
#include "api/Limits.h"
#include "api/PlaceLink.h"

using namespace Hearth;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<PlaceLink> link = PlaceLink::parse(text);
    if (!link)
        return 0;
    const QString again = link->toString();
    FUZZ_CHECK(!again.isEmpty(), u"'%1' was taken but makes no link"_s.arg(text));
    FUZZ_CHECK(again.size() <= PlaceLink::MaxLength, u"'%1' makes a long link"_s.arg(text));
    FUZZ_CHECK(PlaceLink::parse(again) == link, u"'%1' and '%2' differ"_s.arg(text, again));
    FUZZ_CHECK(PlaceLink::sameCommunity(link->community, link->community),
        u"'%1': an address that is no community"_s.arg(text));
    if (link->kind == PlaceLink::Kind::Post) {
        FUZZ_CHECK(link->postId > 0 && link->postId <= Limits::MaxId && link->commentId >= 0
                && link->commentId <= Limits::MaxId,
            u"'%1': ids out of range"_s.arg(text));
    }
    return 0;
}
