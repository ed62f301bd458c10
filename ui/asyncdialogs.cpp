#include "asyncdialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>

#include <utility>

namespace Autocoder::Ui {

namespace {

QFileDialog *fileDialog(QWidget *parent, const QString &title, const QString &directory,
                        const QString &filter)
{
    auto *dialog = new QFileDialog(parent, title, directory, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    return dialog;
}

} // namespace

void AsyncDialogs::openFile(QWidget *parent, const QString &title, const QString &directory,
                            const QString &filter, PathCallback done)
{
    QFileDialog *dialog = fileDialog(parent, title, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [done = std::move(done)](const QString &path) { done(path); });
    dialog->open();
}

void AsyncDialogs::openFiles(QWidget *parent, const QString &title, const QString &directory,
                             const QString &filter, PathsCallback done)
{
    QFileDialog *dialog = fileDialog(parent, title, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    QObject::connect(dialog, &QFileDialog::filesSelected, parent,
                     [done = std::move(done)](const QStringList &paths) { done(paths); });
    dialog->open();
}

void AsyncDialogs::saveFile(QWidget *parent, const QString &title, const QString &suggestedPath,
                            const QString &filter, PathCallback done)
{
    QFileDialog *dialog =
        fileDialog(parent, title, QFileInfo(suggestedPath).absolutePath(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(QFileInfo(suggestedPath).fileName());
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [done = std::move(done)](const QString &path) { done(path); });
    dialog->open();
}

void AsyncDialogs::existingDirectory(QWidget *parent, const QString &title,
                                     const QString &directory, PathCallback done)
{
    QFileDialog *dialog = fileDialog(parent, title, directory, QString());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [done = std::move(done)](const QString &path) { done(path); });
    dialog->open();
}

void AsyncDialogs::message(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                           const QString &text, QMessageBox::StandardButtons buttons,
                           QMessageBox::StandardButton defaultButton, ButtonCallback done)
{
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    if (done) {
        QObject::connect(box, &QMessageBox::finished, parent, [box, done = std::move(done)](int) {
            done(box->standardButton(box->clickedButton()));
        });
    }
    box->open();
}

void AsyncDialogs::multiLineText(QWidget *parent, const QString &title, const QString &label,
                                 TextCallback done)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput, true);
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent,
                     [done = std::move(done)](const QString &text) { done(text); });
    dialog->open();
}

} // namespace Autocoder::Ui
