#pragma once

#include <QLabel>

namespace Hearth {

// A counter beside a field with a length limit: "83 / 200". It turns to a warning colour near
// the limit and to an alarm colour past it, and says in words how much is over, so that the
// colour is never the only sign. Lengths are in code points, as the server counts them.
class LimitCounter : public QLabel
{
    Q_OBJECT

public:
    enum class Level { Fine, Near, Over };

    LimitCounter(int limit, QWidget *parent = nullptr);

    void setLimit(int limit);
    int limit() const { return m_limit; }
    // Counts the code points of text and shows the count.
    void measure(QStringView text);
    void setCount(qsizetype count);
    qsizetype count() const { return m_count; }
    Level level() const;
    bool isOver() const { return level() == Level::Over; }

    // From this share of the limit on, the counter warns.
    static constexpr double NearShare = 0.9;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    int m_limit;
    qsizetype m_count = 0;
    bool m_applying = false; // while refresh() sets the palette it reacts to
};

} // namespace Hearth
