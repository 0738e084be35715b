#include "CommentBox.h"

#include "api/Limits.h"
#include "api/PersonText.h"
#include "api/Text.h"
#include "models/CommentModel.h"
#include "ui/look/Metrics.h"

#include <QAbstractTextDocumentLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Hearth {

CommentBox::CommentBox(const CommentModel *thread, QWidget *parent)
    : QWidget(parent)
    , m_thread(thread)
    , m_draftTimer(new QTimer(this))
    , m_replyBar(new QWidget(this))
    , m_replyLabel(new QLabel(m_replyBar))
    , m_cancel(new QPushButton(tr("Cancel"), m_replyBar))
    , m_editor(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_hint(new QLabel(this))
{
    for (QLabel *label : {m_replyLabel, m_hint}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_replyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_cancel->setAccessibleName(tr("Cancel the reply"));
    connect(m_cancel, &QPushButton::clicked, this, &CommentBox::cancelReplyOrEdit);
    auto *replyLayout = new QHBoxLayout(m_replyBar);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_replyLabel, 1);
    replyLayout->addWidget(m_cancel);
    m_replyBar->hide();

    m_editor->setAccessibleName(tr("Write a comment"));
    m_editor->setAccessibleDescription(tr("Ctrl+Enter sends."));
    m_editor->setTabChangesFocus(true);
    // One line when empty, growing with the words up to MaxLines, then it scrolls.
    connect(m_editor->document()->documentLayout(),
        &QAbstractTextDocumentLayout::documentSizeChanged, this, &CommentBox::fitEditor);
    m_editor->installEventFilter(this);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CommentBox::updateControls);
    // The words are kept soon after the first unsaved change: more typing does not put the
    // save off.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CommentBox::saveDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_drafts && !m_draftTimer->isActive())
            m_draftTimer->start();
    });
    m_hint->hide();
    m_send->setAccessibleName(tr("Send comment"));
    connect(m_send, &QPushButton::clicked, this, &CommentBox::send);
    auto *row = new QHBoxLayout;
    row->addWidget(m_editor, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Metrics::spaceS);
    layout->addWidget(m_replyBar);
    layout->addLayout(row);
    layout->addWidget(m_hint);
    updateControls();
    fitEditor();
}

int CommentBox::editorLines() const
{
    // A plain text document's layout measures its height in lines.
    return int(m_editor->document()->documentLayout()->documentSize().height());
}

