#pragma once

#include "care/ContentFold.h"
#include "care/CrisisLines.h"
#include "care/MutedWords.h"
#include "care/SensitiveTopics.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QModelIndex;

namespace Hearth {

class Preferences;
struct Notification;
struct Post;

// How Hearth looks after the reader, in one place for every view: which posts and comments
// fold and why, which photos stay blurred, whether counts show, and which crisis lines to
// offer. It applies the reader's Preferences to the built-in care data (hearth_care), and
// remembers, for this run of the app, which folds the reader opened and which photos they
// chose to see. Views repaint on changed().
class Care : public QObject
{
    Q_OBJECT

public:
    explicit Care(Preferences &preferences, QObject *parent = nullptr);

    Preferences &preferences() const { return m_preferences; }
    const CrisisLines &crisisLines() const { return m_lines; }

    // The signed-in person's handle: their own posts and comments never fold to them (they
    // wrote them). Empty when signed out.
    void setMyHandle(const QString &handle);

    // Folds: of a post (from the post, or from a FeedModel row) and of a comment (a
    // CommentModel row). A row's fold is kept until its words or the rules change: cards
    // ask for it on every measure and paint.
    ContentFold postFold(const Post &post) const;
    ContentFold postFold(const QModelIndex &feedIndex) const;
    ContentFold commentFold(const QModelIndex &commentIndex) const;
    // The fold of any words (a notification's preview), never opened: whether they have a
    // reason to fold at all.
    ContentFold contentFold(const QString &contentWarning, QStringView title, QStringView body,
        const QStringList &hashtags) const;
    // The fold of a notification's preview (its post's title and the first words it
    // carries): its own warning, words and topic, then its post's as the cache has it, when
    // it does. Never opened: a reason is enough to show no preview.
    ContentFold notificationFold(const Notification &notification, const Post *post) const;
    // The reader opened a fold: it stays open.
    void openPost(qint64 postId);
    void openComment(qint64 commentId);

    // Whether a photo (or a video's poster) is drawn blurred: marked sensitive, the reader
    // keeps sensitive photos blurred, and has not chosen to see this one.
    bool isBlurred(qint64 mediaId, bool sensitive) const;
    void reveal(qint64 mediaId);

    // Quiet counts: no reaction or comment numbers anywhere.
    bool quietCounts() const;

    // Whether content touches suicide or self-harm: the crisis notice goes with it.
    bool touchesCrisis(QStringView title, QStringView body, const QStringList &hashtags) const;
    // Whether a draft reads like the writer is in crisis.
    bool readsLikeCrisis(QStringView text) const;
    // The country whose lines the notice offers: the reader's choice, else the system's;
    // empty for the international directories.
    QString crisisCountry() const;

Q_SIGNALS:
    void changed();

private:
    Preferences &m_preferences;
    CrisisLines m_lines;
    SensitiveTopics m_sensitive;
    MutedWords m_muted;
    QString m_myHandle;
    // A card's fold, with a hash of the words it was found in.
    struct KeptFold
    {
        size_t words = 0;
        ContentFold fold;
    };
    mutable QHash<qint64, KeptFold> m_postFolds;
    QSet<qint64> m_openedPosts;
    QSet<qint64> m_openedComments;
    QSet<qint64> m_revealedMedia;
};

} // namespace Hearth
