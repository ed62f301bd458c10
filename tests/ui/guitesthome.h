#pragma once

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace Autocoder::Ui::Testing {

/// For the GUI tests that drive the real app path (local server, real claude): everything
/// the app writes (runs, sandboxes, settings) goes under @p home. Returns why these tests
/// cannot run here (no prepared sandbox template), or an empty string.
inline QString useTemporaryHome(const QTemporaryDir &home)
{
    const QString templates = qEnvironmentVariable("AUTOCODER_TEMPLATES_DIR");
    if (templates.isEmpty() || !QFile::exists(templates + QStringLiteral("/claude/.ready")))
        return QStringLiteral(
            "the 'claude' sandbox template is not prepared (run scripts/test.sh)");
    if (!home.isValid())
        return QStringLiteral("no temporary HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("AUTOCODER_SANDBOXD", AUTOCODER_BINARY_DIR "/bin/autocoder-sandboxd");
    return QString();
}

} // namespace Autocoder::Ui::Testing
