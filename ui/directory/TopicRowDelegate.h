#pragma once

#include <QStyledItemDelegate>

namespace Hearth {

// Paints one topic of the directory: its name, its description cut to two lines (with "…"),
// its figures ("14.6K people · 0 stories · 1.4K posts") and a Join / Joined button at the
// right, which a click presses (joinClicked). The rest of the row opens the topic (the view's
// activation).
class TopicRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the row's Join button is, in the view's coordinates.
    QRect joinButtonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The description as the row shows it at width: at most two lines, the second elided.
    static QStringList descriptionLines(const QString &text, const QFont &font, int width);

    static QString joinText(bool joined);

Q_SIGNALS:
    void joinClicked(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    QSize joinButtonSize(const QStyleOptionViewItem &option) const;
};

} // namespace Hearth
