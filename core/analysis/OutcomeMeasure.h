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
    };
    enum class Area { Attendance, Behaviour, Attainment, Destinations, Workforce };

    QString id() const { return QString::fromLatin1(m_id); }
    Kind kind() const { return m_kind; }
    Area area() const { return m_area; }
    bool higherIsBetter() const { return m_higherIsBetter; }
    // In the interface's language:
    QString name() const;       // "Persistent absence"
    QString countName() const;  // "pupils missing 10 % or more of their sessions"
    QString baseName() const;   // "pupils"
    QString definition() const; // what the measure counts, after the DfE

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
