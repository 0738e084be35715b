#pragma once

#include <QPushButton>

namespace Hearth {

// A quiet action drawn as a link ("Explore our newsletters", "About Therapy"): words in the
// palette's link colour, underlined under the pointer and with the keyboard's focus, which
// also shows a ring. It is a push button for everything else (Tab, Space, its accessible
// name and the window's tests), so only its look is a link's.
class LinkButton : public QPushButton
{
    Q_OBJECT

public:
    explicit LinkButton(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Hearth
