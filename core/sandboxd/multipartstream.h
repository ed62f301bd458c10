#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Autocoder::Sandboxd {

/// Parses a multipart/form-data body (RFC 7578) as it arrives: bytes in, part
/// events out, holding back only what could be the start of a delimiter, so a
/// part of any size passes through in pieces. Pure.
class MultipartStream final
{
public:
    struct Event
    {
        enum class Kind { Begin, Data, End };
        Kind kind = Kind::Data;
        QString name; ///< Begin: the form field name
        QString fileName; ///< Begin: the filename parameter
        QByteArray data; ///< Data
    };

    static constexpr int MaxPartHeadBytes = 16 * 1024;

    explicit MultipartStream(const QByteArray &boundary);

    /// Appends the events for \a bytes to \a events; false (with \a error) on a malformed body.
    bool feed(const QByteArray &bytes, QList<Event> *events, QString *error);
    /// The body ended: false unless the closing delimiter was seen.
    bool finish(QString *error) const;

private:
    enum class State { Preamble, AfterDelimiter, PartHead, PartData, Done, Failed };

    bool fail(QString *error, const QString &message);

    QByteArray m_delimiter; ///< CRLF "--" boundary
    QByteArray m_buffer;
    int m_headScanned = 0; ///< bytes of a part head searched already
    State m_state = State::Preamble;
};

} // namespace Autocoder::Sandboxd
