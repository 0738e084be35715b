#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QPainterPath>
#include <QRawFont>
#include <QString>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Hearth::Testing {

// Where the characters of a laid-out text land on the screen, read from the glyphs the layout
// draws (QTextLayout::glyphRuns), not from the string: what a person sees of its order.
class LaidOutText
{
public:
    // A layout already laid out, and its text (a QTextDocument block's layout reads its text
    // from the block: give block.text()).
    LaidOutText(const QTextLayout &layout, const QString &text) : m_layout(layout), m_text(text) { }

    // The left edge of the glyphs drawn for the character at position; NaN when it draws none.
    qreal x(qsizetype position) const
    {
        qreal left = std::numeric_limits<qreal>::infinity();
        for (const QGlyphRun &run : m_layout.glyphRuns(int(position), 1)) {
            for (const QPointF &point : run.positions())
                left = std::min(left, point.x());
        }
        return std::isinf(left) ? std::numeric_limits<qreal>::quiet_NaN() : left;
    }

    // Whether words (their first occurrence) are drawn left to right: each character that
    // draws something right of the one before it.
    bool readsLeftToRight(const QString &words) const { return monotonic(words, true); }
    bool readsRightToLeft(const QString &words) const { return monotonic(words, false); }
    // The leftmost and rightmost glyph edges of words' characters (their first occurrence).
    qreal left(const QString &words) const { return extent(words).first; }
    qreal right(const QString &words) const { return extent(words).second; }

    // Whether the character at position is drawn as nothing: no glyph, or only glyphs with no
    // outline (a format character such as an isolate must not show as a box).
    bool drawsNothing(qsizetype position) const
    {
        for (const QGlyphRun &run : m_layout.glyphRuns(int(position), 1)) {
            const QRawFont font = run.rawFont();
            for (const quint32 glyph : run.glyphIndexes()) {
                if (!font.pathForGlyph(glyph).isEmpty())
                    return false;
            }
        }
        return true;
    }

    // Where each character of words lands, for a failure's message: "T@0 h@7.2 …".
    QString positions(const QString &words) const
    {
        const qsizetype start = find(words);
        QString said;
        for (qsizetype i = start; start >= 0 && i < start + words.size(); ++i)
            said += m_text.at(i) + u'@' + QString::number(x(i)) + u' ';
        return said;
    }

    // The first occurrence of words, or -1.
    qsizetype find(const QString &words) const { return m_text.indexOf(words); }

private:
    bool monotonic(const QString &words, bool leftToRight) const
    {
        const qsizetype start = find(words);
        if (start < 0)
            return false;
        qreal previous = std::numeric_limits<qreal>::quiet_NaN();
        for (qsizetype i = start; i < start + words.size(); ++i) {
            const qreal at = x(i);
            if (std::isnan(at))
                continue;
            if (!std::isnan(previous) && (leftToRight ? at <= previous : at >= previous))
                return false;
            previous = at;
        }
        return true;
    }

    std::pair<qreal, qreal> extent(const QString &words) const
    {
        const qsizetype start = find(words);
        qreal low = std::numeric_limits<qreal>::infinity();
        qreal high = -std::numeric_limits<qreal>::infinity();
        for (qsizetype i = start; start >= 0 && i < start + words.size(); ++i) {
            const qreal at = x(i);
            if (std::isnan(at))
                continue;
            low = std::min(low, at);
            high = std::max(high, at);
        }
        return {low, high};
    }

    const QTextLayout &m_layout;
    QString m_text;
};

// One line of UI text laid out as QPainter::drawText() lays out a label's or a card's line:
// the paragraph in the widget's direction, on one line.
class LaidOutLine
{
public:
    LaidOutLine(const QString &text, const QFont &font, Qt::LayoutDirection direction)
        : m_layout(text, font)
    {
        QTextOption option;
        option.setTextDirection(direction);
        option.setWrapMode(QTextOption::NoWrap);
        m_layout.setTextOption(option);
        m_layout.beginLayout();
        QTextLine line = m_layout.createLine();
        line.setLineWidth(100'000);
        m_layout.endLayout();
    }
    LaidOutText text() const { return LaidOutText(m_layout, m_layout.text()); }
    qreal width() const { return m_layout.lineAt(0).naturalTextWidth(); }

private:
    QTextLayout m_layout;
};

// What is wrong with a laid-out headline "Post · <name> · 1 min ago" in a left-to-right
// window, or an empty string: "Post", the name and the time in that order from the left,
// the time reading forwards, and the name in its own direction inside its run.
inline QString headlineOrderProblem(const LaidOutText &text, const QString &name, bool rightToLeft)
{
    const QString time = QStringLiteral("1 min ago");
    const QString kind = QStringLiteral("Post");
    if (text.find(name) < 0)
        return QStringLiteral("the name is not in the line");
    if (!text.readsLeftToRight(kind))
        return QStringLiteral("the kind reads backwards");
    if (!text.readsLeftToRight(time))
        return QStringLiteral("the time reads backwards");
    if (!(text.right(kind) < text.left(name)))
        return QStringLiteral("the name is not after the kind");
    if (!(text.right(name) < text.left(time)))
        return QStringLiteral("the time is not after the name");
    if (rightToLeft ? !text.readsRightToLeft(name) : !text.readsLeftToRight(name))
        return QStringLiteral("the name does not read in its own direction");
    return {};
}

} // namespace Hearth::Testing
