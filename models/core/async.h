// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFuture>
#include <QPromise>

#include <utility>

namespace mr {

// The one synchronous wrapper for long work. Every long operation is written once as
// `void work(QPromise<T> &promise, ...)` (progress, cancel, results); the GUI runs it through
// QtConcurrent and a PaneTask (widgets/common/panetask.h), tests and the command line through
// runSync(). Returns the last result the work added, or T{} when it added none.
template<typename T, typename F> T runSync(F &&work)
{
    QPromise<T> promise;
    QFuture<T> future = promise.future();
    promise.start();
    std::forward<F>(work)(promise);
    promise.finish();
    return future.resultCount() > 0 ? future.resultAt(future.resultCount() - 1) : T{};
}

} // namespace mr
