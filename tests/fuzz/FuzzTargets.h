#pragma once

#include <QByteArray>
#include <QString>

// The bodies of the libFuzzer harnesses (tests/fuzz/Fuzz*.cpp), kept apart from libFuzzer so
// that core_tests can replay the seed corpora and every saved crash through the same code in
// the normal and the sanitizer builds ([fuzz-regression]).
//
// Each takes any bytes and must return normally. It returns an empty string when every
// promise held, otherwise one sentence saying which promise broke (the harness then aborts,
// so libFuzzer saves the input). A crash, hang or sanitizer report is a finding by itself.
// A QGuiApplication must exist (reports need fonts).
namespace equimark::fuzz {

// The bytes as a school file: open() either refuses it with a message, leaving the file
// byte for byte as it was, or opens it; an opened file can be read by every repository,
// checked by SchoolChecker and turned into reports.
QString openSchool(const QByteArray& bytes);

// The bytes as a framework definition: FrameworkLoader::load gives a framework or a message.
QString frameworkJson(const QByteArray& bytes);

// The bytes as a CSV file: read either gives rows of equal width with a position for every
// field, or rejects the file with a line, a column and a reason. Rows that were read, written
// by CsvWriter and read again come back as written.
QString csv(const QByteArray& bytes);

// The bytes as text a user typed into an action (title, owner, success criteria, impact, a
// progress note): stored, built into the action plan report and written as a PDF.
QString reportText(const QByteArray& bytes);

} // namespace equimark::fuzz
