#include "mutation/mutantfinder.h"

#include <QTest>

using namespace Autocoder::Mutation;
using Id = MutationOperator::Id;

namespace {

// "original→replacement" of every mutant of one operator, in source order.
QStringList found(const QString &code, Id op, const QString &path = QStringLiteral("src/a.ts"))
{
    const auto mutants = MutantFinder::find(path, code, { op });
    if (!mutants) {
        qWarning("%s", qPrintable(mutants.error().message));
        return { QStringLiteral("<error>") };
    }
    QStringList out;
    for (const Mutant &m : *mutants)
        out.append(m.original + QStringLiteral("→") + m.replacement);
    return out;
}

QStringList all(const QString &code, const QString &path = QStringLiteral("src/a.ts"))
{
    const auto mutants = MutantFinder::find(path, code);
    if (!mutants)
        return { QStringLiteral("<error>") };
    QStringList out;
    for (const Mutant &m : *mutants)
        out.append(m.operatorId() + QLatin1Char(':') + m.original + QStringLiteral("→")
                   + m.replacement);
    return out;
}

const char *const realistic = R"(import { readFile } from 'node:fs/promises';
import type { Options } from './types';
const path = require('path');

'use strict';

export interface Slug {
  value: string;
  parts: Array<string>;
}

type Mode = 'strict' | 'loose';

const SEPARATOR = '-';
let counter = 0;

export function slugify(input: string, mode: Mode = 'strict'): string {
  if (!input || input.length === 0) {
    return '';
  }
  const lowered = input.trim().toLowerCase();
  counter += 1;
  log(`slugify ${lowered} #${counter + 1}`);
  const cleaned = lowered.replace(/[^a-z0-9]+/g, SEPARATOR); // not /here/
  /* a comment: if (a < b) return "x"; */
  return mode === 'strict' ? cleaned : cleaned.slice(0, 40);
}

export class Counter<T extends object> {
  private items: Map<string, T> = new Map<string, T>();
  total = 0;

  add(key: string, item: T): boolean {
    if (this.items.has(key)) {
      return false;
    }
    this.items.set(key, item);
    this.total = this.total * 2 - 1;
    return this.items.size > 10;
  }
}
)";

} // namespace

