#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Autocoder::Ui {

/// Recently opened or saved spec files (paths only, in QSettings), newest first.
class RecentSpecs final
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Ui::RecentSpecs)
public:
    static constexpr int maxEntries = 10;

    static QStringList paths(); ///< existing files only
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};

} // namespace Autocoder::Ui
