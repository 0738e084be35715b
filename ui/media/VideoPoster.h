#pragma once

#include <QImage>
#include <QPixmap>
#include <QWidget>

#include <functional>

namespace Hearth {

// The poster of a video before it plays (and after it ended): the picture fitted into the
// area on a dark ground, a play mark, and for a sensitive video a blur and its words. A
// click plays. VideoPlayer's first page.
class VideoPoster : public QWidget
{
public:
    explicit VideoPoster(QWidget *parent);

    std::function<void()> clicked;

    void setPoster(const QImage &poster, bool sensitive);

protected:
    void paintEvent(QPaintEvent *) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QImage m_poster;
    bool m_sensitive = false;
    QPixmap m_prepared; // scaled (and blurred) for the current size and screen
};

} // namespace Hearth