class TestMutator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void comparison_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        const QString ts = QStringLiteral("src/a.ts");
        const QString js = QStringLiteral("src/a.js");
        QTest::newRow("less") << js << QStringLiteral("if (a < b) go();") << QStringList { "<→>=" };
        QTest::newRow("all") << js << QStringLiteral("x = a >= b; y = c > d; z = e <= f;")
                             << QStringList { ">=→<", ">→<=", "<=→>" };
        QTest::newRow("equality") << js
                                  << QStringLiteral("p = a === b || c !== d || e == f || g != h")
                                  << QStringList { "===→!==", "!==→===", "==→!=", "!=→==" };
        QTest::newRow("ts and/or")
            << ts << QStringLiteral("ok = a < b && c > d;") << QStringList { "<→>=", ">→<=" };
        QTest::newRow("ts loop") << ts
                                 << QStringLiteral("for (let i = 0; i < items.length; i++) {}")
                                 << QStringList { "<→>=" };
        QTest::newRow("in strings and comments")
            << js << QStringLiteral("s = \"a < b\" + 'c > d'; // e < f\n/* g > h */")
            << QStringList {};
        QTest::newRow("in regex") << js << QStringLiteral("ok = /a<b>c/.test(s);")
                                  << QStringList {};
        QTest::newRow("in template")
            << js << QStringLiteral("s = `a < b ${c < d} e > f`;") << QStringList { "<→>=" };
        QTest::newRow("generics")
            << ts
            << QStringLiteral("function f<T>(x: Array<T>): Map<string, Array<number>> {\n"
                              "  return new Map<string, Array<number>>();\n}")
            << QStringList {};
        QTest::newRow("cast") << ts << QStringLiteral("const x = y as Array<number>;")
                              << QStringList {};
        QTest::newRow("generic arrow")
            << ts << QStringLiteral("const id = <T,>(v: T): T => v;") << QStringList {};
        QTest::newRow("arrow") << js << QStringLiteral("const f = (a) => a;") << QStringList {};
    }
    void comparison()
    {
        QFETCH(QString, path);
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(code, Id::ComparisonFlip, path), expected);
    }

    void arithmetic_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("binary") << QStringLiteral("x = a + b - c * d / e % f;")
                                << QStringList { "+→-", "-→+", "*→/", "/→*", "%→*" };
        QTest::newRow("compound") << QStringLiteral("x += 1; y -= 2;")
                                  << QStringList { "+=→-=", "-=→+=" };
        QTest::newRow("unary") << QStringLiteral("x = -a; y = +b; z = a - -b;")
                               << QStringList { "-→+" };
        QTest::newRow("concatenation")
            << QStringLiteral("s = 'a' + b; t = c + `d`; u += 'e';") << QStringList {};
        QTest::newRow("generator and import")
            << QStringLiteral("import * as fs from 'fs';\nfunction* g() { yield* other(); }")
            << QStringList {};
        QTest::newRow("regex and increment")
            << QStringLiteral("ok = /a+b*/.test(s); i++; --j;") << QStringList {};
    }
    void arithmetic()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(code, Id::Arithmetic), expected);
    }

    void logical_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("swap") << QStringLiteral("x = a && b || c ?? d;")
                              << QStringList { "&&→||", "||→&&", "??→&&" };
        QTest::newRow("optional chain and assignments")
            << QStringLiteral("x = a?.b; a ?\?= 1; b ||= 2; c &&= 3;") << QStringList {};
        QTest::newRow("in comment") << QStringLiteral("// a && b\nx = 1;") << QStringList {};
        // `a ?? b && c` would not parse.
        QTest::newRow("nullish chain")
            << QStringLiteral("x = a ?? b.c ?? 0; y = (d ?? e) ?? f; z = f(g ?? h, i ?? j);")
            << QStringList { "??→&&", "??→&&", "??→&&", "??→&&" };
    }
    void logical()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(code, Id::Logical), expected);
    }

    void booleans()
    {
        QCOMPARE(found(QStringLiteral("x = true; y = false;"), Id::BooleanLiteral),
                 (QStringList { "true→false", "false→true" }));
        QCOMPARE(
            found(QStringLiteral("o = { true: 1 }; p = q.true; s = 'true';"), Id::BooleanLiteral),
            QStringList {});
        // The literal type stays, the value flips.
        QCOMPARE(found(QStringLiteral("let t: true = true;"), Id::BooleanLiteral),
                 QStringList { "true→false" });
    }

    void negation()
    {
        QCOMPARE(found(QStringLiteral("if (!ok) stop(); x = !!y;"), Id::NegationRemoval),
                 (QStringList { "!→", "!→", "!→" }));
        QCOMPARE(found(QStringLiteral("a != b; x = y!.z; let w!: number;"), Id::NegationRemoval),
                 QStringList {});
        // `!(…)` at a line start without a semicolon before could turn into a call.
        QCOMPARE(found(QStringLiteral("go()\n!(x) || y()"), Id::NegationRemoval), QStringList {});
    }

    void returnValue_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("value") << QStringLiteral("function f() { return a + b; }")
                               << QStringList { "a + b→undefined" };
        QTest::newRow("condition") << QStringLiteral("function f() { return a.length < b; }")
                                   << QStringList { "a.length < b→!(a.length < b)" };
        QTest::newRow("negated") << QStringLiteral("function f() { return !ok; }")
                                 << QStringList { "!ok→!(!ok)" };
        QTest::newRow("ternary") << QStringLiteral("function f() { return a < b ? a : b; }")
                                 << QStringList { "a < b ? a : b→undefined" };
        QTest::newRow("no semicolon") << QStringLiteral("function f() {\n  return a + b\n}")
                                      << QStringList { "a + b→undefined" };
        QTest::newRow("multi-line") << QStringLiteral("function f() {\n  return a &&\n    b;\n}")
                                    << QStringList { "a &&\n    b→undefined" };
        QTest::newRow("bare and literals")
            << QStringLiteral("function f() { return; }\nfunction g() { return 5; }\n"
                              "function h() { return undefined; }\nfunction i() { return\n}")
            << QStringList {};
    }
    void returnValue()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(code, Id::ReturnValue), expected);
    }

    void statementDeletion_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("calls and updates")
            << QStringLiteral("function f() {\n  log(x);\n  count++;\n  this.total = 1;\n}")
            << QStringList { "  log(x);\n→", "  count++;\n→", "  this.total = 1;\n→" };
        QTest::newRow("await") << QStringLiteral("async function f() {\n  await save(x);\n}")
                               << QStringList { "  await save(x);\n→" };
        QTest::newRow("declarations and returns")
            << QStringLiteral("function f() {\n  const y = g();\n  let z;\n  return h();\n}")
            << QStringList {};
        QTest::newRow("sole body of if")
            << QStringLiteral("if (x)\n  go();\nelse\n  stop();\nfor (;;)\n  step();")
            << QStringList {};
        QTest::newRow("class fields and labels")
            << QStringLiteral("class A {\n  handler = make();\n}\nouter:\nfor (;;) {}")
            << QStringList {};
        QTest::newRow("object members")
            << QStringLiteral("const o = {\n  a: f(),\n  b: g(),\n};") << QStringList {};
        QTest::newRow("trailing comment keeps the line")
            << QStringLiteral("{\n  go(); // why\n}") << QStringList { "go();→" };
        QTest::newRow("shared line") << QStringLiteral("{\n  a(); b();\n}") << QStringList {};
    }
    void statementDeletion()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(code, Id::StatementDeletion), expected);
    }

    void strings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("values") << QStringLiteral("a = 'abc'; b = \"\"; c = f('x');")
                                << QStringList { "'abc'→''", "\"\"→\"mutated\"", "'x'→''" };
        QTest::newRow("module specifiers")
            << QStringLiteral("import a from 'a';\nimport 'b';\nexport * from './c';\n"
                              "const d = require('d');\nconst e = await import('e');\n"
                              "declare module 'f' {}")
            << QStringList {};
        QTest::newRow("directive")
            << QStringLiteral("'use strict';\nfunction f() {\n  \"use client\"\n}")
            << QStringList {};
        QTest::newRow("keys") << QStringLiteral("o = { 'a-b': 1, ['c']: 2, d: 'e' };")
                              << QStringList { "'e'→''" };
        QTest::newRow("literal types")
            << QStringLiteral("let t: 'a' | 'b' = 'a';\ntype M = 'x' | 'y';")
            << QStringList { "'a'→''" };
        QTest::newRow("case label")
            << QStringLiteral("switch (x) { case 'k': break; }") << QStringList { "'k'→''" };
        QTest::newRow("templates are left alone")
            << QStringLiteral("s = `abc ${'d'}`;") << QStringList { "'d'→''" };
    }
    void strings()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(code, Id::StringLiteral), expected);
    }

    void numbers_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("integers") << QStringLiteral("a = 41; b = 0; c = 1_000; d = 10n;")
                                  << QStringList { "41→42", "0→1", "1_000→1001", "10n→11n" };
        QTest::newRow("left alone")
            << QStringLiteral("a = 1.5; b = 0xff; c = 1e3; d = 017; e = 12345678901234567;")
            << QStringList {};
        QTest::newRow("keys and types")
            << QStringLiteral("o = { 1: 'a' }; let n: 1 | 2 = 2;") << QStringList { "2→3" };
        // A key named class does not open a class body.
        QTest::newRow("class key")
            << QStringLiteral("o = { class: 'x', style: { a: 1 } };") << QStringList { "1→2" };
        QTest::newRow("after a template type")
            << QStringLiteral("type T = `a${B}`;\nconst n = 3;") << QStringList { "3→4" };
    }
    void numbers()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, expected);
        QCOMPARE(found(code, Id::NumberLiteral), expected);
    }

    // Nothing but type syntax: not one mutant.
    void typePositions()
    {
        const QString code = QStringLiteral(R"(
interface Props { a: number; b?: string; c: Array<Map<string, number>>; d: 1 | 2 }
type Fn<T> = (a: T, b: T) => boolean;
type U = 'x' | 'y' | 1 | true;
type Cond<T> = T extends string ? 'yes' : 'no';
type Tpl<B extends string> = `a${B}c` | `${number}px`;
declare const g: number;
declare function h(x: number): string;
export abstract class C<T extends object> implements I<T> {
  private x: Map<string, T[]> = new Map<string, T[]>();
  abstract run(input: 'a' | 'b', count?: 5): Promise<boolean>;
}
function f<T>(x: T, y?: 3): x is T {}
const z = <T,>(v: T): T => v;
let w = v as unknown as Record<string, 1>;
let s = v satisfies Partial<Props>;
)");
        QCOMPARE(all(code), QStringList {});
    }

    void realisticFile()
    {
        const QStringList mutants = all(QString::fromUtf8(realistic));
        // Spot checks over a file with every kind of trap.
        QVERIFY(!mutants.contains(QStringLiteral("string-literal:'node:fs/promises'→''")));
        QVERIFY(!mutants.contains(QStringLiteral("string-literal:'./types'→''")));
        QVERIFY(!mutants.contains(QStringLiteral("string-literal:'path'→''")));
        QVERIFY(!mutants.contains(QStringLiteral("string-literal:'use strict'→''")));
        QVERIFY(!mutants.contains(QStringLiteral("string-literal:\"x\"→\"\"")));
        QVERIFY(mutants.contains(QStringLiteral("string-literal:'-'→''")));
        QVERIFY(mutants.contains(QStringLiteral("string-literal:'strict'→''")));
        QVERIFY(mutants.contains(QStringLiteral("negation-removal:!→")));
        QVERIFY(mutants.contains(QStringLiteral("comparison-flip:===→!==")));
        QVERIFY(mutants.contains(QStringLiteral("comparison-flip:>→<=")));
        QVERIFY(mutants.contains(QStringLiteral("arithmetic:+→-")));
        QVERIFY(mutants.contains(QStringLiteral("arithmetic:*→/")));
        QVERIFY(mutants.contains(QStringLiteral("boolean-literal:false→true")));
        QVERIFY(mutants.contains(QStringLiteral("number-literal:40→41")));
        QVERIFY(mutants.contains(
            QStringLiteral("return-value:this.items.size > 10→!(this.items.size > 10)")));
        QVERIFY(mutants.contains(
            QStringLiteral("statement-deletion:    this.items.set(key, item);\n→")));
        QVERIFY(mutants.contains(QStringLiteral("statement-deletion:  counter += 1;\n→")));
        for (const QString &m : mutants) {
            QVERIFY2(!m.contains(QStringLiteral("[^a-z")), qPrintable(m)); // inside a regex
            QVERIFY2(!m.startsWith(QStringLiteral("comparison-flip:<")), qPrintable(m)); // generics
        }
    }

    // Each mutant changes exactly its own span, and nothing else.
    void applyChangesOnlyItsSpan()
    {
        const QString original = QString::fromUtf8(realistic);
        const auto mutants = MutantFinder::find(QStringLiteral("src/slug.ts"), original);
        QVERIFY(mutants);
        QVERIFY(mutants->size() > 20);
        QSet<QString> ids;
        for (const Mutant &m : *mutants) {
            QVERIFY2(!ids.contains(m.id()), qPrintable(m.id()));
            ids.insert(m.id());
            const auto mutated = m.apply(original);
            QVERIFY2(mutated, qPrintable(m.id()));
            QVERIFY(*mutated != original);
            QCOMPARE(mutated->left(m.offset), original.left(m.offset));
            const qsizetype tail = original.size() - m.offset - m.original.size();
            QCOMPARE(mutated->right(tail), original.right(tail));
            QCOMPARE(mutated->mid(m.offset, m.replacement.size()), m.replacement);
            // Bytes too, as the sandbox holds them.
            const auto bytes = m.apply(original.toUtf8());
            QVERIFY(bytes);
            QCOMPARE(QString::fromUtf8(*bytes), *mutated);
            // The diff names the file and shows the change.
            const auto diff = m.diff(original);
            QVERIFY(diff);
            QVERIFY(diff->startsWith(QStringLiteral("--- a/src/slug.ts\n+++ b/src/slug.ts\n@@")));
            QVERIFY(!m.description().contains(QLatin1Char('\n')));
        }
    }

    void applyRefusesChangedContent()
    {
        const QString original = QStringLiteral("if (a < b) go();\n");
        const auto mutants =
            MutantFinder::find(QStringLiteral("a.js"), original, { Id::ComparisonFlip });
        QVERIFY(mutants);
        QCOMPARE(mutants->size(), 1);
        const Mutant m = mutants->first();
        QCOMPARE(m.id(), QStringLiteral("a.js:1:7:comparison-flip"));
        QCOMPARE(m.description(), QStringLiteral("a.js:1: `<` → `>=`"));
        QCOMPARE(*m.apply(original), QStringLiteral("if (a >= b) go();\n"));
        QVERIFY(!m.apply(QStringLiteral("if (a == b) go();\n")));
        QVERIFY(!m.apply(QStringLiteral("// moved\nif (a < b) go();\n")));
        QVERIFY(!m.apply(QStringLiteral("if")));
        QVERIFY(!m.apply(QByteArray("if (a \xff b)")));
        QCOMPARE(*m.diff(original),
                 QStringLiteral("--- a/a.js\n+++ b/a.js\n@@ -1,1 +1,1 @@\n-if (a < b) go();\n"
                                "+if (a >= b) go();\n"));
    }

    void unlexableFileHasNoMutants()
    {
        const auto result =
            MutantFinder::find(QStringLiteral("a.js"), QStringLiteral("x = 1 < 2;\ns = 'open"));
        QVERIFY(!result);
        QCOMPARE(result.error().reason, PlannedFile::Reason::Syntax);
        QVERIFY(result.error().message.contains(QStringLiteral("line 2")));
    }

    void jsxInJavaScriptIsRefused_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("element") << QStringLiteral("export const A = () => <div>{a > b}</div>;");
        QTest::newRow("return") << QStringLiteral("function A() {\n  return <p>a > b</p>;\n}");
        QTest::newRow("fragment") << QStringLiteral("const f = (\n  <>\n    x\n  </>\n);");
        QTest::newRow("after the error") << QStringLiteral("x = <a href='/'>'</a>;");
    }
    void jsxInJavaScriptIsRefused()
    {
        QFETCH(QString, code);
        const auto result = MutantFinder::find(QStringLiteral("src/a.js"), code);
        QVERIFY(!result);
        QCOMPARE(result.error().reason, PlannedFile::Reason::Jsx);
        QVERIFY(MutantFinder::find(QStringLiteral("a.js"), QStringLiteral("while (i++ < n) {}")));
        // TypeScript's `<T>x` is a type assertion, not JSX.
        QVERIFY(MutantFinder::find(QStringLiteral("a.ts"), QStringLiteral("x = <T>y < z;")));
    }
};

QTEST_GUILESS_MAIN(TestMutator)
#include "tst_mutator.moc"
