#include "tsfile.h"

#include <QFile>
#include <QMap>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Autocoder::Testing {

QString TsMessage::key() const
{
    return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
}

Result<TsFile> TsFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return parse(file.readAll(), path);
}

namespace {

// Text of the current element, with lupdate's <byte value="xNN"/> for control characters.
QString elementText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("byte")) {
                QString value = xml.attributes().value(QLatin1String("value")).toString();
                bool ok = false;
                const uint code = value.startsWith(QLatin1Char('x')) ? value.mid(1).toUInt(&ok, 16)
                                                                     : value.toUInt(&ok);
                if (ok)
                    text += QChar(code);
            }
            xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    return text;
}

void readTranslation(QXmlStreamReader &xml, TsMessage *message)
{
    message->type = xml.attributes().value(QLatin1String("type")).toString();
    if (!message->numerus) {
        message->translation = elementText(xml);
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("numerusform"))
            message->numerusForms.append(elementText(xml));
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("source"))
            message.source = elementText(xml);
        else if (name == QLatin1String("comment"))
            message.comment = elementText(xml);
        else if (name == QLatin1String("translation"))
            readTranslation(xml, &message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

Result<TsFile> TsFile::parse(const QByteArray &data, const QString &path)
{
    TsFile file;
    file.path = path;
    QXmlStreamReader xml(data);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("TS"))
        return failure(QStringLiteral("%1: not a .ts file").arg(path));
    file.language = xml.attributes().value(QLatin1String("language")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("context")) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = elementText(xml);
            else if (xml.name() == QLatin1String("message"))
                file.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return failure(
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
    return file;
}

QByteArray TsFile::toXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), language);
    QMap<QString, QList<TsMessage>> byContext;
    for (const TsMessage &m : messages)
        byContext[m.context].append(m);
    for (auto it = byContext.cbegin(); it != byContext.cend(); ++it) {
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), it.key());
        for (const TsMessage &m : it.value()) {
            xml.writeStartElement(QStringLiteral("message"));
            if (m.numerus)
                xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            xml.writeTextElement(QStringLiteral("source"), m.source);
            if (!m.comment.isEmpty())
                xml.writeTextElement(QStringLiteral("comment"), m.comment);
            xml.writeStartElement(QStringLiteral("translation"));
            if (!m.type.isEmpty())
                xml.writeAttribute(QStringLiteral("type"), m.type);
            if (m.numerus) {
                for (const QString &form : m.numerusForms)
                    xml.writeTextElement(QStringLiteral("numerusform"), form);
            } else {
                xml.writeCharacters(m.translation);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace Autocoder::Testing
