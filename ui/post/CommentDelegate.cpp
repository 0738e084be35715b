#include "CommentDelegate.h"

#include "api/Mentions.h"
#include "api/PersonText.h"
#include "models/CommentModel.h"
#include "models/PostWording.h"
#include "ui/care/Care.h"
#include "ui/look/Avatar.h"
#include "ui/look/Colors.h"
#include "ui/look/Metrics.h"

#include <QAbstractItemView>
#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Hearth {

namespace {

constexpr int VerticalMargin = 10;
constexpr int HorizontalMargin = 12;
constexpr int Gap = 4;

// How far a reply sits to the right of its comment, in the font's measure.
int replyIndent(const QFontMetrics &metrics)
{
    return 3 * metrics.height();
}

// The side of the author's disc beside a comment, in the font's measure.
int avatarSide(const QFontMetrics &metrics)
{
    return qRound(1.75 * metrics.height());
}

bool takesReply(const QModelIndex &index)
{
    return !index.data(CommentModel::DeletedRole).toBool();
}

// "3 min ago · (edited) · Waiting to send": the headline after the author.
QString details(const QModelIndex &index, const QDateTime &now)
{
    QString line
        = PostWording::relativeTime(index.data(CommentModel::CreatedAtRole).toDateTime(), now);
    if (index.data(CommentModel::EditedRole).toBool())
        line += u" · "_s + CommentDelegate::tr("(edited)");
    if (index.data(CommentModel::PendingRole).toBool())
        line += u" · "_s + CommentDelegate::tr("Waiting to send");
    else if (index.data(CommentModel::FailedRole).toBool())
        line += u" · "_s + CommentDelegate::tr("Not sent");
    return line;
}

// The author of the comment at index.
User author(const QModelIndex &index)
{
    return index.data(CommentModel::AuthorRole).value<User>();
}

// The @mentions of a body, in the link colour.
QList<QTextLayout::FormatRange> mentionFormats(const QString &body, const QPalette &palette)
{
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat link;
    link.setForeground(Colors::link(palette));
    for (const Mentions::Span &span : Mentions::find(body))
        formats.append({int(span.start), int(span.length), link});
    return formats;
}

} // namespace

CommentDelegate::CommentDelegate(QAbstractItemView *view)
    : QStyledItemDelegate(view), m_view(view), m_avatars(nullptr)
{
    setImages(nullptr);
}

void CommentDelegate::setImages(MediaImageCache *images)
{
    delete m_avatars;
    m_avatars = new Avatar(images, this);
    connect(m_avatars, &Avatar::changed, this, [this] {
        if (m_view)
            m_view->viewport()->update();
    });
}

ContentFold CommentDelegate::fold(const QModelIndex &index) const
{
    // Care gives deleted comments no fold: there is nothing left to hide.
    return m_care ? m_care->commentFold(index) : ContentFold{};
}

QString CommentDelegate::headline(const QModelIndex &index, const QDateTime &now)
{
    return PersonText::isolated(index.data(CommentModel::AuthorNameRole).toString()) + u" · "_s
        + details(index, now);
}

QString CommentDelegate::accessibleText(
    const QModelIndex &index, const QDateTime &now, const ContentFold &fold)
{
    const QString author
        = PersonText::isolated(index.data(CommentModel::AuthorNameRole).toString());
    const QString who = index.data(CommentModel::DepthRole).toInt() > 0
        ? tr("Reply from %1").arg(author)
        : tr("Comment from %1").arg(author);
    QString text = who + u", "_s + details(index, now) + u": "_s;
    if (fold.folded) {
        // Why, and how to open it; never the words the reader chose not to see yet.
        //: %1 says why, such as "Content warning: loss" or "Hidden: matches a muted word"
        return text + tr("folded. %1. Press Space to show it.").arg(fold.summary());
    }
    const QString warning = index.data(CommentModel::ContentWarningRole).toString();
    if (!warning.isEmpty())
        text += tr("Content warning: %1").arg(PersonText::isolated(warning)) + u". "_s;
    text += index.data(CommentModel::DeletedRole).toBool() ? bodyText(index)
                                                           : PersonText::isolated(bodyText(index));
    return text;
}

QString CommentDelegate::bodyText(const QModelIndex &index)
{
    if (index.data(CommentModel::DeletedRole).toBool())
        return tr("Comment deleted");
    // Plain text from the network: control characters are shown as spaces, line breaks
    // as line breaks, and no direction controls (see PersonText).
    QString body
        = PersonText::withoutDirectionControls(index.data(CommentModel::BodyRole).toString());
    body.replace(u"\r\n"_s, u"\n"_s);
    for (QChar &c : body) {
        if (c == u'\n' || c == u'\r')
            c = QChar::LineSeparator;
        else if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return body;
}

int CommentDelegate::layoutBody(QTextLayout &layout, const QFont &font, int width)
{
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(width, 1));
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return int(std::ceil(y));
}

