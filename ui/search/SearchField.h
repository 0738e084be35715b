#pragma once

#include "sync/SearchSource.h"

#include <QLineEdit>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Hearth {

class Care;
class Community;
class SearchModel;
class SearchPopup;
struct SearchRow;

// "Search Hearth", in the toolbar (Ctrl+K, Ctrl+F). As the person types, the results kept on
// this computer show at once under it (LocalSearch); a moment after they stop, the community
// is asked too (GET /search), and what it finds beyond them comes below a "From the
// community" divider, by the same rules (blocks left out, folds kept). Offline, or when the
// community does not answer, the local results stay and a calm line says so. Up and Down move
// through the results, Enter opens one, Escape leaves.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    SearchField(Community &community, const Care &care, QWidget *parent = nullptr);
    ~SearchField() override;

    // The results' panel; made when first shown (its parent is the field's window).
    SearchPopup *popup() const;
    SearchModel *model() const { return m_model; }

    // How long after the last key the community is asked.
    void setCommunityDelay(std::chrono::milliseconds delay);
    // Whether the community's answer for the text shown came (or could not come).
    bool isAskingCommunity() const { return !m_request.isNull(); }

    // How many results (of each group) the community is asked for.
    static constexpr int CommunityLimit = 8;

public Q_SLOTS:
    // Puts the keyboard in the field, its text selected (Ctrl+K, Ctrl+F).
    void focusSearch();

Q_SIGNALS:
    void postRequested(qint64 postId);
    void topicRequested(const QString &slug);
    void personRequested(const QString &handle);
    // Escape: the person left the field for the page.
    void left();
    // The community answered the text shown, or could not be asked.
    void communityAnswered();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensurePopup();
    void search();
    void askCommunity();
    void showCommunity(const QString &typed, const std::optional<SearchSource::Found> &found);
    void cancelAsking();
    void activate(int row);
    void hidePopup();
    void announceCount();

    Community &m_community;
    const Care &m_care;
    SearchModel *m_model;
    QPointer<SearchPopup> m_popup;
    QTimer m_delay;
    // The context of the community's requests for the text shown: gone with that text.
    QPointer<QObject> m_request;
};

} // namespace Hearth
