#include "theme/icons.h"

#include "theme/tintedsvgiconengine.h"

#include <QFile>
#include <QHash>

namespace Autocoder::Ui {

namespace {

// The SVG text of a bundled icon, read once (icons are made on the GUI thread only).
QByteArray bundledSvg(const QString &path)
{
    static QHash<QString, QByteArray> cache;
    const auto it = cache.constFind(path);
    if (it != cache.constEnd())
        return *it;
    QByteArray svg;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        svg = file.readAll();
    cache.insert(path, svg);
    return svg;
}

} // namespace

QString bundledIconPath(const QString &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(name);
}

QIcon themedIcon(const QString &name)
{
    const QByteArray svg = name.isEmpty() ? QByteArray() : bundledSvg(bundledIconPath(name));
    if (svg.isEmpty())
        return QIcon::fromTheme(name); // a name no bundled icon has: the desktop's, if any
    return QIcon(new TintedSvgIconEngine(name, svg));
}

QIcon applicationIcon()
{
    const QByteArray svg = bundledSvg(QStringLiteral(":/autocoder/app/autocoder.svg"));
    return QIcon(new TintedSvgIconEngine(QStringLiteral("autocoder"), svg));
}

} // namespace Autocoder::Ui
