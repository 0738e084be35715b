#include "SensitiveTopics.h"

#include "ContentTags.h"
#include "api/Hashtags.h"

#include <QFile>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

struct ListLine
{
    int number; // 1-based, for messages
    QString text; // trimmed
};

// The entries of a list file: UTF-8, one entry per line, blank lines and comments ('#'
// then a space) skipped. Empty with *error set when the file cannot be read.
std::optional<QList<ListLine>> readList(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar::ByteOrderMark))
        text.remove(0, 1);
    QList<ListLine> lines;
    int number = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++number;
        line = line.trimmed();
        // "#" alone or "# ..." is a comment; "#SelfHarm" is an entry (and a mistake there).
        if (line.isEmpty() || line == u"#" || line.startsWith(u"# ") || line.startsWith(u"#\t"))
            continue;
        lines.append({number, line.toString()});
    }
    return lines;
}

} // namespace

SensitiveTopics::SensitiveTopics(const QStringList &sensitiveTags, const QStringList &crisisTags,
    const QStringList &crisisPhrases)
{
    const auto slugs = [](const QStringList &tags) {
        QStringList list;
        for (const QString &tag : tags) {
            const QStringView bare = QStringView(tag).trimmed();
            list.append(Hashtags::slug(bare.startsWith(u'#') ? bare.sliced(1) : bare));
        }
        return list;
    };
    QStringList sensitive = slugs(sensitiveTags);
    const QStringList crisis = slugs(crisisTags);
    for (const QString &slug : crisis) {
        if (!sensitive.contains(slug))
            sensitive.append(slug);
    }
    setLists(sensitive, crisis, crisisPhrases);
}

QString SensitiveTopics::builtInHashtagsPath()
{
    return u":/care/sensitive-hashtags.txt"_s;
}

QString SensitiveTopics::builtInPhrasesPath()
{
    return u":/care/crisis-phrases.txt"_s;
}

bool SensitiveTopics::load(const QString &hashtagsPath, const QString &phrasesPath)
{
    QString error;
    const std::optional<QList<ListLine>> tagLines = readList(hashtagsPath, &error);
    if (!tagLines) {
        m_error = error;
        return false;
    }
    QStringList sensitive;
    QStringList crisis;
    static const QRegularExpression whitespace(u"\\s+"_s);
    for (const ListLine &line : *tagLines) {
        const QStringList fields = line.text.split(whitespace);
        const QString &slug = fields.first();
        const auto fail = [&](const QString &why) {
            m_error = u"%1:%2: %3"_s.arg(hashtagsPath).arg(line.number).arg(why);
            return false;
        };
        if (!Hashtags::isValid(slug))
            return fail(u"\"%1\" is not a hashtag (write it without '#')"_s.arg(slug));
        if (Hashtags::slug(slug) != slug)
            return fail(u"\"%1\" is not a slug: write \"%2\""_s.arg(slug, Hashtags::slug(slug)));
        if (fields.size() > 2 || (fields.size() == 2 && fields[1] != u"crisis"))
            return fail(u"after the slug, only \"crisis\" may follow"_s);
        if (sensitive.contains(slug))
            return fail(u"\"%1\" is listed twice"_s.arg(slug));
        sensitive.append(slug);
        if (fields.size() == 2)
            crisis.append(slug);
    }

    const std::optional<QList<ListLine>> phraseLines = readList(phrasesPath, &error);
    if (!phraseLines) {
        m_error = error;
        return false;
    }
    QStringList phrases;
    for (const ListLine &line : *phraseLines)
        phrases.append(line.text);

    setLists(sensitive, crisis, phrases);
    m_error.clear();
    return true;
}

void SensitiveTopics::setLists(
    const QStringList &sensitiveSlugs, const QStringList &crisisSlugs, const QStringList &phrases)
{
    m_sensitiveSlugs = sensitiveSlugs;
    m_crisisSlugs = crisisSlugs;
    m_sensitive = QSet<QString>(sensitiveSlugs.begin(), sensitiveSlugs.end());
    m_crisis = QSet<QString>(crisisSlugs.begin(), crisisSlugs.end());
    m_phrases = WordMatcher(phrases);
}

QString SensitiveTopics::sensitiveTag(const QStringList &hashtags) const
{
    for (const QString &tag : hashtags) {
        if (m_sensitive.contains(Hashtags::slug(tag)))
            return tag;
    }
    return {};
}

QString SensitiveTopics::crisisPhraseIn(QStringView text) const
{
    return m_phrases.firstMatch(text);
}

bool SensitiveTopics::touchesCrisis(
    QStringView title, QStringView body, const QStringList &hashtags) const
{
    for (const QString &tag : ContentTags::of(hashtags, title, body)) {
        if (m_crisis.contains(Hashtags::slug(tag)))
            return true;
    }
    return !m_phrases.firstMatch({title, body}).isEmpty();
}

} // namespace Hearth
