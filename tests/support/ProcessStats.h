#pragma once

#include <QtGlobal>

namespace Hearth::Testing {

// What a process uses, read from /proc: its resident memory in KiB, and the processor time
// it has used (user and system) in milliseconds; -1 when it cannot be read.
qint64 residentKiB(qint64 pid);
qint64 cpuMs(qint64 pid);

} // namespace Hearth::Testing
