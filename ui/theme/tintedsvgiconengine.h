#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace Autocoder::Ui {

/// An icon drawn from a line-art SVG whose strokes and fills say "currentColor", painted in
/// the application palette's colour for the icon's mode: the window text for a normal icon,
/// the disabled text for a disabled one, the highlighted text for a selected one. The colour
/// is looked up at each paint, so the icon follows palette changes (light to dark and back).
/// An SVG without "currentColor" keeps its own colours (the application icon).
class TintedSvgIconEngine final : public QIconEngine
{
public:
    TintedSvgIconEngine(QString name, QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;

    /// The colour an icon in @p mode is painted in, from the application palette.
    static QColor colorFor(QIcon::Mode mode);

private:
    QImage render(const QSize &size, const QColor &color) const;

    QString m_name;
    QByteArray m_svg;
    bool m_tinted;
    /// Rendered pixmaps by size, mode colour: a toolbar repaints often, a palette rarely.
    QHash<QString, QPixmap> m_cache;
};

} // namespace Autocoder::Ui
