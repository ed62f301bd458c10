#pragma once

#include <QObject>

namespace Autocoder::Ui {

/// Says that AppSettings were saved, to whatever applies them while the app runs (the feed
/// publisher, ...): the settings dialog is opened from several places and knows none of them.
class SettingsNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsNotifier)

public:
    static SettingsNotifier *instance();

Q_SIGNALS:
    void saved();

private:
    SettingsNotifier() = default;
};

} // namespace Autocoder::Ui
