#pragma once

#include "api/Enums.h"

#include <QAbstractButton>

#include <optional>

namespace Hearth {

// One reaction of the post view as a pill: the reaction's icon as the cards paint it, and its
// count (none under quiet counts). The person's own reaction is checked and drawn in the
// palette's highlight. A click, Space or Enter reacts; the accessible name says the kind, the
// count and whether it is the person's ("Heart, 3, your reaction").
class ReactionPill : public QAbstractButton
{
    Q_OBJECT

public:
    ReactionPill(ReactionKind kind, QWidget *parent = nullptr);

    ReactionKind kind() const { return m_kind; }
    // The count shown (no count: quiet), and whether the reaction is the person's own.
    void setReaction(std::optional<qint64> count, bool mine);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The disc the icon is painted in, and where the count goes.
    int iconSize() const;

    ReactionKind m_kind;
};

} // namespace Hearth
