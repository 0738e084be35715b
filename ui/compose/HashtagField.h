#pragma once

#include "sync/ComposerStore.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace Hearth {

// The composer's hashtags: tags typed one after another ("#Therapy #SmallWins", the '#'
// optional, spaces or commas between them), the word being typed completed from the topics
// the cache knows, most members first. The completions open above the field, so that what
// the post will appear in stays in sight below it.
class HashtagField : public QLineEdit
{
    Q_OBJECT

public:
    explicit HashtagField(ComposerStore store, QWidget *parent = nullptr);

    // The tags typed, without '#', de-duplicated by slug, in order; invalid ones included
    // (see invalidTags()).
    QStringList tags() const;
    // The words that are not valid hashtags ("self-care", "2024"), as typed.
    QStringList invalidTags() const;
    // Puts tags in the field, each with its '#'.
    void setTags(const QStringList &tags);

    QCompleter *completer() const { return m_completer; }
    // The completions most often offered at once.
    static constexpr int MaxCompletions = 8;

private:
    // The word at the cursor: its start and length.
    std::pair<qsizetype, qsizetype> currentWord() const;
    void offerCompletions();
    void complete(const QString &tag);
    // Moves the open completions above the field.
    void openAbove();

    ComposerStore m_store;
    QStandardItemModel *m_topics;
    QCompleter *m_completer;
};

} // namespace Hearth
