#pragma once

// Catch2 3 splits the single header; Catch2 2 (Debian 12) ships catch.hpp. One include for both.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define EQUIMARK_CATCH3 1
using Catch::Approx;
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <ostream>

// Lets Catch print QStrings in failed assertions.
inline std::ostream& operator<<(std::ostream& os, const QString& value) {
    return os << '"' << value.toStdString() << '"';
}
