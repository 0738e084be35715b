#include "CrisisLines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

// Reads one entry of "lines" or "international", checking every field; the first problem
// ends it with a message that names the entry.
class LineReader
{
public:
    LineReader(const QJsonObject &object, QString where, bool international)
        : m_object(object), m_where(std::move(where)), m_international(international)
    { }

    std::optional<CrisisLine> read()
    {
        const QStringList known = m_international
            ? QStringList{u"name"_s, u"url"_s, u"hours"_s, u"languages"_s, u"source"_s}
            : QStringList{u"country"_s, u"name"_s, u"phones"_s, u"text"_s, u"url"_s, u"hours"_s,
                u"languages"_s, u"source"_s};
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                return refuse(u"unknown field \"%1\""_s.arg(it.key()));
        }

        CrisisLine line;
        if (!readString(u"name"_s, &line.name, true))
            return std::nullopt;
        // From here on, messages name the line as well as its index.
        m_where += u" (%1)"_s.arg(line.name);

        if (!m_international) {
            if (!readString(u"country"_s, &line.country, true))
                return std::nullopt;
            if (line.country.size() != 2 || line.country != line.country.toUpper()
                || QLocale::codeToTerritory(line.country) == QLocale::AnyTerritory)
                return refuse(
                    u"country \"%1\" is not an ISO 3166-1 alpha-2 code"_s.arg(line.country));
        }
        if (!readPhones(&line.phones) || !readText(&line))
            return std::nullopt;
        if (!m_international && line.phones.isEmpty() && line.textNumber.isEmpty())
            return refuse(u"has neither phones nor a text line"_s);
        if (!readUrl(u"url"_s, &line.url) || !readUrl(u"source"_s, &line.source))
            return std::nullopt;
        if (!readString(u"hours"_s, &line.hours, false) || !readLanguages(&line.languages))
            return std::nullopt;
        return line;
    }

    QString error() const { return m_error; }

private:
    // Records why the entry is refused; gives false to return.
    bool fail(const QString &why)
    {
        m_error = m_where + u": "_s + why;
        return false;
    }

    std::nullopt_t refuse(const QString &why)
    {
        fail(why);
        return std::nullopt;
    }

    bool readString(const QString &key, QString *out, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() && !required)
            return true;
        if (value.isUndefined())
            return fail(u"%1 is missing"_s.arg(key));
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return fail(u"%1 is not a non-empty string"_s.arg(key));
        *out = value.toString().trimmed();
        return true;
    }

    static bool isDialable(const QString &number)
    {
        bool hasDigit = false;
        for (const QChar c : number) {
            if (c.isDigit())
                hasDigit = true;
            else if (c != u' ' && c != u'-' && c != u'+')
                return false;
        }
        return hasDigit;
    }

    bool readPhones(QStringList *out)
    {
        const QJsonValue value = m_object.value(u"phones"_s);
        if (value.isUndefined())
            return true;
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(u"phones is not a non-empty list"_s);
        for (const QJsonValue &phone : value.toArray()) {
            if (!phone.isString() || !isDialable(phone.toString()))
                return fail(u"phones has an entry that is not a phone number"_s);
            out->append(phone.toString());
        }
        return true;
    }

    bool readText(CrisisLine *line)
    {
        const QJsonValue value = m_object.value(u"text"_s);
        if (value.isUndefined())
            return true;
        if (m_international || !value.isObject())
            return fail(u"text is not an object with a number"_s);
        const QJsonObject text = value.toObject();
        for (auto it = text.begin(); it != text.end(); ++it) {
            if (it.key() != u"number" && it.key() != u"keyword")
                return fail(u"text has an unknown field \"%1\""_s.arg(it.key()));
        }
        const QJsonValue number = text.value(u"number"_s);
        if (!number.isString() || !isDialable(number.toString()))
            return fail(u"text.number is not a phone number"_s);
        line->textNumber = number.toString();
        const QJsonValue keyword = text.value(u"keyword"_s);
        if (keyword.isUndefined())
            return true;
        if (!keyword.isString() || keyword.toString().isEmpty()
            || keyword.toString().contains(u' '))
            return fail(u"text.keyword is not a single word"_s);
        line->textKeyword = keyword.toString();
        return true;
    }

    bool readUrl(const QString &key, QUrl *out)
    {
        QString text;
        if (!readString(key, &text, true))
            return false;
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
            return fail(u"%1 \"%2\" is not an https URL"_s.arg(key, text));
        *out = url;
        return true;
    }

    bool readLanguages(QStringList *out)
    {
        const QJsonValue value = m_object.value(u"languages"_s);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(u"languages is not a list"_s);
        for (const QJsonValue &language : value.toArray()) {
            const QString code = language.toString();
            if (code.size() != 2
                || QLocale::codeToLanguage(code, QLocale::ISO639Part1) == QLocale::AnyLanguage)
                return fail(u"languages has \"%1\", not an ISO 639-1 code"_s.arg(code));
            out->append(code);
        }
        return true;
    }

    const QJsonObject &m_object;
    QString m_where;
    bool m_international;
    QString m_error;
};

} // namespace

