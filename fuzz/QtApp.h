#pragma once

#include <QGuiApplication>

// A QGuiApplication on the offscreen platform, made once for the targets that need fonts
// or image plug-ins. libFuzzer's own arguments are not shown to Qt.
inline void makeGuiApplication(const char *name)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char *argv[] = {const_cast<char *>(name), nullptr};
    static QGuiApplication app(argc, argv);
}
