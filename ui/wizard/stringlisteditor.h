#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace Autocoder::Ui {

/// An editable list of short texts (features, acceptance criteria): type in
/// the field and press Enter to add; F2 or double-click edits a row; Delete
/// removes it; Alt+Up/Down moves it.
class StringListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StringListEditor)
    Q_PROPERTY(QStringList items READ items WRITE setItems NOTIFY itemsChanged USER true)
public:
    explicit StringListEditor(const QString &placeholder, QWidget *parent = nullptr);

    QStringList items() const;
    void setItems(const QStringList &items);
    /// Selects row @p row (validation points at it).
    void selectRow(int row);

    QLineEdit *inputField() const { return m_input; }
    QListWidget *listWidget() const { return m_list; }

Q_SIGNALS:
    void itemsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addFromInput();
    void removeCurrent();
    void moveCurrent(int delta);
    void updateButtons();

    QLineEdit *m_input;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Autocoder::Ui
