#include "ComposerDialog.h"

#include "BodyEditor.h"
#include "HashtagField.h"
#include "LimitCounter.h"
#include "MediaPicker.h"
#include "api/Hashtags.h"
#include "api/Limits.h"
#include "api/Requests.h"
#include "api/Text.h"
#include "sync/Outbox.h"
#include "ui/care/Care.h"
#include "ui/care/CrisisNotice.h"
#include "ui/look/Metrics.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hearth {

ComposerDialog::ComposerDialog(
    ComposerStore store, Outbox *outbox, const QString &topicSlug, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_outbox(outbox)
    , m_kinds(new QButtonGroup(this))
    , m_restoredNote(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_titleCounter(new LimitCounter(Limits::MaxTitleLength, this))
    , m_bodyEditor(new BodyEditor(this))
    , m_body(m_bodyEditor->text())
    , m_hashtags(new HashtagField(store, this))
    , m_finalHashtags(new QLabel(this))
    , m_contentWarning(new QLineEdit(this))
    , m_contentWarningCounter(new LimitCounter(Limits::MaxContentWarningLength, this))
    , m_media(new MediaPicker(this))
    , m_problem(new QLabel(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_postButton(new QPushButton(tr("Post"), this))
{
    setWindowTitle(tr("Create a post"));
    setSizeGripEnabled(true);

    m_restoredNote->setTextFormat(Qt::PlainText);
    m_restoredNote->setWordWrap(true);
    m_restoredNote->setText(tr("Your unfinished post is back, as you left it."));
    m_restoredNote->setVisible(false);
    describeFields();
    setUpButtons();

    QLayout *form = buildForm();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_postButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(
        Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL, Metrics::spaceXL);
    layout->setSpacing(Metrics::spaceL);
    layout->addWidget(m_restoredNote);
    // The form takes the height there is, and gives it to the text.
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    // Tab goes down the form, as it reads.
    QList<QWidget *> chain{m_kinds->button(int(PostKind::Post)),
        m_kinds->button(int(PostKind::Story)), m_kinds->button(int(PostKind::Video)), m_title,
        m_body, m_hashtags, m_contentWarning};
    chain.append(m_media->tabOrder());
    chain.append({m_cancelButton, m_postButton});
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    // A draft is saved soon after the first change that is not saved yet, and not put off
    // by more typing: what a crash can take is at most DraftDelayMs of writing.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(DraftDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ComposerDialog::saveDraft);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(150);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposerDialog::updatePreview);
    connect(&m_previewTimer, &QTimer::timeout, this, &ComposerDialog::updateCrisisNotice);

    startWriting(topicSlug);
    resizeToWrite();
    m_title->setFocus();
}

QLayout *ComposerDialog::buildKindRow()
{
    // What kind of post: three choices, arrows move between them.
    auto *kindRow = new QHBoxLayout;
    kindRow->setSpacing(Metrics::spaceL);
    const std::array<std::pair<PostKind, QString>, 3> kinds{{
        {PostKind::Post, tr("P&ost")},
        {PostKind::Story, tr("&Story")},
        {PostKind::Video, tr("V&ideo")},
    }};
    for (const auto &[kind, text] : kinds) {
        auto *button = new QRadioButton(text, this);
        m_kinds->addButton(button, int(kind));
        kindRow->addWidget(button);
    }
    kindRow->addStretch();
    m_kinds->button(int(PostKind::Post))->setChecked(true);
    m_kinds->button(int(PostKind::Post))
        ->setAccessibleDescription(tr("A short thought or a question"));
    m_kinds->button(int(PostKind::Story))
        ->setAccessibleDescription(tr("Long form, written in Markdown"));
    m_kinds->button(int(PostKind::Video))
        ->setAccessibleDescription(tr("A video, with a picture people see before they play it"));
    connect(m_kinds, &QButtonGroup::idClicked, this,
        [this](int id) { setKind(static_cast<PostKind>(id)); });
    return kindRow;
}

void ComposerDialog::describeFields()
{
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("A few words that say what it is about"));
    m_hashtags->setAccessibleName(tr("Hashtags"));
    m_hashtags->setAccessibleDescription(
        tr("Topics for the post, such as #Therapy. Hashtags in the title and text count too."));
    m_finalHashtags->setTextFormat(Qt::PlainText);
    m_finalHashtags->setWordWrap(true);
    m_contentWarning->setAccessibleName(tr("Content warning"));
    m_contentWarning->setPlaceholderText(
        tr("Optional: what readers may want to know first, such as “loss”"));
    m_contentWarning->setClearButtonEnabled(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What the post still needs"));
}

void ComposerDialog::setUpButtons()
{
    // No default button: Enter in a field must not post by accident. Ctrl+Enter posts.
    for (QPushButton *button : {m_cancelButton, m_postButton}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    m_postButton->setToolTip(tr("Post (Ctrl+Enter)"));
    connect(m_postButton, &QPushButton::clicked, this, &ComposerDialog::post);
    connect(m_cancelButton, &QPushButton::clicked, this, &ComposerDialog::reject);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(shortcut, &QShortcut::activated, this, &ComposerDialog::post);
    }
}

QLayout *ComposerDialog::buildForm()
{
    // Three columns: the labels; the fields, whose right edges line up; the counters of the
    // one-line fields. The text's counter stays under the text, beside which a story's
    // preview opens.
    enum Column { LabelColumn, FieldColumn, CounterColumn };
    auto *form = new QGridLayout;
    form->setHorizontalSpacing(Metrics::spaceL);
    form->setVerticalSpacing(Metrics::spaceM);
    form->setColumnStretch(FieldColumn, 1);
    int row = 0;
    const auto addRow
        = [this, form, &row](const QString &text, QWidget *buddy, QWidget *field,
              QWidget *counter = nullptr, Qt::Alignment labelAlignment = Qt::AlignVCenter) {
              auto *label = new QLabel(text, this);
              label->setBuddy(buddy);
              form->addWidget(label, row, LabelColumn, Qt::AlignLeft | labelAlignment);
              form->addWidget(field, row, FieldColumn);
              if (counter)
                  form->addWidget(counter, row, CounterColumn);
              ++row;
              return label;
          };

    // The kinds' row in a widget of its own: it spans the field and counter columns.
    auto *kinds = new QWidget(this);
    QLayout *kindRow = buildKindRow();
    kindRow->setContentsMargins(0, 0, 0, 0);
    kinds->setLayout(kindRow);
    form->addWidget(new QLabel(tr("Share a"), this), row, LabelColumn);
    form->addWidget(kinds, row++, FieldColumn, 1, 2);
    addRow(tr("&Title"), m_title, m_title, m_titleCounter);
    const int textRow = row;
    // A taller field's label stays beside its first line.
    addRow(tr("Te&xt"), m_body, m_bodyEditor, nullptr, Qt::AlignTop);
    addRow(tr("&Hashtags"), m_hashtags, m_hashtags);
    form->addWidget(m_finalHashtags, row++, FieldColumn);
    addRow(tr("Content &warning"), m_contentWarning, m_contentWarning, m_contentWarningCounter);
    m_mediaLabel = addRow(tr("Media"), nullptr, m_media, nullptr, Qt::AlignTop);
    // The text takes every spare line: nothing empty below the fields.
    form->setRowStretch(textRow, 1);
    m_bodyEditor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return form;
}

void ComposerDialog::startWriting(const QString &topicSlug)
{
    // The current topic's hashtag, as the topic writes it.
    const std::optional<Topic> topic
        = topicSlug.isEmpty() ? std::nullopt : m_store.topic(topicSlug);
    const QString tag = topic && !topic->tag.isEmpty() ? topic->tag : topicSlug;
    m_prefilledTags = Hashtags::isValid(tag) ? QString(u'#' + tag + u' ') : QString();

    if (const std::optional<QJsonObject> saved = m_store.draft(draftKey())) {
        restore(*saved);
        m_restored = true;
        m_restoredNote->setVisible(true);
    } else {
        m_hashtags->setText(m_prefilledTags);
        setKind(PostKind::Post);
    }

    for (QLineEdit *field : {m_title, static_cast<QLineEdit *>(m_hashtags), m_contentWarning})
        connect(field, &QLineEdit::textChanged, this, &ComposerDialog::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &ComposerDialog::edited);
    connect(m_media, &MediaPicker::changed, this, &ComposerDialog::edited);
    updateState();
    updatePreview();
}

void ComposerDialog::resizeToWrite()
{
    // Room to write: about 120 characters across and 48 lines down, within the screen.
    const QFontMetrics metrics = fontMetrics();
    QSize roomy = sizeHint().expandedTo(
        QSize(metrics.averageCharWidth() * 120, metrics.lineSpacing() * 48));
    if (const QScreen *shown = screen())
        roomy = roomy.boundedTo(shown->availableSize() * 0.9);
    resize(roomy);
}

ComposerDialog::~ComposerDialog()
{
    // Closed with the window (or the app): what was typed since the last save is kept.
    if (!m_finished && m_saveTimer.isActive())
        saveDraft();
}

QRadioButton *ComposerDialog::kindButton(PostKind kind) const
{
    return static_cast<QRadioButton *>(m_kinds->button(int(kind)));
}

QTextBrowser *ComposerDialog::preview() const
{
    return m_bodyEditor->preview();
}

LimitCounter *ComposerDialog::bodyCounter() const
{
    return m_bodyEditor->counter();
}

void ComposerDialog::setKind(PostKind kind)
{
    const bool changed = kind != m_kind;
    m_kind = kind;
    kindButton(kind)->setChecked(true);
    m_media->setMode(kind == PostKind::Video ? MediaPicker::Mode::Video : MediaPicker::Mode::Photo);
    switch (kind) {
    case PostKind::Post:
        setWindowTitle(tr("Create a post"));
        m_body->setPlaceholderText(tr("What's on your mind?"));
        break;
    case PostKind::Story:
        setWindowTitle(tr("Write a story"));
        m_body->setPlaceholderText(
            tr("Tell your story. Markdown works here: *emphasis*, lists, # headings."));
        break;
    case PostKind::Video:
        setWindowTitle(tr("Share a video"));
        m_body->setPlaceholderText(tr("A few words about the video (you can leave this empty)"));
        break;
    }
    m_bodyEditor->setKind(kind, changed);
    if (changed)
        edited();
    updatePreview();
}

bool ComposerDialog::attachFile(const QString &path)
{
    return m_media->attachFile(path);
}

QStringList ComposerDialog::finalHashtags() const
{
    // As the server does it: the tags written in the title and text first, then the field's.
    QStringList field = m_hashtags->tags();
    for (const QString &invalid : m_hashtags->invalidTags())
        field.removeAll(invalid);
    return Hashtags::forPost(m_title->text(), m_body->toPlainText(), field);
}

QString ComposerDialog::problem() const
{
    if (!m_outbox)
        return tr("Sign in to post. Your draft is kept meanwhile.");
    if (Text::isBlank(m_title->text()))
        return tr("Add a title.");
    if (m_titleCounter->isOver())
        return tr("The title is too long.");
    if (m_kind != PostKind::Video && Text::isBlank(m_body->toPlainText()))
        return tr("Write something in the text.");
    if (m_bodyEditor->counter()->isOver())
        return tr("The text is too long.");
    if (m_contentWarningCounter->isOver())
        return tr("The content warning is too long.");
    if (const QStringList invalid = m_hashtags->invalidTags(); !invalid.isEmpty()) {
        return tr("“%1” can't be a hashtag: use letters, digits and _, with at least one "
                  "letter, and at most %2 of them.")
            .arg(invalid.first())
            .arg(Limits::MaxHashtagLength);
    }
    const QStringList tags = finalHashtags();
    if (tags.isEmpty())
        return tr("Add a hashtag, such as #Therapy, so your post has a home.");
    if (tags.size() > Limits::MaxHashtagsPerPost) {
        return tr("A post can have at most %n hashtags: remove some.", nullptr,
            Limits::MaxHashtagsPerPost);
    }
    // An edit keeps the post's photo or video as it is.
    return m_editedPostId != 0 ? QString() : m_media->problem();
}

void ComposerDialog::fill(const NewPost &post)
{
    showFields(post.kind, post.title, post.body, post.hashtags, post.contentWarning);
    updateState();
    updatePreview();
}

void ComposerDialog::showFields(PostKind kind, const QString &title, const QString &body,
    const QStringList &hashtags, const QString &contentWarning)
{
    setKind(kind);
    m_title->setText(title);
    m_body->setPlainText(body);
    QStringList tags;
    for (const QString &tag : hashtags)
        tags.append(u'#' + tag);
    m_hashtags->setText(tags.join(u' '));
    m_contentWarning->setText(contentWarning);
}

QString ComposerDialog::activeDraftKey() const
{
    return m_editedPostId != 0 ? u"post:%1:edit"_s.arg(m_editedPostId) : draftKey();
}

void ComposerDialog::editPost(const Post &post)
{
    // Whatever the constructor restored belongs to a new post: it stays in its own draft.
    m_saveTimer.stop();
    m_editedPostId = post.id;
    showFields(post.kind, post.title, post.body, post.hashtags, post.contentWarning);
    m_media->fromJson({});
    m_original = draft();
    m_restored = false;
    if (const std::optional<QJsonObject> saved = m_store.draft(activeDraftKey())) {
        restore(*saved);
        m_restored = true;
    }
    m_restoredNote->setVisible(m_restored);
    for (QAbstractButton *button : m_kinds->buttons())
        button->setEnabled(false);
    // Changing the photo or the video of a post is not offered: it stays as it is, and its
    // row goes, label and all.
    m_media->setVisible(false);
    m_mediaLabel->setVisible(false);
    setWindowTitle(tr("Edit your post"));
    m_postButton->setText(tr("Save"));
    m_postButton->setToolTip(tr("Save the changes (Ctrl+Enter)"));
    m_saveTimer.stop(); // filling the fields is not writing
    updateState();
    updatePreview();
}

bool ComposerDialog::isEmpty() const
{
    if (m_editedPostId != 0)
        return draft() == m_original;
    return Text::isBlank(m_title->text()) && Text::isBlank(m_body->toPlainText())
        && Text::isBlank(m_contentWarning->text()) && !m_media->hasFiles()
        && m_media->altTextField()->text().isEmpty()
        && m_hashtags->text().trimmed() == m_prefilledTags.trimmed();
}

void ComposerDialog::edited()
{
    updateState();
    if (m_kind == PostKind::Story || m_care)
        m_previewTimer.start();
    if (!m_finished && !m_saveTimer.isActive())
        m_saveTimer.start();
}

void ComposerDialog::updateState()
{
    m_titleCounter->measure(m_title->text().trimmed());
    m_bodyEditor->counter()->measure(m_body->toPlainText());
    m_contentWarningCounter->measure(m_contentWarning->text().trimmed());

    const QStringList tags = finalHashtags();
    QStringList shown;
    for (const QString &tag : tags)
        shown.append(u'#' + tag);
    m_finalHashtags->setText(tags.isEmpty()
            ? tr("No hashtags yet: a post needs at least one.")
            : tr("Appears in %1").arg(QLocale().createSeparatedList(shown)));

    const QString why = problem();
    m_postButton->setEnabled(why.isEmpty());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
}

void ComposerDialog::updatePreview()
{
    if (m_kind != PostKind::Story)
        return;
    m_bodyEditor->updatePreview(palette().color(QPalette::Link));
}

void ComposerDialog::setCare(Care *care)
{
    if (care == m_care)
        return;
    if (m_care)
        disconnect(m_care, nullptr, this, nullptr);
    m_care = care;
    delete std::exchange(m_crisis, nullptr);
    if (!m_care)
        return;
    // Above the line that says what the post still needs: seen, but in no one's way.
    m_crisis = new CrisisNotice(m_care->crisisLines(), CrisisNotice::Context::Writing, this);
    m_crisis->hide();
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_problem), m_crisis);
    connect(m_crisis, &CrisisNotice::linkActivated, this, &ComposerDialog::linkActivated);
    connect(
        m_crisis, &CrisisNotice::changeCountryRequested, this, &ComposerDialog::settingsRequested);
    // Its links come after the fields, before Cancel and Post.
    QWidget *previous = m_media->tabOrder().isEmpty() ? static_cast<QWidget *>(m_contentWarning)
                                                      : m_media->tabOrder().last();
    for (QWidget *link : m_crisis->findChildren<QWidget *>()) {
        if (link->focusPolicy() & Qt::TabFocus) {
            setTabOrder(previous, link);
            previous = link;
        }
    }
    setTabOrder(previous, m_cancelButton);
    setTabOrder(m_cancelButton, m_postButton);
    connect(m_care, &Care::changed, this, &ComposerDialog::updateCrisisNotice);
    updateCrisisNotice();
}

void ComposerDialog::updateCrisisNotice()
{
    if (!m_care || !m_crisis)
        return;
    // The words themselves, not a hashtag: someone writing a recovery milestone under
    // #SelfHarm is not told that they sound in crisis.
    const bool crisis
        = m_care->readsLikeCrisis(QString(m_title->text() + u'\n' + m_body->toPlainText()));
    if (crisis)
        m_crisis->setCountry(m_care->crisisCountry());
    const bool appears = crisis && m_crisis->isHidden();
    m_crisis->setVisible(crisis);
    if (appears) {
        // Said to a screen reader as it appears, not only shown.
        QAccessibleEvent event(m_crisis, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void ComposerDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updatePreview();
}

QJsonObject ComposerDialog::draft() const
{
    QJsonObject json{
        {u"kind"_s, toWire(m_kind)},
        {u"title"_s, m_title->text()},
        {u"body"_s, m_body->toPlainText()},
        {u"hashtags"_s, m_hashtags->text()},
        {u"contentWarning"_s, m_contentWarning->text()},
    };
    const QJsonObject media = m_media->toJson();
    if (!media.isEmpty())
        json.insert(u"media"_s, media);
    return json;
}

void ComposerDialog::restore(const QJsonObject &draft)
{
    setKind(postKindFromWire(draft.value(u"kind"_s).toString()).value_or(PostKind::Post));
    m_title->setText(draft.value(u"title"_s).toString());
    m_body->setPlainText(draft.value(u"body"_s).toString());
    m_hashtags->setText(draft.value(u"hashtags"_s).toString());
    m_contentWarning->setText(draft.value(u"contentWarning"_s).toString());
    m_media->fromJson(draft.value(u"media"_s).toObject());
    m_body->moveCursor(QTextCursor::End);
}

void ComposerDialog::saveDraft()
{
    m_saveTimer.stop();
    if (m_finished)
        return;
    if (isEmpty())
        m_store.removeDraft(activeDraftKey());
    else
        m_store.saveDraft(activeDraftKey(), draft());
}

void ComposerDialog::finish(bool keepDraft)
{
    if (keepDraft)
        saveDraft();
    else
        m_store.removeDraft(activeDraftKey());
    m_saveTimer.stop();
    m_finished = true;
}

void ComposerDialog::post()
{
    updateState();
    if (!canPost() || m_finished)
        return;
    if (m_editedPostId != 0) {
        PostPatch patch;
        patch.title = m_title->text().trimmed();
        patch.body = m_body->toPlainText();
        patch.hashtags = m_hashtags->tags();
        patch.contentWarning = m_contentWarning->text().trimmed();
        m_outbox->editPost(m_editedPostId, patch);
        finish(false);
        accept();
        return;
    }
    NewPost newPost;
    newPost.kind = m_kind;
    newPost.title = m_title->text().trimmed();
    newPost.body = m_body->toPlainText();
    newPost.hashtags = m_hashtags->tags();
    newPost.contentWarning = m_contentWarning->text().trimmed();
    const std::optional<PostMedia> media = m_media->media();
    const qint64 localId
        = media ? m_outbox->createPost(newPost, *media) : m_outbox->createPost(newPost);
    if (localId == 0) {
        m_problem->setText(tr("Hearth couldn't keep the post to send: %1 Your draft is kept.")
                               .arg(m_outbox->errorString()));
        m_problem->setVisible(true);
        return;
    }
    finish(false);
    Q_EMIT posted(localId);
    accept();
}

void ComposerDialog::reject()
{
    if (m_finished) {
        QDialog::reject();
        return;
    }
    if (isEmpty()) {
        finish(false);
        QDialog::reject();
        return;
    }
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    // Saved first: whatever is answered, or if nothing is, nothing written is lost.
    saveDraft();
    auto *question = new QMessageBox(QMessageBox::Question, tr("Keep this draft?"),
        tr("Keep what you wrote? It will be here the next time you create a post."),
        QMessageBox::NoButton, this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = question->addButton(tr("&Keep"), QMessageBox::AcceptRole);
    QPushButton *discard = question->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *back = question->addButton(tr("Go &back to writing"), QMessageBox::RejectRole);
    question->setDefaultButton(keep);
    question->setEscapeButton(back);
    connect(question, &QMessageBox::buttonClicked, this,
        [this, keep, discard](QAbstractButton *button) {
            if (button != keep && button != discard)
                return;
            finish(button == keep);
            QDialog::reject();
        });
    m_question = question;
    question->open();
}

} // namespace Hearth
