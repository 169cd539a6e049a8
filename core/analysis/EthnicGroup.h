#pragma once

#include <QString>
#include <vector>

namespace equimark {

// The ethnicity categories of the DfE school census, by their census codes, with "refused"
// and "information not yet obtained". Outcome counts are recorded for each (aggregates only).
class EthnicGroup {
public:
    QString code() const;  // "MWBC"
    QString name() const;  // "White and Black Caribbean", in the interface's language
    QString major() const; // "Mixed"
    // One of the groups the race equality ambitions single out: Black Caribbean and White
    // and Black Caribbean pupils.
    bool focus() const { return m_focus; }

    // In census order.
    static const std::vector<EthnicGroup>& all();
    // By code, or by name in English or in the interface's language, ignoring case; null
    // when there is none.
    static const EthnicGroup* find(const QString& codeOrName);

private:
    EthnicGroup(const char* code, const char* name, const char* major, bool focus = false)
        : m_code(code)
        , m_name(name)
        , m_major(major)
        , m_focus(focus) {}

    const char* m_code;
    const char* m_name;  // English, translated when asked for
    const char* m_major; // likewise
    bool m_focus;
};

} // namespace equimark