void CommentBox::fitEditor()
{
    const int lines = std::clamp(editorLines(), 1, MaxLines);
    const QFontMetrics metrics(m_editor->font());
    const int height = metrics.lineSpacing() * lines + 2 * m_editor->frameWidth()
        + int(2 * m_editor->document()->documentMargin()) + 2;
    if (height != m_editor->height() || m_editor->minimumHeight() != height)
        m_editor->setFixedHeight(height);
    m_editor->setVerticalScrollBarPolicy(
        editorLines() > MaxLines ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

CommentBox::~CommentBox()
{
    if (m_draftTimer->isActive())
        saveDraft();
}

void CommentBox::setDrafts(std::optional<CommentDrafts> drafts)
{
    m_drafts = drafts;
    if (m_drafts && m_postId != 0 && m_editor->toPlainText().isEmpty())
        loadDraft();
}

void CommentBox::setMyHandle(const QString &handle)
{
    m_myHandle = handle;
    if (m_myHandle.isEmpty())
        cancelReplyOrEdit();
    updateControls();
}

void CommentBox::showPost(qint64 postId)
{
    if (postId != m_postId) {
        // What is written for the post shown stays with it.
        saveDraft();
        cancelReplyOrEdit();
        m_editor->clear();
        m_draftTimer->stop();
    }
    m_postId = postId;
    if (m_editor->toPlainText().isEmpty())
        loadDraft();
}

void CommentBox::followPostId(qint64 localId, qint64 serverId)
{
    if (localId != 0 && localId == m_postId)
        m_postId = serverId;
}

void CommentBox::setPostAvailable(bool available)
{
    m_postAvailable = available;
    updateControls();
}

QString CommentBox::text() const
{
    return m_editor->toPlainText();
}

QString CommentBox::replyBarText() const
{
    return m_replyBar->isHidden() ? QString() : m_replyLabel->text();
}

QList<QWidget *> CommentBox::tabChain() const
{
    return {m_editor, m_send, m_cancel};
}

void CommentBox::saveDraft()
{
    m_draftTimer->stop();
    // An edit of a comment keeps the comment itself; only new words are drafts.
    if (!m_drafts || m_postId == 0 || m_mode == Mode::Edit)
        return;
    const QString text = m_editor->toPlainText();
    if (Text::isBlank(text)) {
        m_drafts->remove(m_postId);
        return;
    }
    m_drafts->save(m_postId, {text, replyParentId()});
}

void CommentBox::loadDraft()
{
    if (!m_drafts || m_postId == 0)
        return;
    if (const std::optional<CommentDrafts::Draft> draft = m_drafts->load(m_postId)) {
        restoreComment(draft->text, draft->parentCommentId);
        m_draftTimer->stop(); // nothing new to keep
    }
}

void CommentBox::updateControls()
{
    const bool signedIn = !m_myHandle.isEmpty();
    // Signed out, the box still takes words: sending asks the person to sign in, and the
    // words stay in the box until they are on their way.
    m_editor->setEnabled(m_postAvailable);
    // A reply says whom it answers, where the words go.
    if (m_mode == Mode::Reply && !m_replyName.isEmpty())
        m_editor->setPlaceholderText(tr("Reply to %1…").arg(m_replyName));
    else if (m_mode == Mode::Reply)
        m_editor->setPlaceholderText(tr("Write a reply…"));
    else
        m_editor->setPlaceholderText(tr("Write a comment…"));
    m_send->setText(m_mode == Mode::Edit ? tr("Save") : tr("Send"));
    m_send->setToolTip(
        signedIn ? tr("Send (Ctrl+Enter)") : tr("Send (Ctrl+Enter); you will be asked to sign in"));

    const QString text = m_editor->toPlainText();
    const qsizetype over = Text::codePointCount(text) - Limits::MaxCommentLength;
    if (over > 0) {
        m_hint->setText(tr("%n characters too many", nullptr, int(over)));
    }
    m_hint->setVisible(over > 0);
    m_send->setEnabled(m_editor->isEnabled() && !Text::isBlank(text) && over <= 0);
}

void CommentBox::send()
{
    if (!m_send->isEnabled() || !m_postAvailable)
        return;
    const QString body = m_editor->toPlainText().trimmed();
    // Words a refused write held are sent as they are now, changed or not.
    const bool replacing = m_unsentEntry != 0 && !m_myHandle.isEmpty();
    if (replacing)
        Q_EMIT unsentReplaced(std::exchange(m_unsentEntry, 0));
    switch (m_mode) {
    case Mode::Edit: {
        const QModelIndex index = commentIndex(m_targetCommentId);
        if (replacing || !index.isValid() || index.data(CommentModel::BodyRole).toString() != body)
            Q_EMIT editCommentRequested(m_targetCommentId, body);
        break;
    }
    case Mode::Reply:
        Q_EMIT commentRequested(m_postId, m_targetCommentId, body);
        break;
    case Mode::Comment:
        Q_EMIT commentRequested(m_postId, 0, body);
        break;
    }
    // Signed out, the window asks the person to sign in and then sends; the page is built
    // again for the account, and if they decide not to, the words are still here.
    if (m_myHandle.isEmpty())
        return;
    cancelReplyOrEdit();
    m_editor->clear();
    m_draftTimer->stop();
    if (m_drafts)
        m_drafts->remove(m_postId);
}

void CommentBox::rewriteUnsent(
    qint64 entryId, const QString &body, qint64 parentCommentId, qint64 editedCommentId)
{
    // Words already in the box stay: the refused ones come after them.
    const QString before = m_editor->toPlainText().trimmed();
    cancelReplyOrEdit();
    if (editedCommentId != 0) {
        editComment(editedCommentId);
        if (m_mode != Mode::Edit)
            return; // the comment is gone: nothing to change
    } else if (parentCommentId != 0) {
        setReplyTarget(parentCommentId);
    }
    m_editor->setPlainText(
        before.isEmpty() || before == body.trimmed() ? body : before + u"\n\n"_s + body);
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setFocus();
    m_unsentEntry = entryId;
}

void CommentBox::restoreComment(const QString &text, qint64 parentCommentId)
{
    if (parentCommentId != 0)
        setReplyTarget(parentCommentId);
    m_editor->setPlainText(text);
    m_editor->moveCursor(QTextCursor::End);
}

void CommentBox::setReplyTarget(qint64 parentCommentId)
{
    replyTo(parentCommentId);
    if (m_mode == Mode::Reply)
        return;
    // The comment is not in the thread shown (not loaded yet): still a reply to it.
    m_replyName.clear();
    openReplyBar(Mode::Reply, parentCommentId, tr("Replying to a comment"));
}

void CommentBox::openReplyBar(Mode mode, qint64 targetCommentId, const QString &label)
{
    m_mode = mode;
    m_targetCommentId = targetCommentId;
    m_replyLabel->setText(label);
    m_cancel->setAccessibleName(
        mode == Mode::Edit ? tr("Cancel the edit") : tr("Cancel the reply"));
    m_replyBar->show();
    updateControls();
}

void CommentBox::replyTo(qint64 commentId)
{
    const QModelIndex index = commentIndex(commentId);
    if (!index.isValid() || index.data(CommentModel::DeletedRole).toBool())
        return;
    // Threads are one level deep: a reply to a reply answers its thread.
    const qint64 parent = index.data(CommentModel::DepthRole).toInt() > 0
        ? index.data(CommentModel::ParentIdRole).toLongLong()
        : commentId;
    if (m_mode == Mode::Edit)
        m_editor->clear();
    m_replyName = PersonText::isolated(index.data(CommentModel::AuthorNameRole).toString());
    openReplyBar(Mode::Reply, parent, tr("Replying to %1").arg(m_replyName));
    m_editor->setFocus();
}

void CommentBox::editComment(qint64 commentId)
{
    const QModelIndex index = commentIndex(commentId);
    // Only the person's own comment, and not one deleted since.
    const bool mine = !m_myHandle.isEmpty()
        && index.data(CommentModel::AuthorHandleRole).toString() == m_myHandle;
    if (!index.isValid() || !mine || index.data(CommentModel::DeletedRole).toBool())
        return;
    openReplyBar(Mode::Edit, commentId, tr("Editing your comment"));
    m_editor->setPlainText(index.data(CommentModel::BodyRole).toString());
    m_editor->moveCursor(QTextCursor::End);
    updateControls();
    m_editor->setFocus();
}

void CommentBox::cancelReplyOrEdit()
{
    m_unsentEntry = 0;
    if (m_mode == Mode::Edit)
        m_editor->clear();
    m_mode = Mode::Comment;
    m_targetCommentId = 0;
    m_replyBar->hide();
    updateControls();
}

QModelIndex CommentBox::commentIndex(qint64 commentId) const
{
    const int row = m_thread->rowOf(commentId);
    return row >= 0 ? m_thread->index(row) : QModelIndex();
}

bool CommentBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_mode != Mode::Comment) {
            cancelReplyOrEdit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Hearth
