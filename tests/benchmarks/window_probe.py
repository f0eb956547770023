"""Run one window, timed from outside: a bare Qt window (the floor) or carebook on a caseload.

Prints one JSON line: when the window was shown and answering (epoch seconds), and for carebook
the time each keystroke in the Patients search took to update the table, and each tab switch.
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


def carebook(db: str, search: str) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtTest import QTest

    from carebook.ui.app import make_application, open_window

    app = make_application(sys.argv[:1])
    window, status = open_window(db)
    assert window is not None, status
    window.show()
    shown_at = _answering(app)

    switches = {}
    for number in (2, 3, 4, 5, 1):
        began = time.perf_counter()
        QTest.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        window.tabs.currentWidget().repaint()
        QCoreApplication.processEvents()
        switches[window.tabs.tabText(number - 1).replace("&", "")] = time.perf_counter() - began

    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    tab = window.list_tabs[0]
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
    window.close()
    return {
        "shown_at": shown_at,
        "keystrokes": keystrokes,
        "rows_after_search": rows,
        "tab_switches": switches,
        "keystroke_median": statistics.median(keystrokes),
        "keystroke_max": max(keystrokes),
    }


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
    result = bare() if mode == "bare" else carebook(sys.argv[2], sys.argv[3])
    result["peak_mib"] = _peak_mib()
    print(json.dumps(result))
