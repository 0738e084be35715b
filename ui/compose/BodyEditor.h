#pragma once

#include "api/Enums.h"

#include <QSplitter>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;

namespace Hearth {

class LimitCounter;

// The text of a post in the composer, with its length counter, and for a story a live
// preview of its Markdown beside it (without HTML, and fetching nothing, not even an image
// the story names).
class BodyEditor : public QSplitter
{
    Q_OBJECT

public:
    explicit BodyEditor(QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }
    LimitCounter *counter() const { return m_counter; }
    QTextBrowser *preview() const { return m_preview; }

    // The limit of kind on the text, and the preview beside it for a story; changed says
    // the kind is another than before (the two then get half of the room each).
    void setKind(PostKind kind, bool changed);
    // Shows the text as a story reads, with links in linkColor.
    void updatePreview(const QColor &linkColor);

private:
    QPlainTextEdit *m_text;
    LimitCounter *m_counter;
    QWidget *m_previewPane; // the label and the preview; hidden with its splitter handle
    QLabel *m_previewLabel;
    QTextBrowser *m_preview;
};

} // namespace Hearth
