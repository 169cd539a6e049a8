#include "demo/DemoTraining.h"

#include "domain/AcademicYear.h"
#include "storage/CaseStudyRepository.h"
#include "storage/ProgrammeRepository.h"
#include "storage/TrainingRepository.h"

#include <QCoreApplication>
#include <map>

namespace equimark {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoTraining)
};

// Days from today, except this one: joined after the whole-staff training day.
constexpr int JoinedThisYear = 1;

struct PersonText {
    const char* name; // invented
    Body body;
    QString role;
    bool leader;
    int joinedOffset; // days from today; 0 = not known
    int leftOffset;   // 0 = still in post
};

std::vector<PersonText> people() {
    const Body S = Body::Staff;
    const Body G = Body::Governor;
    return {
        {"Amira Haddad", S, Text::tr("Headteacher"), true, -2900, 0},
        {"Joseph Mensah", S, Text::tr("Deputy headteacher and RACE lead"), true, -2100, 0},
        {"Tom Ellison", S, Text::tr("Assistant headteacher, Year 6 teacher"), true, -1800, 0},
        {"Leila Bakr", S, Text::tr("SENDCo"), true, -1500, 0},
        {"Owen Price", S, Text::tr("English lead"), true, -1200, 0},
        {"Hana Kowalski", S, Text::tr("Maths lead"), true, -900, 0},
        {"Sam Whitworth", S, Text::tr("Class teacher, PSHE lead"), false, -1600, 0},
        {"Daniel Wright", S, Text::tr("Teaching assistant"), false, -1300, 0},
        {"Ruth Adeyemi", S, Text::tr("Class teacher, Reception"), false, -1100, 0},
        {"Callum Reid", S, Text::tr("Class teacher, Year 2"), false, -1000, 0},
        {"Mei Lin Harper", S, Text::tr("Class teacher, Year 4"), false, -800, 0},
        {"Farah Siddiqui", S, Text::tr("Class teacher, Year 5"), false, -700, 0},
        {"Josh Banner", S, Text::tr("Teaching assistant"), false, -650, 0},
        {"Niamh Doyle", S, Text::tr("Teaching assistant"), false, -600, 0},
        {"Kwame Asante", S, Text::tr("Sports coach"), false, -500, 0},
        {"Beth Morland", S, Text::tr("School business manager"), false, -2500, 0},
        {"Irina Petrova", S, Text::tr("Office administrator"), false, -400, 0},
        {"Gareth Lloyd", S, Text::tr("Site manager"), false, -3000, 0},
        {"Aisha Rahman", S, Text::tr("Lunchtime supervisor"), false, -300, 0},
        {"Ella Tran", S, Text::tr("Class teacher, Year 1 (joined this year)"), false,
         JoinedThisYear, 0},
        {"Victor Hale", S, Text::tr("Class teacher, Year 3 (left last summer)"), false, -1400,
         -130},
        {"Grace Okafor", G, Text::tr("Chair of governors"), true, -1900, 0},
        {"Peter Lund", G, Text::tr("Vice-chair of governors"), true, -1500, 0},
        {"Yasmin Ali", G, Text::tr("Parent governor"), false, -700, 0},
        {"Martin Cole", G, Text::tr("Local authority governor"), false, -1200, 0},
        {"Sophie Brennan", G, Text::tr("Staff governor"), false, -900, 0},
        {"Dev Patel", G, Text::tr("Co-opted governor"), false, -600, 0},
        {"Hannah Wood", G, Text::tr("Parent governor"), false, -200, 0},
        {"Rev. Simon Ashby", G, Text::tr("Foundation governor"), false, -1700, 0},
    };
}

} // namespace

