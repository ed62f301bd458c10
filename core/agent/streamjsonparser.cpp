#include "agent/streamjsonparser.h"

#include "agent/agentlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Autocoder::Agent {

namespace {

QString stringOf(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

// tool_result content: a string, or an array of blocks of which we keep the text ones.
QString toolResultText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return {};
    QStringList parts;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue b : blocks) {
        const QJsonObject block = b.toObject();
        if (block.value(QLatin1String("type")).toString() == QLatin1String("text"))
            parts.append(block.value(QLatin1String("text")).toString());
        else if (!block.isEmpty())
            parts.append(QStringLiteral("[%1]").arg(block.value(QLatin1String("type")).toString()));
    }
    return parts.join(QLatin1Char('\n'));
}

QStringList errorsOf(const QJsonValue &value)
{
    QStringList errors;
    if (value.isString()) {
        errors.append(value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue e : array) {
            if (e.isString())
                errors.append(e.toString());
            else if (e.isObject())
                errors.append(e.toObject()
                                  .value(QLatin1String("message"))
                                  .toString(QString::fromUtf8(
                                      QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact))));
        }
    }
    return errors;
}

AgentEvent warning(qint64 line, const QString &text)
{
    AgentEvent e;
    e.kind = AgentEvent::Kind::ParseWarning;
    e.lineNumber = line;
    e.text = text;
    return e;
}

} // namespace

StreamJsonParser::StreamJsonParser(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes > 0 ? maxLineBytes : DefaultMaxLineBytes)
{ }

void StreamJsonParser::reset()
{
    m_buffer.clear();
    m_discarding = false;
    m_discardedBytes = 0;
    m_lineNumber = 0;
    m_bytesSeen = 0;
    m_sessionId.clear();
    m_sawResult = false;
}

QList<AgentEvent> StreamJsonParser::feed(const QByteArray &chunk)
{
    QList<AgentEvent> events;
    m_bytesSeen += chunk.size();
    qsizetype pos = 0;
    const qsizetype size = chunk.size();
    while (pos < size) {
        const qsizetype nl = chunk.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? size : nl;

        if (m_discarding) {
            m_discardedBytes += end - pos;
        } else if (m_buffer.isEmpty() && nl >= 0 && end - pos <= m_maxLineBytes) {
            // Fast path: a whole line inside this chunk, no buffering needed.
            appendLineEvents(chunk.mid(pos, end - pos), events);
            pos = nl + 1;
            continue;
        } else {
            m_buffer.append(chunk.constData() + pos, end - pos);
            if (m_buffer.size() > m_maxLineBytes) {
                // Keep memory bounded: drop the line, remember only its length.
                m_discarding = true;
                m_discardedBytes = m_buffer.size();
                m_buffer.clear();
                m_buffer.squeeze();
            }
        }

        if (nl < 0)
            break;
        pos = nl + 1;
        if (m_discarding) {
            ++m_lineNumber;
            qCDebug(lcAgent, "stream-json line %lld skipped: %lld bytes", qlonglong(m_lineNumber),
                    qlonglong(m_discardedBytes));
            events.append(warning(
                m_lineNumber,
                tr("Agent output line %1 is longer than %2 bytes (%3 bytes) and was skipped.")
                    .arg(m_lineNumber)
                    .arg(m_maxLineBytes)
                    .arg(m_discardedBytes)));
            m_discarding = false;
            m_discardedBytes = 0;
        } else {
            const QByteArray line = m_buffer;
            m_buffer.clear();
            appendLineEvents(line, events);
        }
    }
    return events;
}

QList<AgentEvent> StreamJsonParser::finish()
{
    QList<AgentEvent> events;
    if (m_discarding) {
        ++m_lineNumber;
        events.append(warning(
            m_lineNumber,
            tr("The last agent output line is longer than %1 bytes (%2 bytes) and was skipped.")
                .arg(m_maxLineBytes)
                .arg(m_discardedBytes)));
        m_discarding = false;
        m_discardedBytes = 0;
    } else if (!m_buffer.isEmpty()) {
        const QByteArray line = m_buffer;
        m_buffer.clear();
        appendLineEvents(line, events);
    }
    return events;
}

QList<AgentEvent> StreamJsonParser::parseLine(const QByteArray &line)
{
    QList<AgentEvent> events;
    appendLineEvents(line, events);
    return events;
}

