#pragma once

#include "sync/CacheRepair.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Hearth {

// A quiet panel above the page that says, once, what Hearth repaired when it opened the
// cache: what was wrong, that saved posts come back from the community, and whether the
// person's unsent changes and drafts were all kept. It blocks nothing and stays until the
// person closes it (or another repair replaces it).
class RecoveryNotice : public QFrame
{
    Q_OBJECT

public:
    explicit RecoveryNotice(QWidget *parent = nullptr);

    // Shows the notice for recovery; a recovery where nothing happened changes nothing.
    void showRecovery(const CacheRepair &recovery);
    // What the notice says, as plain text (also its accessible description).
    QString text() const;
    // The words for a recovery, in the person's language.
    static QString describe(const CacheRepair &recovery);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_text;
    QPushButton *m_close;
};

} // namespace Hearth
