#pragma once

#include <QSqlDatabase>
#include <QString>

// GET /search on PostgreSQL. Where SQLite has FTS5 and its triggers, PostgreSQL keeps a
// tsvector beside each post and topic, made here from the words as SearchQuery tokenizes
// them (the client's and FTS5's tokens: letters and digits, case folded, accents gone), so
// that a query finds on both the rows it finds on either; and a tsquery made the same way
// from what the person typed. Titles (names) weigh more than bodies (descriptions).
namespace Hearth::PostgresSearch {

// Keeps a post's (topic's) index equal to its words: called with every write of them. Does
// nothing on SQLite, whose triggers keep its index.
void indexPost(const QSqlDatabase &db, qint64 id, const QString &title, const QString &body);
void indexTopic(const QSqlDatabase &db, qint64 id, const QString &name, const QString &slug,
    const QString &description);

// The tsvector of weighted fields (weight 'A' to 'D'), in PostgreSQL's input syntax.
QString document(const QList<std::pair<QString, char>> &fields);
// The tsquery for what a person typed, in PostgreSQL's input syntax: SearchQuery::ftsMatch's
// rules (every word whole, the last also a prefix; the tokens of one word adjacent). Empty
// when it has no word.
QString query(const QString &typed);

} // namespace Hearth::PostgresSearch
