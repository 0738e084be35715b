#pragma once

#include "api/Requests.h"

#include <QString>

#include <variant>

namespace Hearth {

// What "Change…" gives back for a refused write that held the person's words.
// A new post, as written: the composer opens with it.
struct UnsentPost
{
    NewPost post;
};

// An edit of a post: the composer opens the post as the cache has it.
struct UnsentPostEdit
{
    qint64 postId = 0;
};

// A comment or a reply, or an edit of one: the words go back in the thread's box.
struct UnsentComment
{
    qint64 postId = 0; // 0 when the edited comment is no longer here
    QString body;
    qint64 parentId = 0; // the comment replied to, or 0
    qint64 editedId = 0; // the comment edited, or 0 for a new one
};

using UnsentWords = std::variant<std::monostate, UnsentPost, UnsentPostEdit, UnsentComment>;

// A write the community refused, as the person sees it (Outbox::failedWrites()): what it
// was, why not, and the words it held.
struct UnsentWrite
{
    qint64 id = 0; // for Outbox::retry() and Outbox::discard()
    QString description; // "Your new post “First session”"
    QString error; // the community's reason, in the person's words
    UnsentWords words; // none for a write that held no words of theirs

    // Whether letting go of it loses words the person wrote.
    bool holdsWords() const { return !std::holds_alternative<std::monostate>(words); }
};

} // namespace Hearth
