// autocoder-pseudo-ts IN.ts OUT.ts: a pseudo translation of what lupdate found, every
// message (and every plural form) translated as "⟦source⟧". tst_trcoverage installs it alone:
// any text on screen without the markers did not come through tr() from a message lupdate
// can see.
#include "tsfile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Autocoder::Testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: autocoder-pseudo-ts IN.ts OUT.ts\n");
        return 2;
    }
    auto ts = TsFile::read(args.at(1));
    if (!ts) {
        std::fprintf(stderr, "%s\n", qPrintable(ts.error()));
        return 1;
    }
    // Two plural forms, as in English: the markers are what matters, not the grammar.
    ts->language = QStringLiteral("en");
    const QString open = QStringLiteral("\u27e6");
    const QString close = QStringLiteral("\u27e7");
    for (TsMessage &m : ts->messages) {
        m.type.clear();
        const QString marked = open + m.source + close;
        if (m.numerus)
            m.numerusForms = { marked, marked };
        else
            m.translation = marked;
    }
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(ts->toXml()) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
