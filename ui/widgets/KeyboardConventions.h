#pragma once

#include <QObject>

namespace equimark {

// Tab moves between controls everywhere, so that a keyboard-only user never gets stuck:
// lists and tables are walked with the arrow keys (Tab leaves them instead of stepping
// through every cell), text areas take Tab as "next control" (Ctrl+Tab still works in
// Qt's own way), and a scroll area is no Tab stop of its own. Applied to every widget as
// it is first polished, dialogs included, so a new view cannot forget it.
class KeyboardConventions : public QObject {
public:
    // Installs the conventions once for the whole application; later calls do nothing.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace equimark
