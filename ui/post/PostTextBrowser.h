#pragma once

#include <QTextBrowser>

namespace Hearth {

// The body of a post in the post view: as tall as its text (the post's own scroll area
// scrolls it), links and hashtags as anchors the caller handles, and never loading a resource
// the text names.
class PostTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PostTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;
    // Takes the height of the text now laid out.
    void fitHeight();

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace Hearth
