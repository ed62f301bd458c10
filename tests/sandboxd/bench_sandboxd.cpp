#include <QTest>
class B : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(B)
#include "bench_sandboxd.moc"