QRect CommentDelegate::contentRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    return contentRect(option.rect, option.font, index);
}

QRect CommentDelegate::columnRect(const QRect &rect, const QFont &font, const QModelIndex &index)
{
    const QFontMetrics metrics(font);
    const int indent = index.data(CommentModel::DepthRole).toInt() > 0 ? replyIndent(metrics) : 0;
    return rect.adjusted(
        HorizontalMargin + indent, VerticalMargin, -HorizontalMargin, -VerticalMargin);
}

QRect CommentDelegate::contentRect(const QRect &rect, const QFont &font, const QModelIndex &index)
{
    return columnRect(rect, font, index)
        .adjusted(avatarSide(QFontMetrics(font)) + Metrics::spaceM, 0, 0, 0);
}

QRect CommentDelegate::avatarRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const int side = avatarSide(QFontMetrics(option.font));
    return QRect(columnRect(option.rect, option.font, index).topLeft(), QSize(side, side));
}

int CommentDelegate::bodyTop(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QFontMetrics metrics(option.font);
    int y = contentRect(option, index).top() + metrics.lineSpacing() + Gap;
    if (!index.data(CommentModel::ContentWarningRole).toString().isEmpty())
        y += metrics.lineSpacing() + Gap;
    return y;
}

QString CommentDelegate::mentionAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &position) const
{
    if (index.data(CommentModel::DeletedRole).toBool() || fold(index).folded)
        return {};
    const QString body = bodyText(index);
    const QList<Mentions::Span> spans = Mentions::find(body);
    if (spans.isEmpty())
        return {};
    const QRect content = contentRect(option, index);
    const QPointF at = position - QPoint(content.left(), bodyTop(option, index));
    QTextLayout layout(body);
    layoutBody(layout, option.font, content.width());
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        if (!line.naturalTextRect().contains(at))
            continue;
        const int cursor = line.xToCursor(at.x(), QTextLine::CursorOnCharacter);
        for (const Mentions::Span &span : spans) {
            if (cursor >= span.start && cursor < span.start + span.length)
                return span.handle;
        }
        return {};
    }
    return {};
}

QRect CommentDelegate::replyLinkRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!takesReply(index))
        return {};
    const QFontMetrics metrics(option.font);
    const QRect content = contentRect(option, index);
    return QRect(content.left(), content.bottom() + 1 - metrics.lineSpacing(),
        metrics.horizontalAdvance(tr("Reply")), metrics.lineSpacing());
}

QRect CommentDelegate::showLinkRect(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!fold(index).folded)
        return {};
    const QFontMetrics metrics(option.font);
    const QRect content = contentRect(option, index);
    return QRect(content.left(), content.bottom() + 1 - metrics.lineSpacing(),
        metrics.horizontalAdvance(tr("Show comment")), metrics.lineSpacing());
}

int CommentDelegate::rowWidth(const QStyleOptionViewItem &option) const
{
    if (m_view)
        return m_view->viewport()->width();
    return option.rect.width();
}

int CommentDelegate::rowHeight(const QFont &font, const QModelIndex &index, int width) const
{
    const qint64 id = index.data(CommentModel::IdRole).toLongLong();
    const QString warning = index.data(CommentModel::ContentWarningRole).toString();
    const QString body = bodyText(index);
    const int depth = index.data(CommentModel::DepthRole).toInt();
    const bool folded = fold(index).folded;
    const QString signature = font.key() + u'\x1f' + QString::number(depth) + u'\x1f'
        + (takesReply(index) ? u'r' : u'-') + (folded ? u'f' : u'-') + warning + u'\x1f' + body;
    const std::pair key{id, width};
    if (const CachedHeight *cached = m_heights.object(key);
        cached && cached->signature == signature)
        return cached->height;

    ++m_layoutCount;
    const QFontMetrics metrics(font);
    if (folded) {
        // The headline, why it is folded, and "Show comment": one line each.
        const int height = 2 * VerticalMargin + 3 * metrics.lineSpacing() + 2 * Gap;
        m_heights.insert(key, new CachedHeight{signature, height});
        return height;
    }
    const int textWidth = contentRect(QRect(0, 0, width, 100), font, index).width();
    QTextLayout layout(body);
    int height
        = 2 * VerticalMargin + metrics.lineSpacing() + Gap + layoutBody(layout, font, textWidth);
    if (!warning.isEmpty())
        height += metrics.lineSpacing() + Gap;
    if (takesReply(index))
        height += Gap + metrics.lineSpacing();
    m_heights.insert(key, new CachedHeight{signature, height});
    return height;
}

QSize CommentDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = std::max(rowWidth(option), 120);
    return {width, rowHeight(option.font, index, width)};
}

void CommentDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    ++m_paintCount;
    painter->save();
    const QPalette &palette = option.palette;
    const QFontMetrics metrics(option.font);
    const QColor secondary = palette.color(QPalette::PlaceholderText);
    const QRect rect = option.rect;
    const int depth = index.data(CommentModel::DepthRole).toInt();

    if (option.state & QStyle::State_Selected) {
        QColor selection = palette.color(QPalette::Highlight);
        selection.setAlpha(40);
        painter->fillRect(rect, selection);
    }
    if (index.data(CommentModel::ArrivedRole).toBool()) {
        // Someone's comment that just came: a calm tint from the palette and a thin bar at
        // its edge, for a few seconds (the model ends the mark).
        QColor tint = palette.color(QPalette::Highlight);
        tint.setAlpha(28);
        painter->fillRect(rect, tint);
        painter->fillRect(QRect(rect.left(), rect.top(), ArrivalBarWidth, rect.height()),
            palette.color(QPalette::Highlight));
    }
    if (depth == 0 && index.row() > 0) {
        painter->setPen(QPen(palette.color(QPalette::Mid), 1));
        painter->drawLine(rect.left() + HorizontalMargin, rect.top(),
            rect.right() - HorizontalMargin, rect.top());
    }
    if (depth > 0) {
        // The thread line: a reply hangs from the avatar of the comment above it.
        const int x = rect.left() + HorizontalMargin + avatarSide(metrics) / 2;
        painter->setPen(QPen(palette.color(QPalette::Mid), 2));
        painter->drawLine(x, rect.top(), x, rect.bottom());
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), 6, 6);
        painter->setRenderHint(QPainter::Antialiasing, false);
    }

    m_avatars->paint(painter, avatarRect(option, index), author(index));

    const QRect content = contentRect(option, index);
    int y = content.top();

    // The author in bold, the rest of the headline after it in the secondary colour.
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString author = boldMetrics.elidedText(
        PersonText::isolated(index.data(CommentModel::AuthorNameRole).toString()), Qt::ElideRight,
        content.width() / 2);
    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QRect line(content.left(), y, content.width(), metrics.lineSpacing());
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, author);
    const int authorWidth = boldMetrics.horizontalAdvance(author);
    painter->setFont(option.font);
    painter->setPen(secondary);
    const QString rest = u" · "_s + details(index, QDateTime::currentDateTimeUtc());
    painter->drawText(line.adjusted(authorWidth, 0, 0, 0),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
        metrics.elidedText(rest, Qt::ElideRight, content.width() - authorWidth));
    y += metrics.lineSpacing() + Gap;

    // A line in italics, apart from anyone's words: why a comment is folded, or its warning.
    const auto drawNote = [&](const QString &text) {
        QFont italic = option.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(secondary);
        painter->drawText(QRect(content.left(), y, content.width(), metrics.lineSpacing()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            QFontMetrics(italic).elidedText(text, Qt::ElideRight, content.width()));
        painter->setFont(option.font);
    };

    if (const ContentFold folded = fold(index); folded.folded) {
        // Why it is folded, then the link that opens it: no body, no "Reply".
        drawNote(folded.summary());
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(showLinkRect(option, index),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("Show comment"));
        painter->restore();
        return;
    }

    const QString warning = index.data(CommentModel::ContentWarningRole).toString();
    if (!warning.isEmpty()) {
        drawNote(tr("Content warning: %1").arg(PersonText::isolated(warning)));
        y += metrics.lineSpacing() + Gap;
    }

    const bool deleted = index.data(CommentModel::DeletedRole).toBool();
    QFont bodyFont = option.font;
    bodyFont.setItalic(deleted);
    const QString body = bodyText(index);
    QTextLayout layout(body);
    if (!deleted)
        layout.setFormats(mentionFormats(body, palette));
    const int bodyHeight = layoutBody(layout, bodyFont, content.width());
    painter->setPen(deleted ? secondary : palette.color(QPalette::Text));
    layout.draw(painter, QPointF(content.left(), y));
    y += bodyHeight;

    const QRect reply = replyLinkRect(option, index);
    if (!reply.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(palette.color(QPalette::Link));
        painter->drawText(
            reply, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, tr("Reply"));
    }
    painter->restore();
}

bool CommentDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
    const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && fold(index).folded) {
            if (showLinkRect(option, index).contains(mouse->position().toPoint())) {
                Q_EMIT showClicked(index);
                return true;
            }
            return QStyledItemDelegate::editorEvent(event, model, option, index);
        }
        if (mouse->button() == Qt::LeftButton
            && replyLinkRect(option, index).contains(mouse->position().toPoint())) {
            Q_EMIT replyClicked(index);
            return true;
        }
        if (mouse->button() == Qt::LeftButton) {
            if (const QString handle = mentionAt(option, index, mouse->position().toPoint());
                !handle.isEmpty()) {
                Q_EMIT mentionClicked(handle);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Hearth
