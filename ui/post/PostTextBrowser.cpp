#include "PostTextBrowser.h"

#include <QAbstractTextDocumentLayout>

#include <cmath>

namespace Hearth {

PostTextBrowser::PostTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    viewport()->setAutoFillBackground(false);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        [this] { fitHeight(); });
}

QVariant PostTextBrowser::loadResource(int, const QUrl &)
{
    return {};
}

void PostTextBrowser::fitHeight()
{
    const QMargins margins = contentsMargins();
    const int height
        = int(std::ceil(document()->size().height())) + margins.top() + margins.bottom();
    if (height != this->height())
        setFixedHeight(height);
}

void PostTextBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    fitHeight();
}

} // namespace Hearth
