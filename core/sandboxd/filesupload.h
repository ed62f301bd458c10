#pragma once

#include "sandboxd/bodysink.h"
#include "sandboxd/requestgate.h"
#include "sandboxd/sandbox.h"

#include <QJsonArray>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Autocoder {
class GzipInflater;
} // namespace Autocoder

namespace Autocoder::Sandboxd {

class MultipartStream;

/// envd's `POST /files` upload (multipart/form-data or a raw body, optionally
/// gzip-encoded), written to its destination as the body arrives: each file is
/// created through ConfinedFs (no symlink on the way is followed) and gets the
/// bytes in pieces; at no time is the upload held whole in memory.
///
/// Files are written in place: an upload that fails half-way (a bad part, the
/// client going away) leaves what was written so far, like envd.
class FilesUpload final : public BodySink
{
public:
    FilesUpload(Sandbox *sandbox, const QString &path, const QByteArray &boundary, bool gzip,
                qint64 maxBytes);
    ~FilesUpload() override;

    /// The decision for an upload's head: refused (auth, user, encoding, missing path)
    /// or streamed into a FilesUpload, with \a maxUploadBytes as the body limit.
    static RequestGate::Decision decide(Sandbox *sandbox, const RequestHead &head,
                                        qint64 maxUploadBytes);

    bool write(const QByteArray &payload) override;
    bool finish() override;
    Response response() const override { return m_response; }

private:
    bool consume(const QByteArray &data);
    bool consumeMultipart(const QByteArray &data);
    bool openFile(const QString &dest);
    bool writeFile(const QByteArray &data);
    bool closeFile();
    bool fail(int status, const QString &message);

    QPointer<Sandbox> m_sandbox; ///< may be killed while its upload arrives
    QString m_path;
    std::unique_ptr<MultipartStream> m_parts;
    std::unique_ptr<GzipInflater> m_gzip;
    qint64 m_maxBytes;
    qint64 m_total = 0;
    int m_fd = -1;
    bool m_inFilePart = false;
    QString m_visiblePath;
    QStringList m_seen;
    QJsonArray m_result;
    Response m_response;
    bool m_failed = false;
};

} // namespace Autocoder::Sandboxd
