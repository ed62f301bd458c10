#include "settings/settingsnotifier.h"

namespace Autocoder::Ui {

SettingsNotifier *SettingsNotifier::instance()
{
    static SettingsNotifier notifier;
    return &notifier;
}

} // namespace Autocoder::Ui
