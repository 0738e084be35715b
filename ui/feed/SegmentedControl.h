#pragma once

#include <QWidget>

class QAbstractButton;
class QButtonGroup;

namespace Hearth {

// A row of choices of which exactly one is chosen, drawn as one rounded track with the chosen
// segment filled (the topic page's kinds and orders). Each segment is a checkable button in
// an exclusive group, with its words as its accessible name; the row is one Tab stop (the
// chosen segment), and the arrow keys, Home and End choose another, as in a group of radio
// buttons. Painted from the palette with the design system's radii, in both palettes.
class SegmentedControl : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentedControl(QWidget *parent = nullptr);

    // Adds a segment at the end; gives its index. The first one added is chosen.
    int addSegment(const QString &text);
    int count() const;
    QAbstractButton *segment(int index) const;

    int currentIndex() const;
    // Chooses the segment at index (out of range: nothing changes); currentChanged() says so.
    void setCurrentIndex(int index);

Q_SIGNALS:
    void currentChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Only the chosen segment takes Tab; the others are reached with the arrows.
    void updateFocusPolicies();
    void choose(int index, bool focus);

    QButtonGroup *m_group;
    int m_current = -1;
};

} // namespace Hearth
