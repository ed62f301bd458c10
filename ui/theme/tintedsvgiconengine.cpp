#include "theme/tintedsvgiconengine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace Autocoder::Ui {

namespace {
const QByteArray currentColor = QByteArrayLiteral("currentColor");
// Enough for the few sizes and modes a running window asks for; a palette change fills it
// with new colours, so it is emptied when full rather than growing.
constexpr int maxCached = 48;
} // namespace

TintedSvgIconEngine::TintedSvgIconEngine(QString name, QByteArray svg)
    : m_name(std::move(name))
    , m_svg(std::move(svg))
    , m_tinted(m_svg.contains(currentColor))
{ }

QColor TintedSvgIconEngine::colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QImage TintedSvgIconEngine::render(const QSize &size, const QColor &color) const
{
    QByteArray svg = m_svg;
    if (m_tinted)
        svg.replace(currentColor, color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (!renderer.isValid())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // Keep the drawing square and centred in a non-square request.
    const int side = std::min(size.width(), size.height());
    const QRectF target((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side);
    // Colours with alpha (a translucent disabled text) apply it to the whole drawing.
    painter.setOpacity(m_tinted ? color.alphaF() : 1.0);
    renderer.render(&painter, target);
    return image;
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state);
    if (size.isEmpty())
        return {};
    const QColor color = colorFor(mode);
    const QString key = QStringLiteral("%1x%2:%3")
                            .arg(size.width())
                            .arg(size.height())
                            .arg(m_tinted ? color.rgba() : 0u);
    const auto it = m_cache.constFind(key);
    if (it != m_cache.constEnd())
        return *it;
    if (m_cache.size() >= maxCached)
        m_cache.clear();
    QPixmap pixmap = QPixmap::fromImage(render(size, color));
    m_cache.insert(key, pixmap);
    return pixmap;
}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                                QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pm = pixmap(rect.size() * dpr, mode, state);
    pm.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect, pm);
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(m_name, m_svg);
}

QString TintedSvgIconEngine::key() const
{
    return QStringLiteral("AutocoderTintedSvg");
}

QString TintedSvgIconEngine::iconName()
{
    return m_name;
}

bool TintedSvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

// Scalable: the sizes a style asks for are all good ones.
QList<QSize> TintedSvgIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode);
    Q_UNUSED(state);
    return { QSize(16, 16), QSize(22, 22), QSize(24, 24),
             QSize(32, 32), QSize(48, 48), QSize(64, 64) };
}

} // namespace Autocoder::Ui
