#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace Autocoder::Ui {

/// Window-modal dialogs opened with open() and answered through a callback,
/// instead of the static QFileDialog/QMessageBox helpers: those spin a nested
/// event loop, which lets run events, timers and deletions re-enter the
/// caller mid-function. Each dialog deletes itself when closed; the callback
/// runs only if @p parent still exists (it is the connection's context).
class AsyncDialogs final
{
public:
    using PathCallback = std::function<void(const QString &path)>;
    using PathsCallback = std::function<void(const QStringList &paths)>;
    using ButtonCallback = std::function<void(QMessageBox::StandardButton button)>;
    using TextCallback = std::function<void(const QString &text)>;

    static void openFile(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter, PathCallback done);
    static void openFiles(QWidget *parent, const QString &title, const QString &directory,
                          const QString &filter, PathsCallback done);
    /// Asks before overwriting an existing file (QFileDialog does).
    static void saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter, PathCallback done);
    static void existingDirectory(QWidget *parent, const QString &title, const QString &directory,
                                  PathCallback done);

    static void message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                        const QString &text, QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton,
                        ButtonCallback done = {});
    /// Multi-line text; @p done gets the text only when accepted.
    static void multiLineText(QWidget *parent, const QString &title, const QString &label,
                              TextCallback done);
};

} // namespace Autocoder::Ui
