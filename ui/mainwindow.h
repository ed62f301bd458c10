#pragma once

#include <QMainWindow>

class QAction;
class QStackedWidget;
class QTableView;

namespace Autocoder::Ui {

/// The application's main window: the list of runs, live and past, and the
/// entry point for starting a new one.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    QAction *newRunAction() const { return m_newRunAction; }
    QTableView *runsView() const { return m_runsView; }

Q_SIGNALS:
    /// The user asked for a new run (menu, toolbar, Ctrl+N or the empty-state button).
    void newRunRequested();

private:
    void createActions();
    QWidget *createEmptyState();

    QAction *m_newRunAction = nullptr;
    QTableView *m_runsView = nullptr;
    QStackedWidget *m_stack = nullptr;
};

} // namespace Autocoder::Ui
