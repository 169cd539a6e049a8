#pragma once

#include <QString>
#include <vector>

namespace equimark {

// An outcome measure recorded for each year and ethnic group as two aggregate counts (a
// count and its base: sessions missed out of possible sessions), with the definition shown
// beside it. The ids are the ones the ambitions framework's criteria name ("attendance",
// "gcse-em-5"); the definitions follow the DfE's.
class OutcomeMeasure {
public:
    enum class Kind {
        Proportion, // count out of base, never more: pupils reaching a standard
        Rate,       // events per member of the base, may be more: suspensions per pupil
        Average,    // a total of points over the base: Attainment 8 per pupil
        Share,      // the group's part of everyone: staff of each group out of all staff
    };
    enum class Area { Attendance, Behaviour, Attainment, Destinations, Workforce };

    QString id() const { return QString::fromLatin1(m_id); }
    Kind kind() const { return m_kind; }
    Area area() const { return m_area; }
    bool higherIsBetter() const { return m_higherIsBetter; }
    // Whether the count and the base are numbers of people (pupils, staff, applicants) or of
    // something else (sessions, points). Only people are suppressed when few; a measure whose
    // base is not people (absence: sessions) records the pupils behind it as well.
    bool countIsPeople() const;
    bool baseIsPeople() const;
    // A group measured against the rest of the school: rates, gaps and risk ratios. A share
    // has no "others" to compare with, only a national figure.
    bool comparesGroups() const { return m_kind != Kind::Share; }
    // Shown as a percentage (proportions, shares), or as a number per pupil.
    bool isPercentage() const { return m_kind == Kind::Proportion || m_kind == Kind::Share; }
    // In the interface's language:
    QString name() const;         // "Persistent absence"
    QString countName() const;    // "pupils missing 10 % or more of their sessions"
    QString baseName() const;     // "pupils"
    QString definition() const;   // what the measure counts, after the DfE
    QString everyoneName() const; // the whole school's row: "All pupils", "All staff"

    static const std::vector<OutcomeMeasure>& all();
    static const OutcomeMeasure* find(const QString& id);

private:
    OutcomeMeasure(const char* id, Kind kind, Area area, bool higherIsBetter, const char* name,
                   const char* countName, const char* baseName, const char* definition)
        : m_id(id)
        , m_kind(kind)
        , m_area(area)
        , m_higherIsBetter(higherIsBetter)
        , m_name(name)
        , m_countName(countName)
        , m_baseName(baseName)
        , m_definition(definition) {}

    const char* m_id;
    Kind m_kind;
    Area m_area;
    bool m_higherIsBetter;
    const char* m_name; // English sources, translated when asked for
    const char* m_countName;
    const char* m_baseName;
    const char* m_definition;
};

} // namespace equimark
