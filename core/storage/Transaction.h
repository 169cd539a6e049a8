#pragma once

#include "Result.h"

namespace equimark {

class SchoolFile;

// One edit = one write transaction. BEGIN IMMEDIATE takes the write lock up front, so a
// file held by another program is reported as "in use" before anything is attempted.
// Destroying an uncommitted Transaction rolls it back.
class Transaction {
public:
    explicit Transaction(SchoolFile& file);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    SchoolFile& m_file;
    bool m_open = false;
};

} // namespace equimark
