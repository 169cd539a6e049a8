#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace equimark {

// A label for text that may come from the user: shown as typed (never as rich text, so
// markup in a name or note stays harmless), wrapped to the width it is given, and
// selectable with the mouse so a statement or note can be copied.
QLabel* plainLabel(QWidget* parent = nullptr, const QString& text = {});

} // namespace equimark
