#include "runview/activitydocument.h"

#include "models/activityentry.h"
#include "runview/activitycolors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace Autocoder::Ui {

namespace {

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Autocoder::Ui::ActivityDocument)
public:
    Writer(QTextDocument &doc, const ActivityColors &c, const QFont &font, const QFont &mono)
        : m_cursor(&doc)
        , m_colors(c)
        , m_font(font)
        , m_mono(mono)
    { }

    void heading(const QString &text, const QColor &color = {}, qreal scale = 1.0)
    {
        QTextCharFormat cf = plainFormat();
        QFont bold = m_font;
        bold.setBold(true);
        if (scale != 1.0 && bold.pointSizeF() > 0)
            bold.setPointSizeF(bold.pointSizeF() * scale);
        cf.setFont(bold);
        if (color.isValid())
            cf.setForeground(color);
        QTextBlockFormat bf;
        bf.setTopMargin(m_first ? 0 : 10);
        bf.setBottomMargin(4);
        block(bf, cf);
        m_cursor.insertText(text, cf);
    }

    void paragraph(const QString &text, const QColor &color = {})
    {
        QTextCharFormat cf = plainFormat();
        if (color.isValid())
            cf.setForeground(color);
        QTextBlockFormat bf;
        bf.setBottomMargin(2);
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            block(bf, cf);
            m_cursor.insertText(line, cf);
        }
    }

    /// Code or output, one block per line so that a tint covers the whole line.
    void code(const QStringList &lines, bool diff, const QColor &color = {})
    {
        QTextCharFormat cf;
        cf.setFont(m_mono);
        cf.setForeground(color.isValid() ? color : m_colors.text);
        for (const QString &line : lines) {
            QTextBlockFormat bf;
            bf.setLeftMargin(6);
            QColor background = m_colors.codeBackground;
            if (diff && line.startsWith(QLatin1Char('+')))
                background = m_colors.added;
            else if (diff && line.startsWith(QLatin1Char('-')))
                background = m_colors.removed;
            bf.setBackground(background);
            block(bf, cf);
            m_cursor.insertText(line.isEmpty() ? QStringLiteral(" ") : line, cf);
        }
    }

    void markdown(const QString &text)
    {
        QTextDocument rendered;
        rendered.setMarkdown(text);
        if (!m_first)
            m_cursor.insertBlock();
        m_first = false;
        m_cursor.insertFragment(QTextDocumentFragment(&rendered));
    }

    void keyValue(const QString &key, const QString &value)
    {
        QTextCharFormat keyFormat = plainFormat();
        keyFormat.setForeground(m_colors.muted);
        QTextBlockFormat bf;
        bf.setBottomMargin(2);
        block(bf, keyFormat);
        //: A label before its value; French puts a space before the colon
        m_cursor.insertText(tr("%1: ").arg(key), keyFormat);
        m_cursor.insertText(value, plainFormat());
    }

private:
    QTextCharFormat plainFormat() const
    {
        QTextCharFormat cf;
        cf.setFont(m_font);
        cf.setForeground(m_colors.text);
        return cf;
    }

    void block(const QTextBlockFormat &bf, const QTextCharFormat &cf)
    {
        if (m_first) {
            m_cursor.setBlockFormat(bf);
            m_cursor.setBlockCharFormat(cf);
            m_first = false;
        } else {
            m_cursor.insertBlock(bf, cf);
        }
    }

    QTextCursor m_cursor;
    const ActivityColors &m_colors;
    QFont m_font;
    QFont m_mono;
    bool m_first = true;
};

QString valueText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

