// Runs the headless commands as `autocoder` would, so tests can check real exit codes and
// stdout without the GUI binary.
#include "headlesscli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return Autocoder::Cli::runHeadlessCommand(app, QCoreApplication::arguments().mid(1));
}
