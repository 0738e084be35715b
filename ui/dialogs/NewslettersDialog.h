#pragma once

#include "api/Newsletter.h"
#include "sync/Newsletters.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Hearth {

class Outbox;

// "Explore our newsletters": the newsletters of a topic, each with what it is about and how
// often it comes, and a check box to subscribe or unsubscribe. Changes go through the
// outbox, so they are kept offline too. Signed out, the list is shown and the dialog offers
// to sign in.
class NewslettersDialog : public QDialog
{
    Q_OBJECT

public:
    // outbox is null when signed out.
    NewslettersDialog(Newsletters newsletters, Outbox *outbox, const QString &slug,
        const QString &topicName, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString statusText() const;

Q_SIGNALS:
    void signInRequested();

private:
    void showPage(const Result<Page<Newsletter>> &page);
    void itemChanged(QListWidgetItem *item);

    Outbox *m_outbox;
    QString m_topicName;
    QLabel *m_status;
    QListWidget *m_list;
    QPushButton *m_signIn;
};

} // namespace Hearth
