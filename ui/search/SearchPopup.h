#pragma once

#include <QFrame>

class QListView;

namespace Hearth {

class SearchModel;

// The search field's results, in a panel over the window just under the field. It never
// takes the keyboard: typing stays in the field, which moves the list's current row (Up,
// Down) and opens it (Enter). A click on a result opens it too.
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    SearchPopup(SearchModel *model, QWidget *window);

    QListView *list() const { return m_list; }
    SearchModel *model() const { return m_model; }

    // Shows the panel under field (within the window), sized to its rows.
    void showUnder(QWidget *field);
    // Sizes and places it again, as the rows or the window change.
    void place();

    // The current result row, or -1.
    int currentRow() const;
    // Makes the next result in direction step (+1 Down, -1 Up) current, skipping headings
    // and the divider; from none, Down starts at the first result.
    void moveCurrent(int step);
    void setCurrentRow(int row);

Q_SIGNALS:
    void activated(int row);

protected:
    // The panel's ground and a one-pixel edge in the fields' border colour: it lies over the
    // page, and in the dark scheme a frame of the style's would not be seen.
    void paintEvent(QPaintEvent *event) override;

private:
    SearchModel *m_model;
    QListView *m_list;
    QWidget *m_field = nullptr;
};

} // namespace Hearth
