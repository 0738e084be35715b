#pragma once

#include <QString>

#include <cstdio>
#include <cstdlib>

// What every fuzz target checks with: a property that does not hold is a crash, so that
// libFuzzer stops, saves the input as a reproducer and prints what was wrong.
#define FUZZ_CHECK(condition, what)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property violated: %s\n  %s\n", __FILE__, __LINE__,       \
                #condition, qPrintable(QString(what)));                                            \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
