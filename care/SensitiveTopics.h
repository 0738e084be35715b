#pragma once

#include "WordMatcher.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace Hearth {

// The topics Hearth treats with care, from the data files in resources/care:
// - sensitive hashtags (#Suicide, #SelfHarm, #EatingDisorder, ...): posts tagged with one
//   fold by default;
// - the crisis subset of those (suicide, self-harm) and a short list of crisis phrases:
//   content that has one gets the calm crisis-resources notice, and so does a draft in
//   the composer. Nothing is ever blocked.
//
// Tags compare by slug (api/Hashtags.h), phrases as whole words (WordMatcher).
class SensitiveTopics
{
public:
    SensitiveTopics() = default;
    // Lists in memory: tags (with or without '#', any case), the tags of those that also
    // bring the crisis notice, and crisis phrases.
    SensitiveTopics(const QStringList &sensitiveTags, const QStringList &crisisTags,
        const QStringList &crisisPhrases);

    // The lists built into the application (a Qt resource).
    static QString builtInHashtagsPath();
    static QString builtInPhrasesPath();

    // Reads both lists; on failure keeps what it had and says why in errorString().
    // Hashtags file: one slug per line, optionally followed by "crisis"; phrases file: one
    // phrase per line. Blank lines and comments ("# ..." or "#" alone) are skipped.
    bool load(const QString &hashtagsPath = builtInHashtagsPath(),
        const QString &phrasesPath = builtInPhrasesPath());
    QString errorString() const { return m_error; }

    QStringList sensitiveSlugs() const { return m_sensitiveSlugs; }
    QStringList crisisSlugs() const { return m_crisisSlugs; }
    QStringList crisisPhrases() const { return m_phrases.phrases(); }

    // The first of hashtags (as given) that is sensitive; empty when none is.
    QString sensitiveTag(const QStringList &hashtags) const;
    bool isSensitive(const QStringList &hashtags) const
    {
        return !sensitiveTag(hashtags).isEmpty();
    }

    // The first crisis phrase in text; empty when there is none.
    QString crisisPhraseIn(QStringView text) const;
    bool readsLikeCrisis(QStringView text) const { return !crisisPhraseIn(text).isEmpty(); }

    // Whether a post, a comment or a draft touches suicide or self-harm: a crisis hashtag
    // (in hashtags, or written in title or body), or a crisis phrase in title or body.
    bool touchesCrisis(QStringView title, QStringView body, const QStringList &hashtags) const;

private:
    void setLists(const QStringList &sensitiveSlugs, const QStringList &crisisSlugs,
        const QStringList &phrases);

    QStringList m_sensitiveSlugs;
    QStringList m_crisisSlugs;
    QSet<QString> m_sensitive;
    QSet<QString> m_crisis;
    WordMatcher m_phrases;
    QString m_error;
};

} // namespace Hearth
