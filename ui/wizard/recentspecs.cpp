#include "wizard/recentspecs.h"

#include <QFileInfo>
#include <QSettings>

namespace Autocoder::Ui {

static QString key()
{
    return QStringLiteral("recentSpecs");
}

QStringList RecentSpecs::paths()
{
    const QStringList stored = QSettings().value(key()).toStringList();
    QStringList existing;
    for (const QString &p : stored) {
        if (QFileInfo::exists(p))
            existing << p;
    }
    return existing;
}

void RecentSpecs::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(key()).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > maxEntries)
        list.removeLast();
    QSettings().setValue(key(), list);
}

void RecentSpecs::remove(const QString &path)
{
    QStringList list = QSettings().value(key()).toStringList();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(key(), list);
}

void RecentSpecs::clear()
{
    QSettings().remove(key());
}

} // namespace Autocoder::Ui
