#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Autocoder::Testing {

/// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; ///< the disambiguation, part of the message's identity
    bool numerus = false;
    QString type; ///< the translation's type: empty, "unfinished", "obsolete" or "vanished"
    QString translation; ///< when not numerus
    QStringList numerusForms; ///< when numerus

    /// context, source and comment: what lupdate and QTranslator look a message up by.
    QString key() const;
};

/// A .ts file as lupdate writes it, read with QXmlStreamReader: just what the checks need.
struct TsFile
{
    QString path;
    QString language;
    QList<TsMessage> messages;

    static Result<TsFile> read(const QString &path);
    static Result<TsFile> parse(const QByteArray &xml, const QString &path);
    /// Writes a .ts that lrelease accepts (for the pseudo translation).
    QByteArray toXml() const;
};

} // namespace Autocoder::Testing
