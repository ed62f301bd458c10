#include "trwalker.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDebug>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTreeView>
#include <QWizardPage>

#include <algorithm>

namespace Autocoder::Testing {

namespace {

constexpr int maxRowsPerView = 400;
const QChar ellipsis(0x2026);

bool hasLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

QString className(const QObject *o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    return name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
}

QString step(const QObject *o)
{
    QString s = className(o);
    if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
        s += QLatin1Char('#') + o->objectName();
    return s;
}

// The window, the named containers on the way, and the object itself: enough to find it.
QString pathOf(const QObject *o, const QObject *root)
{
    QStringList parts { step(o) };
    for (const QObject *p = o->parent(); p; p = p->parent()) {
        if (p == root || !p->parent()) {
            parts.prepend(step(p));
            break;
        }
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
            parts.prepend(step(p));
    }
    return parts.join(QLatin1Char('/'));
}

// Data that cannot be a word of the app's own: it has characters words do not (a path, a
// version, an id) or is a sentence of its own.
bool isToken(const QString &data)
{
    const bool wordLike = std::all_of(
        data.cbegin(), data.cend(), [](QChar c) { return c.isLetter() || c == QLatin1Char(' '); });
    return !wordLike || data.count(QLatin1Char(' ')) >= 3;
}

QString plain(const QString &text)
{
    if (Qt::mightBeRichText(text))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

} // namespace

void TrWalker::allowData(const QString &text, const QString &origin, Match match)
{
    QStringList variants { text.trimmed() };
    for (const QString &line : text.split(QLatin1Char('\n')))
        variants.append(line.trimmed());
    if (text.contains(QLatin1Char('/')) && !text.contains(QLatin1Char(' '))) {
        for (const QString &part : text.split(QLatin1Char('/')))
            variants.append(part);
    }
    for (const QString &v : qAsConst(variants)) {
        if (!hasLetter(v))
            continue;
        if (match == Match::Within || isToken(v))
            m_within.insert(v);
        if (m_data.contains(v))
            continue;
        m_data.insert(v, origin);
        m_dataByLength.append(v);
    }
    std::sort(m_dataByLength.begin(), m_dataByLength.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool TrWalker::isAllowedPiece(const QString &piece) const
{
    QString p = piece.trimmed();
    if (!hasLetter(p) || m_data.contains(p))
        return true;
    // A network address (an example in a placeholder, a server's URL) is not words.
    static const QRegularExpression address(QStringLiteral("^(?:wss?|https?)://\\S+$"));
    if (address.match(p).hasMatch())
        return true;
    // Elided data: the start (or the middle) of an allowed text.
    if (p.endsWith(ellipsis) || p.startsWith(ellipsis)) {
        QString cut = p;
        cut.remove(ellipsis);
        cut = cut.trimmed();
        for (const QString &d : m_dataByLength) {
            if (d.contains(cut))
                return true;
        }
    }
    // Data among numbers and punctuation: "src/todo.ts (3)", "Write package.json". Only data
    // that cannot be mistaken for a word of the app's own (a path, a command, a sentence) is
    // cut out of a longer text; what remains must be letterless or data as a whole.
    for (const QString &d : m_dataByLength) {
        if (m_within.contains(d) && p.contains(d))
            p.replace(d, QString());
    }
    p = p.trimmed();
    return !hasLetter(p) || m_data.contains(p);
}

QString TrWalker::untranslated(const QString &text) const
{
    const QString t = plain(text);
    QStringList pieces;
    QString current;
    int depth = 0;
    for (const QChar c : t) {
        if (c == open) {
            if (depth++ == 0) {
                pieces.append(current);
                current.clear();
            }
        } else if (c == close && depth > 0) {
            --depth;
        } else if (depth == 0) {
            current += c;
        }
    }
    pieces.append(current); // an open marker to the end: elided translated text
    QStringList bad;
    for (const QString &piece : qAsConst(pieces)) {
        if (!isAllowedPiece(piece))
            bad.append(piece.trimmed());
    }
    return bad.join(QLatin1String(" … "));
}

void TrWalker::check(const QObject *owner, const QString &what, const QString &text)
{
    if (text.isEmpty())
        return;
    ++m_checked;
    // AUTOCODER_TRWALK_DUMP=1 lists every text walked, to see what the walk covers.
    static const bool dump = qEnvironmentVariableIntValue("AUTOCODER_TRWALK_DUMP") != 0;
    if (dump)
        qInfo().noquote() << m_scene << pathOf(owner, m_root) << what << text;
    const QString rest = untranslated(text);
    if (rest.isEmpty())
        return;
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (shown.size() > 140)
        shown = shown.left(137) + QLatin1String("...");
    const QString line =
        QStringLiteral("%1: %2 %3: \"%4\"").arg(m_scene, pathOf(owner, m_root), what, shown);
    if (!m_reported.contains(line)) {
        m_reported.insert(line);
        m_offenders.append(line);
    }
}

void TrWalker::checkAction(const QAction *action)
{
    if (m_seenActions.contains(action) || action->isSeparator())
        return;
    m_seenActions.insert(action);
    check(action, QStringLiteral("QAction text"), action->text());
    if (action->toolTip() != QString(action->text()).remove(QLatin1Char('&')))
        check(action, QStringLiteral("QAction toolTip"), action->toolTip());
    check(action, QStringLiteral("QAction statusTip"), action->statusTip());
    if (const QMenu *menu = action->menu()) {
        check(menu, QStringLiteral("QMenu title"), menu->title());
        for (const QAction *a : menu->actions())
            checkAction(a);
    }
}

void TrWalker::checkView(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const auto *tree = qobject_cast<const QTreeView *>(view);
    const auto *table = qobject_cast<const QTableView *>(view);
    const QHeaderView *header = tree ? tree->header() : table ? table->horizontalHeader() : nullptr;
    const auto columnHidden = [&](int c) {
        return (tree && tree->isColumnHidden(c)) || (table && table->isColumnHidden(c));
    };
    if (header && !header->isHidden()) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (columnHidden(c))
                continue;
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                const QVariant v = model->headerData(c, Qt::Horizontal, role);
                if (v.typeId() == QMetaType::QString)
                    check(view, QStringLiteral("header %1").arg(c), v.toString());
            }
        }
    }
    int budget = maxRowsPerView;
    std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent) && budget > 0; ++r, --budget) {
            if (tree && tree->isRowHidden(r, parent))
                continue;
            for (int c = 0; c < model->columnCount(parent); ++c) {
                if (columnHidden(c))
                    continue;
                const QModelIndex index = model->index(r, c, parent);
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) }) {
                    const QVariant v = index.data(role);
                    if (v.typeId() == QMetaType::QString)
                        check(view,
                              QStringLiteral("row %1 column %2 %3")
                                  .arg(r)
                                  .arg(c)
                                  .arg(role == Qt::DisplayRole ? QStringLiteral("display")
                                                               : QStringLiteral("tooltip")),
                              v.toString());
                }
            }
            const QModelIndex first = model->index(r, 0, parent);
            if (tree && tree->isExpanded(first))
                rows(first);
        }
    };
    rows(QModelIndex());
}

