#include "mutation/lexer.h"
#include "mutation/mutantfinder.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Autocoder::Mutation;

namespace {

QChar kindLetter(Token::Kind kind)
{
    switch (kind) {
    case Token::Kind::Identifier:
        return QLatin1Char('i');
    case Token::Kind::Number:
        return QLatin1Char('n');
    case Token::Kind::String:
        return QLatin1Char('s');
    case Token::Kind::TemplateFull:
        return QLatin1Char('t');
    case Token::Kind::TemplateHead:
        return QLatin1Char('h');
    case Token::Kind::TemplateMiddle:
        return QLatin1Char('m');
    case Token::Kind::TemplateTail:
        return QLatin1Char('e');
    case Token::Kind::Regex:
        return QLatin1Char('r');
    case Token::Kind::Punctuator:
        return QLatin1Char('p');
    }
    return QLatin1Char('?');
}

// "i:a p:< n:1" — each token's kind letter and text.
QString tokens(const QString &source)
{
    const LexResult result = Lexer::tokenize(source);
    if (!result.ok())
        return QStringLiteral("error: ") + result.error;
    QStringList out;
    for (const Token &t : result.tokens)
        out.append(kindLetter(t.kind) + QLatin1Char(':') + t.text.toString());
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestLexer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("operators")
            << QStringLiteral("a?.b ?? c === d !== e => f")
            << QStringLiteral("i:a p:?. i:b p:?? i:c p:=== i:d p:!== i:e p:=> i:f");
        QTest::newRow("conditional with a decimal")
            << QStringLiteral("a ?.5 : b") << QStringLiteral("i:a p:? n:.5 p:: i:b");
        QTest::newRow("numbers") << QStringLiteral("1_000 0xFF_FF 10n 1.5e-3 .5 0b1010")
                                 << QStringLiteral(
                                        "n:1_000 n:0xFF_FF n:10n n:1.5e-3 n:.5 n:0b1010");
        QTest::newRow("division after an operand")
            << QStringLiteral("a / b / c") << QStringLiteral("i:a p:/ i:b p:/ i:c");
        QTest::newRow("division after a call")
            << QStringLiteral("f(x) / 2") << QStringLiteral("i:f p:( i:x p:) p:/ n:2");
        QTest::newRow("regex after an operator")
            << QStringLiteral("x = /a\\/[/]b/gi.test(s)")
            << QStringLiteral("i:x p:= r:/a\\/[/]b/gi p:. i:test p:( i:s p:)");
        QTest::newRow("regex after return")
            << QStringLiteral("return /x/") << QStringLiteral("i:return r:/x/");
        QTest::newRow("comments") << QStringLiteral("a // b 'c\n/* d `e */ f")
                                  << QStringLiteral("i:a i:f");
        QTest::newRow("strings") << QStringLiteral("'a\\'b' \"c // d\"")
                                 << QStringLiteral("s:'a\\'b' s:\"c // d\"");
        QTest::newRow("template with expressions")
            << QStringLiteral("`a${b + `c${d}`}e${ {f} }g`")
            << QStringLiteral("h:`a${ i:b p:+ h:`c${ i:d e:}` m:}e${ p:{ i:f p:} e:}g`");
        QTest::newRow("hashbang and private")
            << QStringLiteral("#!/usr/bin/env node\nthis.#x") << QStringLiteral("i:this p:. i:#x");
        QTest::newRow("unterminated string")
            << QStringLiteral("a = 'b") << QStringLiteral("error: unterminated string literal");
        QTest::newRow("unterminated comment")
            << QStringLiteral("a /* b") << QStringLiteral("error: unterminated comment");
        QTest::newRow("unterminated template")
            << QStringLiteral("`a ${b") << QStringLiteral("error: unterminated template literal");
        QTest::newRow("unterminated regex")
            << QStringLiteral("x = /ab\n/")
            << QStringLiteral("error: unterminated regular expression");
        QTest::newRow("garbage") << QStringLiteral("a \x01 b")
                                 << QStringLiteral("error: unexpected character U+0001");
    }
    void tokens()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QCOMPARE(::tokens(source), expected);
    }

    void keywords()
    {
        const char *const words[] = {
            "as",       "await",     "break",      "case",    "catch", "class",    "const",
            "continue", "debugger",  "default",    "delete",  "do",    "else",     "enum",
            "export",   "extends",   "false",      "finally", "for",   "function", "if",
            "import",   "in",        "instanceof", "let",     "new",   "null",     "of",
            "return",   "satisfies", "super",      "switch",  "this",  "throw",    "true",
            "try",      "typeof",    "var",        "void",    "while", "with",     "yield"
        };
        for (const char *w : words)
            QVERIFY2(Lexer::isKeyword(QString::fromLatin1(w)), w);
        for (const char *w : { "a", "slugify", "types", "undefined", "zzz", "As", "" })
            QVERIFY2(!Lexer::isKeyword(QString::fromLatin1(w)), w);
    }

    void positions()
    {
        const LexResult r = Lexer::tokenize(QStringLiteral("a\r\n  /* x\n */ b"));
        QVERIFY(r.ok());
        QCOMPARE(r.tokens.size(), 2);
        QCOMPARE(r.tokens[1].line, 3);
        QCOMPARE(r.tokens[1].column, 5);
        QCOMPARE(r.tokens[1].offset, 14);
        QVERIFY(r.tokens[1].newlineBefore);
        QVERIFY(!r.tokens[0].newlineBefore);
    }

    // Random bytes, and files built to make a naive scanner quadratic: no crash, an answer
    // in bounded time.
    void hostileInput()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(random.bounded(256));
            const QString text = QString::fromUtf8(bytes);
            (void)Lexer::tokenize(text);
            (void)MutantFinder::find(QStringLiteral("x.ts"), text);
        }
        const QStringList shapes = {
            QStringLiteral("a < ").repeated(40000),
            QStringLiteral("(").repeated(100000),
            QStringLiteral("x: ").repeated(40000),
            QStringLiteral("return f(\n").repeated(20000),
            QStringLiteral("{\n g(1 +\n").repeated(20000),
            QStringLiteral("`${").repeated(30000),
        };
        for (const QString &shape : shapes) {
            QElapsedTimer timer;
            timer.start();
            (void)MutantFinder::find(QStringLiteral("x.ts"), shape);
            QVERIFY2(timer.elapsed() < 5000, qPrintable(shape.left(10)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLexer)
#include "tst_lexer.moc"
