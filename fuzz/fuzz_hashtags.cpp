// Hashtag extraction: Hashtags::extract, unite, slug and isValid on any text, read both as
// UTF-8 and as raw UTF-16 (which reaches unpaired surrogates UTF-8 cannot carry).
//
// Properties: every tag found is valid, in NFC, its slug is its own slug, slugs are
// distinct, at most maxCount come out and a smaller maxCount gives a prefix; a valid tag
// written after '#' is found as itself; unite keeps what it is given.

#include "FuzzCheck.h"
#include "api/Hashtags.h"

#include <QSet>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

void check(const QString &text)
{
    const QStringList tags = Hashtags::extract(text);
    FUZZ_CHECK(tags.size() <= Limits::MaxHashtagsPerPost, u"%1 tags"_s.arg(tags.size()));
    QSet<QString> slugs;
    for (const QString &tag : tags) {
        FUZZ_CHECK(Hashtags::isValid(tag), u"extract gave the invalid tag '%1'"_s.arg(tag));
        FUZZ_CHECK(tag == tag.normalized(QString::NormalizationForm_C),
            u"extract gave '%1', not in NFC"_s.arg(tag));
        const QString slug = Hashtags::slug(tag);
        FUZZ_CHECK(Hashtags::slug(slug) == slug,
            u"the slug '%1' of '%2' is not its own slug"_s.arg(slug, tag));
        FUZZ_CHECK(!slugs.contains(slug), u"extract gave two tags of slug '%1'"_s.arg(slug));
        slugs.insert(slug);
    }
    for (qsizetype max = 0; max <= tags.size(); ++max) {
        FUZZ_CHECK(Hashtags::extract(text, max) == tags.first(max),
            u"extract with maxCount %1 is not a prefix"_s.arg(max));
    }

    FUZZ_CHECK(Hashtags::unite(tags, tags) == tags, u"unite(tags, tags) changed them"_s);
    FUZZ_CHECK(Hashtags::unite(tags, {}) == tags, u"unite(tags, {}) changed them"_s);

    if (Hashtags::isValid(text)) {
        const QString nfc = text.normalized(QString::NormalizationForm_C);
        FUZZ_CHECK(Hashtags::extract(QString(u'#' + text)) == QStringList{nfc},
            u"the valid tag '%1' after '#' is not found as itself"_s.arg(text));
        FUZZ_CHECK(Hashtags::extract(QString(u"a #"_s + text + u" b"_s)) == QStringList{nfc},
            u"the valid tag '%1' between words is not found"_s.arg(text));
        FUZZ_CHECK(Hashtags::extract(QString(u"a#"_s + text)).isEmpty(),
            u"'a#%1' is a tag inside a word"_s.arg(text));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *bytes = reinterpret_cast<const char *>(data);
    check(QString::fromUtf8(bytes, qsizetype(size)));
    check(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
