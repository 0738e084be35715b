#pragma once

#include <QHash>
#include <QIcon>
#include <QIconEngine>

// One of Hearth's icons as the palette of the moment shows it: the desktop theme's icon of
// the name when there is one and most of its ink reads on the window's colour, otherwise Hearth's
// own SVG drawn in the palette's ink (Colors::iconInk), dark on the light palette and light on the
// dark one. Decided at each paint, so a change of scheme needs no new icons.
class TintedIconEngine : public QIconEngine
{
public:
    // name: the freedesktop name (the icon's name() answers it); file: Hearth's SVG;
    // themed: the desktop theme's icon of the name, or a null icon.
    TintedIconEngine(const QString &name, const QString &file, const QIcon &themed = QIcon());

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(
        const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString iconName() override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

    // Whether the theme's icon at this size reads on background: most of its ink holds
    // 4.5:1 against it.
    bool themedReadsOn(const QPixmap &themed, const QColor &background);

private:
    QString m_name;
    QString m_file;
    QIcon m_themed;
    // themedReadsOn's answers, by the background and the size.
    QHash<QString, bool> m_reads;
};