void toolDetails(Writer &w, const ActivityEntry &e, const ActivityColors &c)
{
    using F = ActivityFormat;
    if (!e.hasCall)
        w.paragraph(Writer::tr("The call this result answers was not seen in the run's events."),
                    c.muted);
    else if (e.cutOff)
        w.paragraph(Writer::tr("No result: the agent's turn ended (it was stopped) before the "
                               "tool answered."),
                    c.muted);
    else if (!e.hasResult)
        w.paragraph(Writer::tr("No result yet."), c.muted);
    else if (e.isError)
        w.paragraph(Writer::tr("The tool reported a failure."), c.error);

    const bool diffTool = F::bodyKind(e) == ActivityEntry::Body::Diff;
    if (e.hasCall) {
        if (e.toolName == QLatin1String("Bash")) {
            w.heading(Writer::tr("Command"));
            QStringList command;
            for (const QString &line : e.target.split(QLatin1Char('\n')))
                command.append(QStringLiteral("$ ") + line);
            w.code(command, false);
            const QString description = e.input.value(QLatin1String("description")).toString();
            if (!description.isEmpty())
                w.keyValue(Writer::tr("Why"), description);
        } else {
            // The change is shown as a diff below; other inputs as "key: value".
            static const QStringList shownAsDiff = { QStringLiteral("content"),
                                                     QStringLiteral("old_string"),
                                                     QStringLiteral("new_string"),
                                                     QStringLiteral("edits") };
            bool any = false;
            for (auto it = e.input.begin(); it != e.input.end(); ++it) {
                if (diffTool && shownAsDiff.contains(it.key()))
                    continue;
                if (!any)
                    w.heading(Writer::tr("Input"));
                any = true;
                const QString value = valueText(it.value());
                if (value.contains(QLatin1Char('\n'))) {
                    w.keyValue(it.key(), QString());
                    w.code(value.split(QLatin1Char('\n')), false);
                } else {
                    w.keyValue(it.key(), value);
                }
            }
        }
        if (diffTool) {
            w.heading(e.toolName == QLatin1String("Write") ? Writer::tr("New content")
                                                           : Writer::tr("Change"));
            w.code(F::bodyLines(e), true);
        }
    }
    if (e.hasResult) {
        w.heading(e.isError ? Writer::tr("Result (failed)") : Writer::tr("Result"),
                  e.isError ? c.error : QColor());
        if (e.result.isEmpty())
            w.paragraph(Writer::tr("(no output)"), c.muted);
        else
            w.code(e.result.split(QLatin1Char('\n')), false, e.isError ? c.error : QColor());
    }
}

} // namespace

void ActivityDocument::buildItem(QTextDocument &doc, const ActivityEntry &e,
                                 const ActivityColors &c, const QFont &font)
{
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    using Kind = ActivityEntry::Kind;
    if (e.kind == Kind::Message) {
        doc.setMarkdown(e.text.isEmpty() ? e.title : e.text);
        return;
    }
    Writer w(doc, c, font, font);
    switch (e.kind) {
    case Kind::Guidance:
        // trimmed(): French puts a (no-break) space before the colon.
        w.heading(e.title.section(QLatin1Char(':'), 0, 0).trimmed());
        w.paragraph(e.text);
        break;
    case Kind::Verdict:
        w.heading(e.title, e.isError ? c.error : c.success);
        if (!e.text.isEmpty())
            w.paragraph(e.text);
        break;
    case Kind::Note:
        w.heading(e.title, e.isError ? c.error : QColor());
        if (!e.text.isEmpty())
            w.paragraph(e.text, c.muted);
        break;
    default:
        w.paragraph(e.title);
        break;
    }
}

void ActivityDocument::buildDetails(QTextDocument &doc, const ActivityEntry &e,
                                    const ActivityColors &c, const QFont &font, const QFont &mono)
{
    doc.clear();
    doc.setDefaultFont(font);
    Writer w(doc, c, font, mono);
    using Kind = ActivityEntry::Kind;
    w.heading(e.title, e.isError ? c.error : QColor(), 1.15);
    if (e.malformed)
        w.paragraph(Writer::tr("This event did not carry everything its kind needs; "
                               "\u201CShow raw event\u201D shows what it had."),
                    c.error);
    switch (e.kind) {
    case Kind::Message:
        w.markdown(e.text);
        break;
    case Kind::ToolCall:
    case Kind::ToolResult:
        toolDetails(w, e, c);
        break;
    case Kind::Guidance:
        w.paragraph(e.text);
        break;
    case Kind::Verdict:
        if (e.failures.isEmpty()) {
            if (!e.text.isEmpty())
                w.paragraph(e.text);
            break;
        }
        // The failed steps first, then each failing test with its whole message.
        for (const QString &line : e.text.split(QLatin1Char('\n'))) {
            if (!line.startsWith(QChar(0x2717)))
                w.paragraph(line);
        }
        for (const auto &failure : e.failures) {
            w.heading(Writer::tr("\u2717 %1").arg(failure.first), c.error);
            if (!failure.second.isEmpty())
                w.code(failure.second.split(QLatin1Char('\n')), false);
        }
        break;
    case Kind::Note:
    case Kind::Turn:
        if (!e.text.isEmpty() && e.text != e.title)
            w.paragraph(e.text);
        break;
    }
}

} // namespace Autocoder::Ui
