#pragma once

#include "api/Topic.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QMenu;
class QStandardItemModel;
class QToolButton;

namespace Hearth {

// Moving between topics: a "Topics" menu with the topics the person joined, and a field to
// go to any topic by name or hashtag, completing from the topics the community has.
class TopicSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit TopicSwitcher(QWidget *parent = nullptr);

    // Every topic known (for completion), and the ones joined (for the menu).
    void setTopics(const QList<Topic> &all, const QList<Topic> &joined);

    QLineEdit *goToField() const { return m_goTo; }
    QToolButton *joinedButton() const { return m_joinedButton; }
    QMenu *joinedMenu() const { return m_joined; }
    QCompleter *completer() const { return m_completer; }

    // The slug of what was typed: a topic's name or hashtag ("Chronic Illness",
    // "#ChronicIllness", "chronicillness"), or the hashtag's slug when no topic matches.
    QString slugFor(const QString &typed) const;

public Q_SLOTS:
    // Puts the keyboard in the go-to field (Ctrl+L).
    void focusGoTo();

Q_SIGNALS:
    void topicRequested(const QString &slug);

private:
    void goToTyped();

    QToolButton *m_joinedButton;
    QMenu *m_joined;
    QLineEdit *m_goTo;
    QStandardItemModel *m_names;
    QCompleter *m_completer;
    QList<Topic> m_all;
};

} // namespace Hearth
