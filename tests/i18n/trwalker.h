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

    enum class Match {
        Whole, ///< the whole text (or the whole rest beside marked text): a test's name
        Within, ///< also inside a longer text: a command beside a tool's name, a size's unit
    };
    /// Allows @p text (and each of its lines, and a path's parts); @p origin says where it
    /// comes from. Data with characters no word has (a path, an id) or of four words and more
    /// is matched within longer texts whatever @p match says.
    void allowData(const QString &text, const QString &origin, Match match = Match::Whole);
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
    QSet<QString> m_within; ///< data matched inside longer texts too
    QSet<const QObject *> m_seenActions;
    QStringList m_offenders;
    QSet<QString> m_reported;
    int m_checked = 0;
};

} // namespace Autocoder::Testing
