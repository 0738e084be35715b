#pragma once

#include <QIconEngine>

// One of Hearth's own SVG icons, drawn in the ink of the application's palette at the time
// it is painted: the same shape reads dark on the light palette and light on the dark one,
// and follows a change of scheme without being made again. The SVG gives the shape (its
// alpha); the colour is the palette's (Colors::iconInk).
class TintedIconEngine : public QIconEngine
{
public:
    // name: the freedesktop name (the icon's name() answers it); file: the SVG.
    TintedIconEngine(const QString &name, const QString &file);

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

private:
    QString m_name;
    QString m_file;
};
