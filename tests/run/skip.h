#pragma once

#include <QtTest>

// QSKIP is variadic in Qt 6 and trips -Wpedantic with a single argument.
#define AUTOCODER_SKIP(message)                                                                    \
    do {                                                                                           \
        QTest::qSkip(message, __FILE__, __LINE__);                                                 \
        return;                                                                                    \
    } while (false)
