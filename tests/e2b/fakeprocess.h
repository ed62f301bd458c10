#pragma once

#include "fakee2bserver.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

namespace Autocoder::E2b::Testing {

/// A process of the fake envd: its config, attached streams and script position.
struct FakeProcess
{
    struct Sink
    {
        QPointer<FakeHttpConnection> connection;
        FakeE2bServer::Fault fault = FakeE2bServer::Fault::None;
        int sent = 0;
    };

    quint32 pid = 0;
    QString tag;
    QString cmd;
    QStringList args;
    QMap<QString, QString> envs;
    QString cwd;
    QString user;
    bool stdinEnabled = false;
    bool stdinClosed = false;
    bool catting = false;
    bool ended = false;
    QList<Sink> sinks;
    QList<QPair<QString, QString>> steps; ///< (separator before, command)
    int step = 0;
    int lastExit = 0;
    QPointer<QTimer> stepTimer;
    QPointer<QTimer> keepaliveTimer;
    QPointer<QTimer> killTimer;
    QPointer<QProcess> tar;
};

} // namespace Autocoder::E2b::Testing