void StreamJsonParser::appendLineEvents(const QByteArray &rawLine, QList<AgentEvent> &out)
{
    ++m_lineNumber;
    const QByteArray line = rawLine.trimmed();
    if (line.isEmpty())
        return;

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError) {
        // Never quote the line itself: it may contain anything, including file contents.
        qCDebug(lcAgent, "stream-json line %lld is not JSON (%s at byte %d)",
                qlonglong(m_lineNumber), qPrintable(error.errorString()), error.offset);
        out.append(warning(m_lineNumber,
                           tr("Agent output line %1 is not valid JSON (%2 at byte %3).")
                               .arg(m_lineNumber)
                               .arg(error.errorString())
                               .arg(error.offset)));
        return;
    }
    if (!doc.isObject()) {
        out.append(warning(m_lineNumber,
                           tr("Agent output line %1 is not a JSON object.").arg(m_lineNumber)));
        return;
    }
    const QJsonObject o = doc.object();
    const QString type = stringOf(o, QLatin1String("type"));
    if (type.isEmpty()) {
        out.append(
            warning(m_lineNumber, tr("Agent output line %1 has no \"type\".").arg(m_lineNumber)));
        return;
    }

    AgentEvent base;
    base.lineNumber = m_lineNumber;
    base.sessionId = stringOf(o, QLatin1String("session_id"));
    base.parentToolUseId = stringOf(o, QLatin1String("parent_tool_use_id"));

    if (type == QLatin1String("system")) {
        const QString subtype = stringOf(o, QLatin1String("subtype"));
        if (subtype == QLatin1String("init")) {
            AgentEvent e = base;
            e.kind = AgentEvent::Kind::Init;
            e.subtype = subtype;
            e.model = stringOf(o, QLatin1String("model"));
            e.cwd = stringOf(o, QLatin1String("cwd"));
            e.text = stringOf(o, QLatin1String("claude_code_version"));
            const QJsonArray tools = o.value(QLatin1String("tools")).toArray();
            for (const QJsonValue t : tools) {
                if (t.isString())
                    e.tools.append(t.toString());
            }
            if (!e.sessionId.isEmpty())
                m_sessionId = e.sessionId;
            out.append(e);
        } else if (subtype == QLatin1String("api_retry")) {
            AgentEvent e = base;
            e.kind = AgentEvent::Kind::ApiRetry;
            e.subtype = subtype;
            e.turns = o.value(QLatin1String("attempt")).toInt();
            const QJsonValue err = o.value(QLatin1String("error"));
            e.text = err.isString()
                ? err.toString()
                : (err.isObject() ? err.toObject().value(QLatin1String("message")).toString()
                                  : QString());
            e.isError = true;
            e.durationMs = qint64(o.value(QLatin1String("retry_delay_ms")).toDouble());
            const int status = o.value(QLatin1String("error_status")).toInt();
            if (status > 0)
                e.errors.append(QString::number(status));
            out.append(e);
        }
        return; // other system subtypes (status, hooks, compaction, ...) carry nothing we show
    }

    if (type == QLatin1String("assistant")) {
        const QJsonArray content =
            o.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toArray();
        for (const QJsonValue b : content) {
            const QJsonObject block = b.toObject();
            const QString blockType = stringOf(block, QLatin1String("type"));
            if (blockType == QLatin1String("text")) {
                AgentEvent e = base;
                e.kind = AgentEvent::Kind::AssistantText;
                e.text = stringOf(block, QLatin1String("text"));
                // API failures arrive as a synthetic assistant text with a top-level "error".
                e.isError = o.contains(QLatin1String("error"));
                if (!e.text.isEmpty())
                    out.append(e);
            } else if (blockType == QLatin1String("tool_use")
                       || blockType == QLatin1String("server_tool_use")) {
                AgentEvent e = base;
                e.kind = AgentEvent::Kind::ToolUse;
                e.toolId = stringOf(block, QLatin1String("id"));
                e.toolName = stringOf(block, QLatin1String("name"));
                e.toolInput = block.value(QLatin1String("input")).toObject();
                if (e.toolId.isEmpty() || e.toolName.isEmpty())
                    out.append(
                        warning(m_lineNumber,
                                tr("Agent output line %1 has a tool call without id or name.")
                                    .arg(m_lineNumber)));
                else
                    out.append(e);
            }
            // thinking / redacted_thinking and future block types are not shown
        }
        return;
    }

    if (type == QLatin1String("user")) {
        const QJsonValue content =
            o.value(QLatin1String("message")).toObject().value(QLatin1String("content"));
        if (!content.isArray())
            return; // a plain user prompt echo
        const QJsonArray blocks = content.toArray();
        for (const QJsonValue b : blocks) {
            const QJsonObject block = b.toObject();
            if (stringOf(block, QLatin1String("type")) != QLatin1String("tool_result"))
                continue;
            AgentEvent e = base;
            e.kind = AgentEvent::Kind::ToolResult;
            e.toolId = stringOf(block, QLatin1String("tool_use_id"));
            e.isError = block.value(QLatin1String("is_error")).toBool(false);
            e.text = toolResultText(block.value(QLatin1String("content")));
            out.append(e);
        }
        return;
    }

    if (type == QLatin1String("result")) {
        AgentEvent e = base;
        e.kind = AgentEvent::Kind::Result;
        e.subtype = stringOf(o, QLatin1String("subtype"));
        e.isError = o.value(QLatin1String("is_error")).toBool(false);
        const QJsonValue cost = o.contains(QLatin1String("total_cost_usd"))
            ? o.value(QLatin1String("total_cost_usd"))
            : o.value(QLatin1String("cost_usd"));
        e.costUsd = cost.toDouble(0.0);
        e.turns = o.value(QLatin1String("num_turns")).toInt();
        e.durationMs = qint64(o.value(QLatin1String("duration_ms")).toDouble());
        e.text = stringOf(o, QLatin1String("result"));
        e.errors = errorsOf(o.value(QLatin1String("errors")));
        if (!e.sessionId.isEmpty())
            m_sessionId = e.sessionId;
        m_sawResult = true;
        out.append(e);
        return;
    }
    // Unknown types (stream_event, rate_limit_event, keep_alive, ...) are ignored on purpose.
}

} // namespace Autocoder::Agent
