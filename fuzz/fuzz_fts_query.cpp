// The search query builder the cache and GET /search share: SearchQuery::ftsMatch on any
// text, and its query run as the cache runs it, against the real schema's FTS5 table
// (CacheDatabase, in a temporary folder).
//
// Properties: SQLite never reports an error for a query ftsMatch built (a syntax error
// would leave the search box dead for that text); the query is empty only when no word of
// the text has a letter or digit (within the term length limit), and never without one;
// every word it is made of has a token, so PostgreSQL's query (server/PostgresSearch, made
// of the same words' tokens) is empty exactly when this one is.
// (The first finding, a surrogate pair cut at the term limit, is
// TestFeedCache::searchNeverSendsHalfACharacter.)

#include "FuzzCheck.h"
#include "api/SearchQuery.h"
#include "cache/CacheDatabase.h"
#include "cache/FeedCache.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {

CacheDatabase *database = nullptr;

QString matchError(const QString &match)
{
    QSqlQuery query(database->connection());
    if (!query.prepare(u"SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? "
                       "ORDER BY bm25(posts_fts, 4.0, 1.0) LIMIT 5"_s))
        return query.lastError().text();
    query.addBindValue(match);
    if (!query.exec())
        return query.lastError().text();
    while (query.next()) { }
    return query.lastError().isValid() ? query.lastError().text() : QString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_fts_query";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir *folder = new QTemporaryDir;
    database = new CacheDatabase;
    if (!folder->isValid() || !database->open(folder->filePath(u"cache.sqlite"_s))) {
        std::fprintf(stderr, "fuzz_fts_query: no cache: %s\n", qPrintable(database->errorString()));
        std::abort();
    }
    // Closed before Qt's own globals go (a static would outlive QtSql's connection list,
    // which open() made after it).
    std::atexit([] {
        delete database;
        delete folder;
    });
    // The check must be able to fail: a malformed expression is an error on this table.
    if (matchError(u"\"unclosed"_s).isEmpty() || !matchError(u"\"tea\"*"_s).isEmpty()) {
        std::fprintf(stderr, "fuzz_fts_query: the table does not tell good from bad queries\n");
        std::abort();
    }
    return 0;
}

namespace {

void check(const QString &text)
{
    const QString match = SearchQuery::ftsMatch(text);
    const bool hasLetter
        = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    FUZZ_CHECK(hasLetter || match.isEmpty(), u"the query of '%1' is '%2'"_s.arg(text, match));
    if (match.isEmpty()) {
        FUZZ_CHECK(
            SearchQuery::typedWords(text).isEmpty(), u"'%1' has words but no query"_s.arg(text));
        // Only words whose letters lie past the term's length limit may be dropped.
        qsizetype wordStart = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && !text[i].isSpace() && text[i].category() != QChar::Other_Control)
                continue;
            const QStringView word = QStringView(text).sliced(wordStart, i - wordStart);
            FUZZ_CHECK(word.size() > SearchQuery::MaxTermLength
                    || std::none_of(
                        word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }),
                u"the word '%1' of '%2' is left out"_s.arg(word.toString(), text));
            wordStart = i + 1;
        }
        return;
    }
    const QString error = matchError(match);
    FUZZ_CHECK(
        error.isEmpty(), u"SQLite refuses the query '%1' of '%2': %3"_s.arg(match, text, error));
    // PostgreSQL's query (server/PostgresSearch) is made of the same words, each by its
    // tokens: a word FTS5 is asked for must have one there too, or the two would differ.
    const QStringList words = SearchQuery::typedWords(text);
    FUZZ_CHECK(!words.isEmpty(), u"'%1' has a query but no words"_s.arg(text));
    for (const QString &word : words) {
        FUZZ_CHECK(!SearchQuery::tokens(word).isEmpty(),
            u"the word '%1' of '%2' has no token"_s.arg(word, text));
    }
}

} // namespace

// The bytes as UTF-8 (what a person types) and as raw UTF-16 (which reaches lone surrogates).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    check(QString(reinterpret_cast<const QChar *>(data), qsizetype(size / 2)));
    return 0;
}
