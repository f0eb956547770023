"""Run one window, timed from outside: a bare Qt window (the floor) or carebook on a caseload.

Prints one JSON line: when the window was shown and answering (epoch seconds), and for carebook
the time each keystroke in the Patients search took to update the table, and each tab's first
switch: at once (the tab made then) or, with --warm, after the window has idled (made meanwhile).
"""

from __future__ import annotations

import json
import statistics
import sys
import time


def _answering(app: object) -> float:
    """Process events until the loop is idle, then the moment the window answers."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()
    return time.time()


def bare() -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for title in ("Agenda", "Patients", "Medications", "Appointments", "Tasks"):
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    window.resize(1180, 760)
    window.show()
    return {"shown_at": _answering(app)}


def carebook(db: str, search: str, warm: bool) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QSettings

    from carebook.ui.app import make_application, open_window

    app = make_application(sys.argv[:1])
    QSettings().remove("window/tab")  # the window opens on Today, as on a first start
    window, status = open_window(db)
    assert window is not None, status
    window.show()
    shown_at = _answering(app)

    # Loaded after the window answers: the test tool is not part of carebook's start.
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    if warm:  # the coordinator reads Today for a moment: the other tabs are made meanwhile
        loop = QEventLoop()
        QTimer.singleShot(2500, loop.quit)
        loop.exec()

    switches = {}
    for number in (2, 3, 4, 5, 6, 7, 8, 1):
        began = time.perf_counter()
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        window.tabs.currentWidget().repaint()
        QCoreApplication.processEvents()
        switches[window.tabs.tabText(number - 1).replace("&", "")] = time.perf_counter() - began

    tab = window.list_tab(0)  # Patients
    window.tabs.setCurrentWidget(tab)
    keystrokes = []
    for text in (search, ""):
        tab.search.clear()
        QCoreApplication.processEvents()
        for char in text or search[:1]:
            began = time.perf_counter()
            QTest.keyClick(tab.search, char)
            QCoreApplication.processEvents()  # the search timer fires: query, count, first page
            tab.table.viewport().repaint()
            keystrokes.append(time.perf_counter() - began)
    rows = tab.model.rowCount()
    window.tabs.setCurrentIndex(0)
    window.close()
    return {
        "shown_at": shown_at,
        "keystrokes": keystrokes,
        "rows_after_search": rows,
        "tab_switches": switches,
        "keystroke_median": statistics.median(keystrokes),
        "keystroke_max": max(keystrokes),
    }


def _bytecode_compiled() -> bool:
    """Whether carebook's modules were loaded from compiled bytecode (a first run compiles)."""
    import importlib.util
    import os

    import carebook.ui.main_window as window_module

    source = window_module.__file__ or ""
    cached = importlib.util.cache_from_source(source)
    return os.path.exists(cached) and os.path.getmtime(cached) >= os.path.getmtime(source)


def _peak_mib() -> float | None:
    """This process's own peak memory since it started carebook's program (Linux's VmHWM).

    The exit's resource usage is no good here: a child forked from a large test process
    counts that process's memory as its own until it runs the new program.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        result = bare()
    else:
        result = carebook(sys.argv[2], sys.argv[3], warm="--warm" in sys.argv)
        result["bytecode_compiled"] = _bytecode_compiled()
    result["peak_mib"] = _peak_mib()
    print(json.dumps(result))
