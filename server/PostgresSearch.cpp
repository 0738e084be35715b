#include "PostgresSearch.h"

#include "Sql.h"
#include "api/SearchQuery.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace Hearth::PostgresSearch {

namespace {

// A lexeme in tsvector and tsquery input: quoted, a quote doubled and a backslash escaped
// (tokens are letters and digits only, but the syntax is not left to that).
QString quoted(QString lexeme)
{
    lexeme.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
    return u'\'' + lexeme + u'\'';
}

} // namespace

QString document(const QList<std::pair<QString, char>> &fields)
{
    // Each lexeme once, with every position (1 to 16383: PostgreSQL keeps no more) and the
    // weight of the field it stands in.
    QMap<QString, QStringList> positions;
    int position = 0;
    for (const auto &[text, weight] : fields) {
        for (const QString &token : SearchQuery::tokens(text)) {
            position = std::min(position + 1, 16383);
            positions[token].append(QString::number(position) + QLatin1Char(weight));
        }
    }
    QStringList lexemes;
    lexemes.reserve(positions.size());
    for (auto it = positions.cbegin(); it != positions.cend(); ++it)
        lexemes.append(quoted(it.key()) + u':' + it.value().join(u','));
    return lexemes.join(u' ');
}

QString query(const QString &typed)
{
    QStringList words;
    for (const QString &word : SearchQuery::typedWords(typed)) {
        QStringList tokens;
        for (const QString &token : SearchQuery::tokens(word))
            tokens.append(quoted(token));
        if (!tokens.isEmpty())
            words.append(tokens.join(u" <-> "_s));
    }
    if (words.isEmpty())
        return {};
    // The last word may be the one being typed: its last token is a prefix.
    words.last().append(u":*"_s);
    return words.join(u" & "_s);
}

void indexPost(const QSqlDatabase &db, qint64 id, const QString &title, const QString &body)
{
    if (Sql::dialect(db) != Sql::Dialect::PostgreSQL)
        return;
    Sql::exec(db, u"UPDATE posts SET search = CAST(? AS tsvector) WHERE id = ?"_s,
        {document({{title, 'A'}, {body, 'D'}}), id});
}

void indexTopic(const QSqlDatabase &db, qint64 id, const QString &name, const QString &slug,
    const QString &description)
{
    if (Sql::dialect(db) != Sql::Dialect::PostgreSQL)
        return;
    Sql::exec(db, u"UPDATE topics SET search = CAST(? AS tsvector) WHERE id = ?"_s,
        {document({{name, 'A'}, {slug, 'A'}, {description, 'D'}}), id});
}

} // namespace Hearth::PostgresSearch
