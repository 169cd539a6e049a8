#pragma once

#include <QString>
#include <optional>

namespace equimark {

// A RAG judgement. None means "not yet judged", which is different from Red.
enum class Rating { None, Red, Amber, Green };

// Stable ids stored in files and typed on the command line: none, red, amber, green.
QString ratingId(Rating rating);
std::optional<Rating> ratingFromId(const QString& id);
// One letter for printing and colour-blind display: R, A, G, or an en dash for none.
QString ratingLetter(Rating rating);
// Translated word: "Red", "Amber", "Green", "Not yet judged".
QString ratingLabel(Rating rating);

} // namespace equimark
