#include "trliteralscan.h"

#include <QFile>
#include <QRegularExpression>

namespace Autocoder::Testing {

const QString trAllowMarker = QStringLiteral("// i18n: not user text");

// "file:line: text" for each literal given to a text-taking call in @p path.
QStringList scanForLiterals(const QString &path, const QString &shownAs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { QStringLiteral("%1: cannot read").arg(shownAs) };
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));
    // The call, an optional first argument without a literal (an icon, a parent, an enum),
    // then the literal: QStringLiteral("…"), QLatin1String("…"), u"…" or "…".
    static const QRegularExpression call(QStringLiteral(
        R"x(\b(setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setWhatsThis|)x"
        R"x(showMessage|addAction|addMenu|setTitle|setSubTitle|setTabText|addTab|insertTab|)x"
        R"x(setButtonText|setInformativeText|setDetailedText|setAccessibleName|setPrefix|)x"
        R"x(setSuffix|setSpecialValueText|addItem|setHeaderLabels|QAction|QLabel|QPushButton|)x"
        R"x(QToolButton|QCheckBox|QRadioButton|QGroupBox|QMenu|QMessageBox::(?:information|)x"
        R"x(warning|critical|question|about))\s*\(\s*(?:[^,;()"]*(?:\([^()"]*\))?\s*,\s*){0,2}?)x"
        R"x((?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)?\s*\(?\s*u?"((?:[^"\\]|\\.)*)")x"));
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString literal = m.captured(2);
        literal.remove(QRegularExpression(QStringLiteral(R"x(\\u[0-9A-Fa-f]{4}|\\.)x")));
        if (!letter.match(literal).hasMatch())
            continue;
        const int first = text.left(m.capturedStart()).count(QLatin1Char('\n'));
        const int last = text.left(m.capturedEnd()).count(QLatin1Char('\n'));
        bool allowed = false;
        for (int l = first; l <= last && !allowed; ++l)
            allowed = lines.at(l).contains(trAllowMarker);
        if (!allowed)
            found.append(QStringLiteral("%1:%2: %3(\"%4\")")
                             .arg(shownAs)
                             .arg(first + 1)
                             .arg(m.captured(1), m.captured(2)));
    }
    return found;
}

} // namespace Autocoder::Testing
