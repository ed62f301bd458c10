#include "uilog.h"

namespace Autocoder::Ui {

Q_LOGGING_CATEGORY(lcUi, "autocoder.ui", QtInfoMsg)

} // namespace Autocoder::Ui
