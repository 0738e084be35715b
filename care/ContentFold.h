#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace Hearth {

class MutedWords;
class SensitiveTopics;
struct Comment;
struct Post;

// Whether a post or a comment shows folded (a card with the reason and "Show post"), and
// why: a value for the card and comment delegates to paint.
//
// Reasons, strongest first: the author's content warning; one of the reader's muted
// words or hashtags; a sensitive hashtag (posts only). Once the reader opens an item, it
// stays open (folded is false) but keeps its reason, so a view can still say what it was.
struct ContentFold
{
    enum class Reason {
        None,
        ContentWarning, // detail: the warning, as the author wrote it (plain text)
        MutedWord, // detail: the muted entry that matched, as the reader typed it
        SensitiveTopic, // detail: the sensitive hashtag, without '#'
    };

    Reason reason = Reason::None;
    QString detail;
    bool folded = false;

    bool hasReason() const { return reason != Reason::None; }

    // The line a folded card shows, translated (context "Hearth::ContentFold"):
    // "Content warning: …", "Hidden: matches a muted word", "Sensitive topic: #…".
    // It does not repeat a muted word: the reader muted it so as not to read it.
    QString summary() const;

    // The fold of any content. opened: whether the reader has opened this item.
    static ContentFold of(const QString &contentWarning, QStringView title, QStringView body,
        const QStringList &hashtags, bool opened, const MutedWords &muted,
        const SensitiveTopics *sensitive);

    // A post; openedPostIds are the posts the reader has opened.
    static ContentFold forPost(const Post &post, const QSet<qint64> &openedPostIds,
        const MutedWords &muted, const SensitiveTopics &sensitive);
    // A comment or a reply; openedCommentIds are the comments the reader has opened.
    // Sensitive hashtags do not fold comments; content warnings and muted words do.
    static ContentFold forComment(
        const Comment &comment, const QSet<qint64> &openedCommentIds, const MutedWords &muted);

    bool operator==(const ContentFold &) const = default;
};

} // namespace Hearth