Status DemoTraining::build(SchoolFile& file, const QDate& today, const QList<qint64>& actionIds,
                           const QList<qint64>& evidenceIds) {
    TrainingRepository training(file);
    // Sessions fall in the current academic year whatever day the demo is built: spread
    // over the part of it that has passed (a fraction of the days since 1 September).
    const QDate yearStart = AcademicYear::containing(today).firstDay();
    const qint64 span = yearStart.daysTo(today);
    const auto inYear = [&](double fraction) {
        return yearStart.addDays(qint64(double(span) * fraction));
    };
    std::map<QString, qint64> idOf;
    QList<qint64> staff, governors, leaders;
    std::map<qint64, std::pair<QDate, QDate>> dates; // joined, left
    for (const auto& text : people()) {
        Person person;
        person.name = QString::fromUtf8(text.name);
        person.body = text.body;
        person.role = text.role;
        person.leader = text.leader;
        if (text.joinedOffset == JoinedThisYear)
            person.joinedOn = inYear(0.6);
        else if (text.joinedOffset)
            person.joinedOn = today.addDays(text.joinedOffset);
        if (text.leftOffset)
            person.leftOn = today.addDays(text.leftOffset);
        auto id = training.addPerson(person);
        if (!id)
            return id.error();
        idOf[person.name] = *id;
        (text.body == Body::Staff ? staff : governors) << *id;
        if (text.leader)
            leaders << *id;
        dates[*id] = {person.joinedOn, person.leftOn};
    }
    const auto id = [&](const char* name) { return idOf[QString::fromUtf8(name)]; };

    TrainingProgramme programme;
    programme.title = Text::tr("Embedding anti-racism into school culture: leaders' programme");
    programme.provider = Text::tr("Northbridge Centre for Educational Leadership (fictional)");
    programme.aims = Text::tr(
        "Build a community of leaders who analyse and improve practice on race equality: "
        "defining a clear purpose, focusing on the issues that matter in our school, sharing "
        "ideas and embedding aspirations in everyday leadership.");
    programme.leadersApproach = Text::tr(
        "Leaders now name race and racism plainly in staff meetings and in the school "
        "improvement plan, rather than folding it into general 'inclusion'. Senior leaders "
        "review behaviour and attendance data by ethnic group each half term and ask what lies "
        "behind the gaps. Middle leaders audit their subject curriculum for representation.");
    programme.embedding = Text::tr(
        "Race equality is a standing item at senior leadership and governors' meetings. The "
        "racist incident procedure and the equality data in the termly report to governors "
        "came out of the programme; every new member of staff has race equality induction.");
    const auto ratings = std::vector<std::pair<const char*, std::pair<int, int>>>{
        {"Amira Haddad", {2, 4}}, {"Joseph Mensah", {3, 5}}, {"Tom Ellison", {2, 4}},
        {"Leila Bakr", {1, 3}},   {"Owen Price", {2, 3}},    {"Hana Kowalski", {2, 4}},
        {"Grace Okafor", {3, 4}}};
    for (const auto& [name, pair] : ratings)
        programme.ratings.push_back({id(name), pair.first, pair.second});
    for (int index : {0, 2, 11}) {
        if (index < actionIds.size())
            programme.actionIds << actionIds.at(index);
    }
    ProgrammeRepository programmes(file);
    auto programmeId = programmes.addProgramme(programme);
    if (!programmeId)
        return programmeId.error();

    struct SessionText {
        QString title;
        QString audience;
        const char* topic;
        double when; // fraction of the year so far; above 1: days ahead of today
        bool refresher;
        bool inProgramme;
    };
    const SessionText sessions[] = {
        {Text::tr("Leaders' programme 1: clarity of purpose"),
         Text::tr("Senior and middle leaders"), "anti-racist-leadership", 0.15, false, true},
        {Text::tr("Unconscious bias: whole-staff training day"), Text::tr("Whole staff"),
         "unconscious-bias", 0.05, false, false},
        {Text::tr("Leaders' programme 2: the issues that matter here"),
         Text::tr("Senior and middle leaders"), "anti-racist-leadership", 0.4, false, true},
        {Text::tr("Leaders' programme 3: sharing and embedding"),
         Text::tr("Senior and middle leaders"), "anti-racist-leadership", 0.7, false, true},
        {Text::tr("Governors' refresher: race equality and the equality duty"),
         Text::tr("Governing body"), "race-equality", 0.55, true, false},
        {Text::tr("Equality law update for the office"), Text::tr("Office staff"), "equality-law",
         0.85, false, false},
        {Text::tr("Race equality induction for new staff"), Text::tr("New staff"), "race-equality",
         21, false, false},
    };
    // Who was offered each session and who did not come (by name).
    const auto leaderNames =
        QList<qint64>{id("Amira Haddad"), id("Joseph Mensah"), id("Tom Ellison"), id("Leila Bakr"),
                      id("Owen Price"),   id("Hana Kowalski"), id("Grace Okafor")};
    const std::vector<std::pair<QList<qint64>, QList<qint64>>> offered = {
        {leaderNames, {id("Owen Price")}},
        {staff, {id("Kwame Asante"), id("Gareth Lloyd"), id("Aisha Rahman")}},
        {leaderNames, {}},
        {leaderNames, {id("Grace Okafor")}},
        {governors, {id("Dev Patel"), id("Hannah Wood")}},
        {{id("Beth Morland"), id("Irina Petrova")}, {}},
        {{id("Ella Tran"), id("Aisha Rahman"), id("Irina Petrova")}, {}},
    };
    for (std::size_t i = 0; i < std::size(sessions); ++i) {
        const auto& text = sessions[i];
        TrainingSession session;
        session.title = text.title;
        session.audience = text.audience;
        session.topic = QString::fromLatin1(text.topic);
        const bool held = text.when <= 1;
        session.heldOn = held ? inYear(text.when) : today.addDays(qint64(text.when));
        session.refresher = text.refresher;
        session.provider = text.inProgramme ? programme.provider
                                            : Text::tr("Delivered in school by the RACE lead");
        if (text.inProgramme)
            session.programmeId = *programmeId;
        for (qint64 personId : offered[i].first) {
            // Only those in post on the day were offered it.
            const auto [joined, left] = dates[personId];
            if ((joined.isValid() && joined > session.heldOn) ||
                (left.isValid() && left < session.heldOn))
                continue;
            session.attendance.push_back({personId, held && !offered[i].second.contains(personId)});
        }
        if (i == 6)
            session.notes = Text::tr("Planned: offered to staff who joined this year and those "
                                     "who missed the training day.");
        if (auto added = training.addSession(session); !added)
            return added.error();
    }

    CaseStudy recruitment;
    recruitment.programmeId = *programmeId;
    recruitment.title = Text::tr("Positive action in recruiting teaching assistants");
    recruitment.datedOn = inYear(0.75);
    recruitment.story = Text::tr(
        "After the second programme session the headteacher and SENDCo reviewed how teaching "
        "assistant vacancies were advertised. The posts were shared with two community groups "
        "and the local mosque and church, the application form was shortened, and applicants "
        "were offered an informal visit. Applications from Black and Asian candidates rose from "
        "one in the previous round to six; two were appointed.");
    for (int index : {7}) {
        if (index < evidenceIds.size())
            recruitment.evidenceIds << evidenceIds.at(index);
    }
    CaseStudy belonging;
    belonging.programmeId = *programmeId;
    belonging.title = Text::tr("Pupils' voice shaping the response to racist incidents");
    belonging.datedOn = inYear(0.9);
    belonging.story = Text::tr(
        "Year 5 and 6 pupils told the school council that they did not report racist "
        "name-calling because 'nothing happens'. Leaders used the programme's planning tool to "
        "redesign the procedure with them: every report is now acknowledged within a day and "
        "pupils are told what was done. Pupils now say they know what will happen.");
    for (int index : {0, 1}) {
        if (index < evidenceIds.size())
            belonging.evidenceIds << evidenceIds.at(index);
    }
    for (const auto* caseStudy : {&recruitment, &belonging}) {
        if (auto added = CaseStudyRepository(file).addCaseStudy(*caseStudy); !added)
            return added.error();
    }
    return {};
}

} // namespace equimark
