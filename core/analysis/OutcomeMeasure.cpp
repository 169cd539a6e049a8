#include "analysis/OutcomeMeasure.h"

#include <QCoreApplication>
#include <string_view>

namespace equimark {

namespace {
QString translated(const char* text) {
    return QCoreApplication::translate("OutcomeMeasure", text);
}
} // namespace

QString OutcomeMeasure::name() const {
    return translated(m_name);
}

QString OutcomeMeasure::countName() const {
    return translated(m_countName);
}

QString OutcomeMeasure::baseName() const {
    return translated(m_baseName);
}

QString OutcomeMeasure::definition() const {
    return translated(m_definition);
}

QString OutcomeMeasure::everyoneName() const {
    if (m_id == std::string_view("appointments"))
        return translated(QT_TRANSLATE_NOOP("OutcomeMeasure", "All applicants"));
    if (m_area == Area::Workforce)
        return translated(QT_TRANSLATE_NOOP("OutcomeMeasure", "All staff"));
    if (m_area == Area::Destinations)
        return translated(QT_TRANSLATE_NOOP("OutcomeMeasure", "All students"));
    return translated(QT_TRANSLATE_NOOP("OutcomeMeasure", "All pupils"));
}

bool OutcomeMeasure::countIsPeople() const {
    return m_id != std::string_view("attendance") && m_kind != Kind::Average;
}

bool OutcomeMeasure::baseIsPeople() const {
    return m_id != std::string_view("attendance");
}

// lupdate reads the QT_TRANSLATE_NOOP calls; the names are translated when asked for.
const std::vector<OutcomeMeasure>& OutcomeMeasure::all() {
    using K = Kind;
    using A = Area;
    static const char* const pupils = QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils");
    static const std::vector<OutcomeMeasure> measures{
        {"attendance", K::Proportion, A::Attendance, false,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Absence"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "sessions missed"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "possible sessions"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Sessions missed through authorised and unauthorised absence, as a share of "
             "possible sessions. A session is a morning or an afternoon.")},
        {"persistent-absence", K::Proportion, A::Attendance, false,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Persistent absence"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils missing 10% or more of their sessions"),
         pupils,
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Pupils who missed 10% or more of their own possible sessions, as a share of "
             "pupils on roll.")},
        {"suspensions", K::Rate, A::Behaviour, false,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Suspensions"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "suspensions"), pupils,
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "The number of suspensions (fixed-period exclusions) as a share of pupils on "
             "roll; a pupil suspended twice counts twice.")},
        {"suspended-pupils", K::Proportion, A::Behaviour, false,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Pupils with one or more suspensions"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils suspended"), pupils,
         QT_TRANSLATE_NOOP("OutcomeMeasure",
                           "Pupils with at least one suspension, as a share of pupils on roll.")},
        {"permanent-exclusions", K::Proportion, A::Behaviour, false,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Permanent exclusions"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "permanent exclusions"), pupils,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Permanent exclusions as a share of pupils on roll.")},
        {"ks2-rwm-expected", K::Proportion, A::Attainment, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "KS2 reading, writing and maths: expected standard"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils at the expected standard"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils at the end of key stage 2"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Pupils at the end of key stage 2 who reached the expected standard in all of "
             "reading, writing and maths.")},
        {"ks2-rwm-higher", K::Proportion, A::Attainment, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "KS2 reading, writing and maths: higher standard"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils at the higher standard"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils at the end of key stage 2"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Pupils at the end of key stage 2 who reached the higher standard in all of "
             "reading, writing and maths.")},
        {"gcse-em-5", K::Proportion, A::Attainment, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "GCSE English and maths, grade 5 or above"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils with grade 5 or above in both"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils at the end of key stage 4"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Pupils at the end of key stage 4 who achieved grade 5 or above in both English "
             "and maths.")},
        {"attainment8", K::Average, A::Attainment, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Attainment 8"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Attainment 8 points, added up"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "pupils at the end of key stage 4"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "The average Attainment 8 score per pupil: points across eight qualifications, "
             "with English and maths counting twice.")},
        {"he", K::Proportion, A::Destinations, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Progression to higher education"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "students going on to higher education"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "students in the cohort"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Students in sustained higher education after key stage 5, as a share of the "
             "cohort.")},
        {"he-high-tariff", K::Proportion, A::Destinations, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Progression to high-tariff providers"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "students going on to a high-tariff provider"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "students in the cohort"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Students going on to the third of higher education providers with the highest "
             "entry requirements, as a share of the cohort.")},
        {"workforce-leaders", K::Proportion, A::Workforce, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Leaders"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "leaders of the group"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "staff of the group"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Members of staff of each ethnic group who are in the senior leadership team, as "
             "a share of that group's staff.")},
        {"workforce-staff", K::Share, A::Workforce, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Staff"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "staff of the group"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "staff"),
         QT_TRANSLATE_NOOP("OutcomeMeasure",
                           "Members of staff of each ethnic group, as a share of all staff. The "
                           "base is the school's whole staff, the same on every row.")},
        {"appointments", K::Proportion, A::Workforce, true,
         QT_TRANSLATE_NOOP("OutcomeMeasure", "Appointments"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "applicants appointed"),
         QT_TRANSLATE_NOOP("OutcomeMeasure", "applicants"),
         QT_TRANSLATE_NOOP(
             "OutcomeMeasure",
             "Applicants who were appointed, as a share of applicants, for posts advertised "
             "in the year.")},
    };
    return measures;
}

const OutcomeMeasure* OutcomeMeasure::find(const QString& id) {
    for (const OutcomeMeasure& measure : all()) {
        if (measure.id() == id)
            return &measure;
    }
    return nullptr;
}

} // namespace equimark
