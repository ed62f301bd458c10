#include "mutation/mutationplanner.h"
#include "mutation/mutationresult.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Autocoder::Mutation;

namespace {

// One module of a made-up TypeScript service: types, a class with generics, async
// functions, templates, regular expressions, switch statements, the usual mix.
QString module(int index)
{
    QString code = QStringLiteral(R"(import { readFile } from 'node:fs/promises';
import type { Logger } from './logger';
import { helper%1 } from './helper%1';

export interface Record%1<T = unknown> {
  id: string;
  score: number;
  tags: Array<string>;
  payload?: T;
  meta: Map<string, { created: Date; count: number }>;
}

export type Status%1 = 'active' | 'archived' | 'deleted';
type Handler%1<T> = (item: Record%1<T>, index: number) => boolean | Promise<boolean>;

const PATTERN = /^[a-z0-9-]+$/i;
const LIMIT = %1 + 10;
let created = 0;

export class Store%1<T extends object> {
  private readonly items = new Map<string, Record%1<T>>();
  private log: Logger | undefined;
  total = 0;

  constructor(private readonly name: string, logger?: Logger) {
    this.log = logger;
  }

  add(item: Record%1<T>): boolean {
    if (!PATTERN.test(item.id) || this.items.has(item.id)) {
      return false;
    }
    this.items.set(item.id, item);
    this.total += item.score;
    created++;
    this.log?.info(`added ${item.id} to ${this.name} (${this.items.size} items)`);
    return this.items.size <= LIMIT;
  }

  find(predicate: Handler%1<T>): Array<Record%1<T>> {
    const out: Record%1<T>[] = [];
    let index = 0;
    for (const item of this.items.values()) {
      if (predicate(item, index) === true) {
        out.push(item);
      }
      index = index + 1;
    }
    return out;
  }

  average(): number {
    if (this.items.size === 0) {
      return 0;
    }
    return this.total / this.items.size;
  }
}
)")
                       .arg(index);
    // A varying number of functions gives files of about 100 to 300 lines.
    const int functions = 2 + (index * 7) % 12;
    for (int f = 0; f < functions; ++f) {
        code += QStringLiteral(R"(
export async function process%1_%2(input: string, options: { strict?: boolean; max: number }): Promise<Status%1> {
  const text = (await readFile(input, 'utf8')).trim();
  const words = text.split(/\s+/).filter((w) => w.length > 2 && !w.startsWith('#'));
  switch (words.length %% 3) {
    case 0:
      return 'active';
    case 1:
      helper%1(words, options.max - 1);
      break;
    default:
      break;
  }
  const ratio = words.length * 100 / Math.max(1, options.max);
  if (options.strict ?? false) {
    console.warn(`ratio ${ratio.toFixed(2)} for "${input}"`);
  }
  return ratio >= 50 ? 'archived' : 'deleted';
}
)")
                    .arg(index)
                    .arg(f)
                    .replace(QStringLiteral("%%"), QStringLiteral("%"));
    }
    return code;
}

} // namespace

// Planning cost on a generated 50-file TypeScript project (plus tests and node_modules the
// planner must skip), at the default budget.
class BenchMutationPlanner : public QObject
{
    Q_OBJECT

private:
    QList<SourceFile> m_files;

private Q_SLOTS:
    void initTestCase()
    {
        qint64 bytes = 0;
        int lines = 0;
        for (int i = 0; i < 50; ++i) {
            const QByteArray content = module(i).toUtf8();
            bytes += content.size();
            lines += int(content.count('\n'));
            m_files.append({ QStringLiteral("src/module%1.ts").arg(i), content });
            m_files.append({ QStringLiteral("src/module%1.test.ts").arg(i), content });
        }
        m_files.append({ QStringLiteral("node_modules/x/index.js"), module(99).toUtf8() });
        qInfo("project: 50 source files, %d lines, %.1f KiB (plus 51 files to skip)", lines,
              double(bytes) / 1024.0);
    }

    void plan()
    {
        MutationPlan result;
        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        QBENCHMARK
        {
            result = MutationPlanner::plan(m_files, {});
            ++rounds;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6 / rounds;
        qInfo("plan: %.1f ms per plan, %d candidate mutants, %d selected from %d files", ms,
              result.candidateCount, int(result.mutants.size()), int(result.mutatedFiles().size()));
        QCOMPARE(result.mutants.size(), 30);
        QCOMPARE(result.mutatedFiles().size(), 30);
        for (const PlannedFile &f : result.files)
            QVERIFY(f.status != PlannedFile::Status::Skipped
                    || f.path.contains(QLatin1String("test"))
                    || f.path.startsWith(QLatin1String("node_modules/")));
    }

    /// What the gate does on the host per check besides planning: every mutant's content and
    /// diff (the mutants themselves run in the sandbox, at the project's test speed).
    void resultWithDiffs()
    {
        const MutationPlan plan = MutationPlanner::plan(m_files, {});
        MutationResult result;
        qsizetype contentBytes = 0;
        QElapsedTimer timer;
        timer.start();
        int rounds = 0;
        QBENCHMARK
        {
            result = MutationResult::fromPlan(plan);
            for (const Mutant &m : plan.mutants)
                contentBytes += plan.mutatedContent(m).valueOr(QByteArray()).size();
            ++rounds;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6 / rounds;
        qInfo("result: %.2f ms per check for %d mutants' diffs and contents (%.1f KiB written "
              "per check)",
              ms, int(result.mutants.size()), double(contentBytes) / 1024.0 / rounds);
        QCOMPARE(result.mutants.size(), plan.mutants.size());
        for (const MutantResult &m : result.mutants)
            QVERIFY(m.diff.startsWith(QLatin1String("--- a/")));
    }
};

QTEST_GUILESS_MAIN(BenchMutationPlanner)
#include "bench_mutationplanner.moc"
