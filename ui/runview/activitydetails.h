#pragma once

#include "models/activityentry.h"

#include <QWidget>

class QAction;
class QLabel;
class QTextBrowser;

namespace Autocoder::Ui {

/// The selected activity item in full: a tool call's inputs, its change as a diff and its
/// output in a monospace font, the agent's text rendered from markdown; scrollable and
/// selectable. The event's raw JSON only on demand ("Show raw event"). Copy copies what is
/// shown as plain text.
class ActivityDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDetails)
public:
    explicit ActivityDetails(QWidget *parent = nullptr);

    /// Shows @p entry (copied), or the placeholder for nullptr.
    void setEntry(const ActivityEntry *entry);
    bool hasEntry() const { return m_hasEntry; }

    QTextBrowser *browser() const { return m_browser; }
    QAction *copyAction() const { return m_copy; }
    QAction *rawAction() const { return m_raw; }
    /// What Copy puts on the clipboard.
    QString copyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    ActivityEntry m_entry;
    bool m_hasEntry = false;
    QTextBrowser *m_browser;
    QAction *m_copy;
    QAction *m_raw;
};

} // namespace Autocoder::Ui
