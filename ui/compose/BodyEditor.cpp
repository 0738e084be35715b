#include "BodyEditor.h"

#include "ComposerDialog.h"
#include "LimitCounter.h"
#include "api/Limits.h"
#include "ui/post/PostText.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Hearth {

namespace {

// The story preview: Markdown without HTML, and nothing fetched, not even an image a
// story names.
class PreviewBrowser : public QTextBrowser
{
public:
    explicit PreviewBrowser(QWidget *parent) : QTextBrowser(parent)
    {
        setOpenLinks(false);
        setOpenExternalLinks(false);
    }

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

} // namespace

// The words are the composer's, where translators find them.
BodyEditor::BodyEditor(QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_text(new QPlainTextEdit(this))
    , m_counter(new LimitCounter(Limits::MaxPostBodyLength, this))
    , m_previewPane(new QWidget(this))
    , m_previewLabel(new QLabel(ComposerDialog::tr("Preview"), m_previewPane))
    , m_preview(new PreviewBrowser(m_previewPane))
{
    m_text->setAccessibleName(ComposerDialog::tr("Text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 8);
    m_preview->setAccessibleName(ComposerDialog::tr("Preview of the story"));
    m_preview->setFocusPolicy(Qt::ClickFocus);

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_text, 1);
    editorLayout->addWidget(m_counter);
    auto *previewLayout = new QVBoxLayout(m_previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_preview, 1);
    m_previewLabel->setBuddy(m_preview);
    setChildrenCollapsible(false);
    addWidget(editor);
    addWidget(m_previewPane);
    setStretchFactor(0, 1);
    setStretchFactor(1, 1);
}

void BodyEditor::setKind(PostKind kind, bool changed)
{
    const bool story = kind == PostKind::Story;
    // The whole pane, so that its handle goes too and the text reaches the form's edge.
    m_previewPane->setVisible(story);
    if (story && changed)
        setSizes({1, 1}); // the text and its preview side by side, alike
    m_counter->setLimit(Limits::maxBodyLength(kind));
}

void BodyEditor::updatePreview(const QColor &linkColor)
{
    PostText::fill(*m_preview->document(), m_text->toPlainText(), true, linkColor);
}

} // namespace Hearth
