#pragma once

#include "api/Enums.h"
#include "api/Post.h"
#include "api/Requests.h"
#include "sync/ComposerStore.h"
#include "sync/Outbox.h"

#include <QDialog>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

class QButtonGroup;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace Hearth {

class BodyEditor;
class Care;
class CrisisNotice;
class HashtagField;
class LimitCounter;
class MediaPicker;

// Writing a post, a story or a video. A title and a body (a story's body is Markdown, with a
// live preview), hashtags completed from the known topics (the current topic's already in),
// a photo or a video with its poster, an optional content warning. Counters show the
// limits and Post waits until everything fits, saying what is missing. What is written is
// saved as a draft as the person types (at most half a second behind), and comes back when
// the composer opens again, after a restart or a crash. Post hands the write to the outbox,
// which sends it when it can; Cancel asks whether to keep the draft.
//
// With a Care, a draft that reads like its writer is in crisis (a crisis phrase or hashtag)
// brings a calm notice with the crisis lines of the reader's country, a moment after the
// typing pauses. It never blocks posting, and goes when the words no longer do.
class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    // outbox is null when signed out: then the composer can write a draft but not post.
    // store is where the drafts are kept and the topics looked up.
    ComposerDialog(
        ComposerStore store, Outbox *outbox, const QString &topicSlug, QWidget *parent = nullptr);
    ~ComposerDialog() override;

    // The rules of care the composer follows (the crisis notice); null, the default,
    // applies none. The Care must outlive the composer.
    void setCare(Care *care);

    // The draft of a new post; one at a time, whichever topic it was started from.
    static QString draftKey() { return QStringLiteral("post:new"); }
    // How long after the first unsaved change the draft is saved.
    static constexpr int DraftDelayMs = 500;

    // Turns the composer into the editor of the person's own post: its words, hashtags and
    // content warning, prefilled (or the edit's draft, when one was kept); Save sends the
    // changes through the outbox. The kind and the photo or video stay as they are.
    void editPost(const Post &post);
    qint64 editedPostId() const { return m_editedPostId; }
    // The draft's key: draftKey() for a new post, "post:<id>:edit" for an edit.
    QString activeDraftKey() const;

    // Fills the fields from a post that was written before (one the community refused, to
    // be changed and sent again). Its photo or video, if it had one, is picked again.
    void fill(const NewPost &post);

    void setKind(PostKind kind);
    PostKind kind() const { return m_kind; }

    // The hashtags the post will carry: those in the title and body, then the field's, as
    // the server computes them.
    QStringList finalHashtags() const;
    // Why Post can't be pressed yet, in words; empty when it can.
    QString problem() const;
    bool canPost() const { return problem().isEmpty(); }
    // Whether nothing has been written (the prefilled hashtag does not count).
    bool isEmpty() const;
    // Whether the composer opened on a draft it restored.
    bool restoredDraft() const { return m_restored; }

    // Attaches a file as if picked in the file dialog: a photo, a video or its poster.
    bool attachFile(const QString &path);

    QRadioButton *kindButton(PostKind kind) const;
    QLineEdit *titleField() const { return m_title; }
    QPlainTextEdit *bodyField() const { return m_body; }
    QTextBrowser *preview() const;
    HashtagField *hashtagField() const { return m_hashtags; }
    QLineEdit *contentWarningField() const { return m_contentWarning; }
    MediaPicker *mediaPicker() const { return m_media; }
    LimitCounter *titleCounter() const { return m_titleCounter; }
    LimitCounter *bodyCounter() const;
    LimitCounter *contentWarningCounter() const { return m_contentWarningCounter; }
    QLabel *hashtagsLabel() const { return m_finalHashtags; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *postButton() const { return m_postButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    // The crisis notice; null until a Care is set, hidden while the draft does not need it.
    CrisisNotice *crisisNotice() const { return m_crisis; }
    // The "Keep this draft?" question while it is open, or null.
    QMessageBox *keepDraftQuestion() const { return m_question; }

public Q_SLOTS:
    // Hands the post to the outbox and closes; does nothing while canPost() is false.
    void post();
    // Cancel: asks whether to keep the draft when something is written.
    void reject() override;
    // Saves the draft now (the timer does it as the person types).
    void saveDraft();

Q_SIGNALS:
    // The outbox took the post; localId is its local id until the server gives it one.
    void posted(qint64 localId);
    // A link of the crisis notice (a phone number or a web page): the window opens it.
    void linkActivated(const QUrl &url);
    // "Change country" in the crisis notice: the window opens the settings.
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLayout *buildKindRow();
    void describeFields();
    void setUpButtons();
    QLayout *buildForm();
    // Restores the draft, or prefills the topic's hashtag, and follows the typing.
    void startWriting(const QString &topicSlug);
    void resizeToWrite();
    // Puts a post's kind, words, hashtags (with their '#') and warning in the fields.
    void showFields(PostKind kind, const QString &title, const QString &body,
        const QStringList &hashtags, const QString &contentWarning);
    void edited();
    void updateState();
    void updatePreview();
    void updateCrisisNotice();
    QJsonObject draft() const;
    void restore(const QJsonObject &draft);
    void finish(bool keepDraft);

    ComposerStore m_store;
    QPointer<Outbox> m_outbox; // null when signed out, or once the account is switched
    QPointer<Care> m_care;
    QString m_prefilledTags; // the hashtag field as the composer filled it
    PostKind m_kind = PostKind::Post;
    bool m_restored = false;
    bool m_finished = false; // posted, kept or discarded: nothing more to save
    qint64 m_editedPostId = 0; // the post being edited; 0 for a new post
    QJsonObject m_original; // an edited post as it was: unchanged counts as nothing written

    QButtonGroup *m_kinds;
    QLabel *m_restoredNote;
    QLineEdit *m_title;
    LimitCounter *m_titleCounter;
    BodyEditor *m_bodyEditor; // the text, and a story's preview beside it
    QPlainTextEdit *m_body; // the editor's text
    HashtagField *m_hashtags;
    QLabel *m_finalHashtags;
    QLineEdit *m_contentWarning;
    LimitCounter *m_contentWarningCounter;
    MediaPicker *m_media;
    QLabel *m_mediaLabel = nullptr; // "Media", hidden with the picker when editing
    QLabel *m_problem;
    CrisisNotice *m_crisis = nullptr; // made with the Care
    QPushButton *m_cancelButton;
    QPushButton *m_postButton;
    QPointer<QMessageBox> m_question;
    QTimer m_saveTimer; // single shot, started by the first unsaved change
    QTimer m_previewTimer; // also a pause before the crisis notice comes or goes
};

} // namespace Hearth
