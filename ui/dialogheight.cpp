#include "dialogheight.h"

#include <QLayout>
#include <QWidget>

#include <algorithm>

namespace Autocoder::Ui {

void fitHeightToContents(QWidget *dialog, FitHeight how)
{
    QLayout *top = dialog->layout();
    if (!top)
        return;
    top->invalidate();
    top->activate();
    const int width = dialog->width();
    const int forWidth = top->hasHeightForWidth() ? top->totalHeightForWidth(width) : 0;
    const int needed =
        std::max({ forWidth, top->totalSizeHint().height(), top->totalMinimumSize().height() });
    if (needed > dialog->height() || (how == FitHeight::GrowOrShrink && needed < dialog->height()))
        dialog->resize(width, needed);
}

} // namespace Autocoder::Ui