QString CrisisLines::builtInPath()
{
    return u":/care/crisis-lines.json"_s;
}

bool CrisisLines::load(const QString &path)
{
    const auto fail = [this, &path](const QString &why) {
        m_error = path + u": "_s + why;
        return false;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not valid JSON at offset %1: %2"_s.arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!document.isObject())
        return fail(u"the top level is not an object"_s);
    const QJsonObject root = document.object();

    const QDate reviewed = QDate::fromString(root.value(u"reviewed"_s).toString(), Qt::ISODate);
    if (!reviewed.isValid())
        return fail(u"\"reviewed\" is not a date (YYYY-MM-DD)"_s);

    QList<CrisisLine> lists[2];
    const QString keys[2] = {u"lines"_s, u"international"_s};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = root.value(keys[i]);
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(u"\"%1\" is not a non-empty list"_s.arg(keys[i]));
        const QJsonArray array = value.toArray();
        for (qsizetype n = 0; n < array.size(); ++n) {
            const QString where = u"%1[%2]"_s.arg(keys[i]).arg(n);
            if (!array.at(n).isObject())
                return fail(where + u": not an object"_s);
            const QJsonObject object = array.at(n).toObject();
            LineReader reader(object, where, i == 1);
            const std::optional<CrisisLine> line = reader.read();
            if (!line)
                return fail(reader.error());
            lists[i].append(*line);
        }
    }

    m_lines = lists[0];
    m_international = lists[1];
    m_reviewed = reviewed;
    m_error.clear();
    return true;
}

QList<CrisisLine> CrisisLines::forCountry(const QString &code) const
{
    const QString upper = code.trimmed().toUpper();
    QList<CrisisLine> lines;
    if (upper.isEmpty())
        return lines;
    for (const CrisisLine &line : m_lines) {
        if (line.country == upper)
            lines.append(line);
    }
    return lines;
}

QList<CrisisLine> CrisisLines::forCountryOrInternational(const QString &code) const
{
    const QList<CrisisLine> lines = forCountry(code);
    return lines.isEmpty() ? m_international : lines;
}

QString CrisisLines::countryFor(const QLocale &locale) const
{
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    const QString code = QLocale::territoryToCode(locale.territory());
    return forCountry(code).isEmpty() ? QString() : code;
}

QList<CrisisLines::Country> CrisisLines::countries() const
{
    QList<Country> countries;
    QSet<QString> seen;
    for (const CrisisLine &line : m_lines) {
        if (seen.contains(line.country))
            continue;
        seen.insert(line.country);
        countries.append(
            {line.country, QLocale::territoryToString(QLocale::codeToTerritory(line.country))});
    }
    std::sort(countries.begin(), countries.end(), [](const Country &a, const Country &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return countries;
}

} // namespace Hearth
