#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

class QAbstractItemView;
class QAction;
class QObject;
class QWidget;

namespace Autocoder::Testing {

/// Walks a window's widgets under the pseudo translation (every message "⟦source⟧") and
/// collects the texts a user reads that did not come through it: labels, buttons, actions,
/// titles, tabs, placeholders, combo items, item views' headers and visible rows. Text that
/// is data (file names, commands, the agent's words, ...) is allowed explicitly, by origin.
class TrWalker
{
public:
    static constexpr QChar open = QChar(0x27e6);
    static constexpr QChar close = QChar(0x27e7);

    /// Allows @p text (and each of its lines, and a path's parts) wherever it appears;
    /// @p origin says where it comes from, for the report.
    void allowData(const QString &text, const QString &origin);
    /// Everything outside the markers that is not allowed data; empty when the text is fine.
    QString untranslated(const QString &text) const;

    void walk(QWidget *root, const QString &scene);
    QStringList offenders() const { return m_offenders; }
    int checkedTexts() const { return m_checked; }

private:
    void check(const QObject *owner, const QString &what, const QString &text);
    void checkAction(const QAction *action);
    void checkView(const QAbstractItemView *view);
    bool isAllowedPiece(const QString &piece) const;

    QString m_scene;
    QWidget *m_root = nullptr;
    QHash<QString, QString> m_data; ///< text → where it comes from
    QStringList m_dataByLength; ///< longest first, to cut out of mixed texts
    QSet<const QObject *> m_seenActions;
    QStringList m_offenders;
    QSet<QString> m_reported;
    int m_checked = 0;
};

} // namespace Autocoder::Testing
