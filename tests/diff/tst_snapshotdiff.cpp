#include "diff/snapshotdiff.h"

#include <QTest>

using namespace Autocoder::Diff;

namespace {

const FileChange *find(const QList<FileChange> &changes, const QString &path)
{
    for (const FileChange &c : changes) {
        if (c.path == path)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestSnapshotDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addedModifiedDeletedRenamed()
    {
        const SnapshotDiff::Files before {
            { QStringLiteral("a.ts"), "one\ntwo\n" },
            { QStringLiteral("gone.md"), "# gone\n" },
            { QStringLiteral("old/name.ts"), "export const x = 1;\n" },
            { QStringLiteral("same.json"), "{}\n" },
        };
        const SnapshotDiff::Files after {
            { QStringLiteral("a.ts"), "one\n2\n" },
            { QStringLiteral("new.sh"), "echo hi\n" },
            { QStringLiteral("new/name.ts"), "export const x = 1;\n" },
            { QStringLiteral("same.json"), "{}\n" },
        };
        const QList<FileChange> changes = SnapshotDiff::compare(before, after);
        QCOMPARE(changes.size(), 4);
        QCOMPARE(changes.at(0).path, QStringLiteral("a.ts")); // sorted by path
        QCOMPARE(changes.at(0).status, FileChange::Status::Modified);
        QCOMPARE(changes.at(0).diff.added, 1);
        QCOMPARE(changes.at(0).diff.removed, 1);
        const FileChange *added = find(changes, QStringLiteral("new.sh"));
        QVERIFY(added);
        QCOMPARE(added->status, FileChange::Status::Added);
        QCOMPARE(added->diff.added, 1);
        const FileChange *deleted = find(changes, QStringLiteral("gone.md"));
        QVERIFY(deleted);
        QCOMPARE(deleted->status, FileChange::Status::Deleted);
        QCOMPARE(deleted->diff.removed, 1);
        const FileChange *renamed = find(changes, QStringLiteral("new/name.ts"));
        QVERIFY(renamed);
        QCOMPARE(renamed->status, FileChange::Status::Renamed);
        QCOMPARE(renamed->oldPath, QStringLiteral("old/name.ts"));
        QVERIFY(renamed->diff.identical());
        QVERIFY(!find(changes, QStringLiteral("old/name.ts")));
        QVERIFY(!find(changes, QStringLiteral("same.json")));
    }

    void sinceTheStartEverythingIsAdded()
    {
        const SnapshotDiff::Files after { { QStringLiteral("a"), "x\n" },
                                          { QStringLiteral("b"), "y\n" } };
        const QList<FileChange> changes = SnapshotDiff::compare({}, after);
        QCOMPARE(changes.size(), 2);
        for (const FileChange &c : changes)
            QCOMPARE(c.status, FileChange::Status::Added);
    }

    void emptyFilesAreNotRenames()
    {
        const QList<FileChange> changes = SnapshotDiff::compare(
            { { QStringLiteral("a"), QByteArray() } }, { { QStringLiteral("b"), QByteArray() } });
        QCOMPARE(changes.size(), 2);
        QCOMPARE(find(changes, QStringLiteral("a"))->status, FileChange::Status::Deleted);
        QCOMPARE(find(changes, QStringLiteral("b"))->status, FileChange::Status::Added);
    }

    void binaryFilesHaveNoDiff()
    {
        const QList<FileChange> changes =
            SnapshotDiff::compare({ { QStringLiteral("bun.lockb"), QByteArray("a\0b", 3) } },
                                  { { QStringLiteral("bun.lockb"), QByteArray("a\0c\n", 4) } });
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().binary);
        QVERIFY(changes.first().diff.identical());
        QVERIFY(!SnapshotDiff::isBinary("plain text\n"));
    }

    void largeFilesAreCutAtALineEnding()
    {
        QByteArray big;
        for (int i = 0; i < 1000; ++i)
            big += "line " + QByteArray::number(i) + '\n';
        QByteArray bigChanged = big;
        bigChanged.replace("line 3\n", "three\n");
        bigChanged.replace("line 999\n", "the end\n"); // past the cut: not seen
        SnapshotDiffOptions options;
        options.maxDiffBytes = 100;
        const QList<FileChange> changes =
            SnapshotDiff::compare({ { QStringLiteral("big.txt"), big } },
                                  { { QStringLiteral("big.txt"), bigChanged } }, options);
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().cut);
        QCOMPARE(changes.first().diff.removed, 1);
        QCOMPARE(changes.first().newSize, qint64(bigChanged.size()));
        for (const Hunk &hunk : changes.first().diff.hunks) {
            for (const DiffLine &line : hunk.lines)
                QVERIFY2(line.oldLine <= 20 && line.newLine <= 20, qPrintable(line.text));
        }
    }

    void lockedTestsAreMarked()
    {
        SnapshotDiffOptions options;
        options.lockedPaths = { QStringLiteral("tests/locked.test.ts") };
        const QList<FileChange> changes =
            SnapshotDiff::compare({ { QStringLiteral("tests/locked.test.ts"), "a\n" } },
                                  { { QStringLiteral("tests/locked.test.ts"), "b\n" },
                                    { QStringLiteral("tests/other.test.ts"), "c\n" } },
                                  options);
        QCOMPARE(changes.size(), 2);
        QVERIFY(find(changes, QStringLiteral("tests/locked.test.ts"))->locked);
        QVERIFY(!find(changes, QStringLiteral("tests/other.test.ts"))->locked);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotDiff)
#include "tst_snapshotdiff.moc"
