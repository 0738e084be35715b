#pragma once

#include "CrisisLine.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace Hearth {

// The crisis lines Hearth knows, by country, and the international directories to show
// when the person's country has none. Loaded from resources/care/crisis-lines.json (built
// into the application), or from another file in tests.
//
// Loading is strict: a file that is not the expected JSON, or a line without an https
// source, an unknown country or language code, or no way to reach it, is refused whole,
// with the reason in errorString().
class CrisisLines
{
public:
    // A country that has lines, for a settings list.
    struct Country
    {
        QString code; // ISO 3166-1 alpha-2
        QString name; // QLocale::territoryToString(): English

        bool operator==(const Country &) const = default;
    };

    static QString builtInPath();

    // On failure keeps what it had and says why in errorString().
    bool load(const QString &path = builtInPath());
    QString errorString() const { return m_error; }

    // When the file was last checked against its sources.
    QDate reviewed() const { return m_reviewed; }

    // The lines of a country (ISO 3166-1 alpha-2, any case), in file order; empty when
    // Hearth has none for it.
    QList<CrisisLine> forCountry(const QString &code) const;
    // The lines of a country, or the international directories when it has none (or when
    // code is empty): what the notice shows.
    QList<CrisisLine> forCountryOrInternational(const QString &code) const;
    QList<CrisisLine> international() const { return m_international; }
    // Every line of every country, in file order.
    QList<CrisisLine> all() const { return m_lines; }

    // The code of locale's territory when Hearth has lines for it; empty otherwise (then
    // the international directories apply).
    QString countryFor(const QLocale &locale) const;
    // The countries that have lines, sorted by name.
    QList<Country> countries() const;

private:
    QList<CrisisLine> m_lines;
    QList<CrisisLine> m_international;
    QDate m_reviewed;
    QString m_error;
};

} // namespace Hearth
