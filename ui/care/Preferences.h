#pragma once

#include <QObject>
#include <QStringList>

class QSettings;

namespace Hearth {

// The reader's choices about what Hearth shows them, kept in the app's settings file
// (hearth.ini): the words and hashtags they muted, whether counts are hidden ("quiet
// counts"), whether photos marked sensitive are blurred, and the country whose crisis lines
// are offered. Views read them and follow changed().
class Preferences : public QObject
{
    Q_OBJECT

public:
    explicit Preferences(QSettings &settings, QObject *parent = nullptr);

    // As the reader typed them, one entry each ("grief", "end of life", "#Grief"); blank
    // entries and repeats (ignoring case) are dropped.
    QStringList mutedWords() const { return m_mutedWords; }
    void setMutedWords(const QStringList &words);

    // Hides every reaction and comment count; reacting still works.
    bool quietCounts() const { return m_quietCounts; }
    void setQuietCounts(bool quiet);

    // On by default: a photo marked sensitive stays blurred until the reader chooses to
    // see it.
    bool blurSensitivePhotos() const { return m_blurSensitivePhotos; }
    void setBlurSensitivePhotos(bool blur);

    // ISO 3166-1 alpha-2; empty means "the country of the system's locale".
    QString crisisCountry() const { return m_crisisCountry; }
    void setCrisisCountry(const QString &code);

Q_SIGNALS:
    void changed();

private:
    void save();

    QSettings &m_settings;
    QStringList m_mutedWords;
    bool m_quietCounts = false;
    bool m_blurSensitivePhotos = true;
    QString m_crisisCountry;
};

} // namespace Hearth