void TrWalker::walk(QWidget *root, const QString &scene)
{
    m_scene = scene;
    m_root = root;
    m_seenActions.clear();
    QList<QWidget *> widgets { root };
    widgets += root->findChildren<QWidget *>();
    for (QWidget *w : qAsConst(widgets)) {
        if (w->isWindow())
            check(w, QStringLiteral("window title"), w->windowTitle());
        check(w, QStringLiteral("toolTip"), w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            check(w, QStringLiteral("QLabel"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            check(w, QStringLiteral("button"), button->text());
        if (auto *box = qobject_cast<QGroupBox *>(w))
            check(w, QStringLiteral("QGroupBox title"), box->title());
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                check(w, QStringLiteral("tab %1").arg(i), tabs->tabText(i));
                check(w, QStringLiteral("tab %1 toolTip").arg(i), tabs->tabToolTip(i));
            }
        }
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            check(w, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                check(w, QStringLiteral("combo item %1").arg(i), combo->itemText(i));
        }
        if (auto *page = qobject_cast<QWizardPage *>(w)) {
            check(w, QStringLiteral("page title"), page->title());
            check(w, QStringLiteral("page subtitle"), page->subTitle());
        }
        check(w, QStringLiteral("accessibleName"), w->accessibleName());
        check(w, QStringLiteral("accessibleDescription"), w->accessibleDescription());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            check(w, QStringLiteral("specialValueText"), spin->specialValueText());
        if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            check(w, QStringLiteral("prefix"), spin->prefix());
            check(w, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(w)) {
            check(w, QStringLiteral("prefix"), spin->prefix());
            check(w, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto *bar = qobject_cast<QStatusBar *>(w))
            check(w, QStringLiteral("status message"), bar->currentMessage());
        // A header's sections are checked with its view, as header data.
        if (auto *view = qobject_cast<QAbstractItemView *>(w);
            view && !qobject_cast<QHeaderView *>(w)) {
            // A combo box's list is its items, checked above.
            bool inCombo = false;
            for (QObject *p = w->parent(); p && !inCombo; p = p->parent())
                inCombo = qobject_cast<QComboBox *>(p) != nullptr;
            if (!inCombo)
                checkView(view);
        }
        for (const QAction *a : w->actions())
            checkAction(a);
    }
    for (const QAction *a : root->findChildren<QAction *>())
        checkAction(a);
}

} // namespace Autocoder::Testing
