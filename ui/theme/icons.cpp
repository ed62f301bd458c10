#include "theme/icons.h"

namespace Autocoder::Ui {

QIcon themedIcon(const QString &name)
{
    return QIcon::fromTheme(name);
}

} // namespace Autocoder::Ui
