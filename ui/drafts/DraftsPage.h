#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QMessageBox;
class QModelIndex;
class QPushButton;

namespace Hearth {

class DraftListModel;

// Go → Drafts: every draft kept on this computer, newest first, each with where it belongs
// and its first words. Enter, a double click or Resume takes it up again (the window opens
// the composer with it, or the post with the comment box holding it); Delete or Delete…
// removes it after a calm question. The list follows the drafts as they are saved.
class DraftsPage : public QWidget
{
    Q_OBJECT

public:
    // model is the page's own (it takes it as a child).
    explicit DraftsPage(DraftListModel *model, QWidget *parent = nullptr);

    void refresh();
    void focusStart();

    QListView *view() const { return m_view; }
    DraftListModel *model() const { return m_model; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *emptyLabel() const { return m_empty; }
    // "Delete this draft?" while it is asked, or null.
    QMessageBox *deleteQuestion() const { return m_question; }

    // Asks whether to delete the draft of row, then asks the window to (deleteRequested).
    void askToDelete(const QModelIndex &row);

Q_SIGNALS:
    // The draft's key (DraftListModel::KeyRole).
    void resumeRequested(const QString &key);
    void deleteRequested(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The column keeps the feed's reading width, centred, on a wide window.
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateState();
    void resume(const QModelIndex &row);

    DraftListModel *m_model;
    QLabel *m_title;
    QLabel *m_empty;
    QListView *m_view;
    QPushButton *m_resume;
    QPushButton *m_delete;
    QPointer<QMessageBox> m_question;
};

} // namespace Hearth
