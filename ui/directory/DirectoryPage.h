#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace Hearth {

class FeedCache;
class SyncEngine;
class TopicDirectoryModel;
class TopicRowDelegate;

// Go → All topics: every topic of the community, most members first, with its description
// and figures, filtered as the person types (over name, slug and description, on this
// computer), each joinable from the list. Enter or a click opens a topic; Space, Ctrl+J or
// the row's button joins or leaves it; the context menu (or the Menu key) has the same and
// Copy link. Offline it shows the topics saved on this computer and says so, calmly.
class DirectoryPage : public QWidget
{
    Q_OBJECT

public:
    // engine may be null (no updates); it must outlive the page, as must cache.
    DirectoryPage(FeedCache &cache, SyncEngine *engine, QWidget *parent = nullptr);

    // Reads the cached topics again and asks the community for its list (when online).
    void refresh();
    // The keys go to the filter field.
    void focusStart();

    QLineEdit *filterField() const { return m_filter; }
    QListView *view() const { return m_view; }
    // The rows shown (the filter's), and the whole list.
    QSortFilterProxyModel *rows() const { return m_rows; }
    TopicDirectoryModel *model() const { return m_model; }
    TopicRowDelegate *delegate() const { return m_delegate; }
    // The line under the field: offline, or nothing matches; hidden otherwise.
    QLabel *noteLabel() const { return m_note; }

Q_SIGNALS:
    void topicActivated(const QString &slug);
    void joinRequested(const QString &slug, bool join);
    void copyLinkRequested(const QString &slug);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The column keeps the feed's reading width, centred, on a wide window.
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateNote();
    void toggleJoin(const QModelIndex &row);
    void showMenu(const QModelIndex &row, const QPoint &globalPos);

    SyncEngine *m_engine;
    TopicDirectoryModel *m_model;
    QSortFilterProxyModel *m_rows;
    TopicRowDelegate *m_delegate;
    QLabel *m_title;
    QLineEdit *m_filter;
    QLabel *m_note;
    QListView *m_view;
};

} // namespace Hearth
