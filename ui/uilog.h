#pragma once

#include <QLoggingCategory>

namespace Autocoder::Ui {

/// "autocoder.ui": the widgets. Enable with QT_LOGGING_RULES="autocoder.ui.debug=true". Text that
/// could hold a secret goes through a Secrets::Redactor before it reaches a message.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace Autocoder::Ui
