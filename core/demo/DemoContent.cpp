#include "demo/DemoContent.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPainter>

namespace equimark::demo {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoSchool)
};

// A stable number from a statement id, so the demo is the same on every machine.
int spread(const QString& id, int salt) {
    unsigned value = 2166136261u + static_cast<unsigned>(salt);
    for (const QChar c : id)
        value = (value ^ c.unicode()) * 16777619u;
    return static_cast<int>(value % 100);
}

struct Bias {
    const char* strand;
    int green; // percent of statements judged green
    int amber; // then amber; the rest red
};

// Where the demo school stands: strong on race (its verified badge), weakest on sexual
// orientation, as a school early in the programme would be.
constexpr Bias lastYear[] = {{"race", 70, 25},
                             {"gender", 45, 40},
                             {"disability", 30, 50},
                             {"socio-economic", 35, 45},
                             {"sexual-orientation", 15, 45},
                             {"religion-belief", 50, 35}};

Rating biased(const AuditStatement& statement, int shift, int salt) {
    int green = 40;
    int amber = 40;
    for (const auto& bias : lastYear) {
        if (statement.strandId == QLatin1String(bias.strand)) {
            green = bias.green;
            amber = bias.amber;
        }
    }
    const int roll = spread(statement.id, salt);
    if (roll < std::min(100, green + shift))
        return Rating::Green;
    if (roll < std::min(100, green + amber + shift))
        return Rating::Amber;
    return Rating::Red;
}

} // namespace

School school() {
    School s;
    s.name = QStringLiteral("Millbrook Vale Primary School");
    s.urn = QStringLiteral("999123");
    s.phase = Phase::Primary;
    s.localAuthority = QStringLiteral("Lancashire");
    s.supportLevel = SupportLevel::Silver;
    s.meetingFrequency = Text::tr("Half-termly, after school on a Tuesday");
    return s;
}

std::vector<PersonText> members() {
    return {
        {QStringLiteral("Amira Haddad"), MemberRole::SeniorLeader,
         Text::tr("Headteacher; chairs the group")},
        {QStringLiteral("Tom Ellison"), MemberRole::Teacher,
         Text::tr("Equality coordinator; Year 5 teacher")},
        {QStringLiteral("Sam Whitworth"), MemberRole::Teacher, Text::tr("PSHE and RSHE lead")},
        {QStringLiteral("Daniel Wright"), MemberRole::SupportStaff,
         Text::tr("Teaching assistant; keeps the evidence store")},
        {QStringLiteral("Grace Okafor"), MemberRole::Governor,
         Text::tr("Governor responsible for equality")},
        {QStringLiteral("Priya Mistry"), MemberRole::ParentCarer,
         Text::tr("Parent of children in Years 2 and 4")},
        {Text::tr("School council representatives (Years 5 and 6)"), MemberRole::Pupil,
         Text::tr("Two pupils attend in turn; pupils' names are not recorded here")},
    };
}

std::vector<MeetingText> meetings() {
    return {
        {30,
         Text::tr("First meeting. Read the programme overview together and agreed how the group "
                  "will work."),
         Text::tr(
             "Meet half-termly. Tom Ellison coordinates. Audit split between three small groups.")},
        {75,
         Text::tr("Groups reported on the audit so far. Parents' view sought on the community "
                  "element."),
         Text::tr("Priya Mistry to run a coffee-morning discussion on trips and costs.")},
        {120, Text::tr("Audit finished. Discussed the findings strand by strand."),
         Text::tr(
             "Race and gender first; disability next year, starting with the accessibility plan.")},
        {200,
         Text::tr("Agreed the summary grid and the action plan, linked to the School Improvement "
                  "Plan."),
         Text::tr(
             "Summary grid agreed (one cell changed from the suggestion, see rationale). Action "
             "plan approved for governors.")},
        {290,
         Text::tr("Reviewed the Race accreditation summary before sending it to the equality "
                  "team."),
         Text::tr("Summary approved for submission. Evidence folder checked by Daniel Wright.")},
        {395, Text::tr("New year: started this year's audit, carrying last year's notes forward."),
         Text::tr(
             "Curriculum team takes the curriculum element; Grace Okafor the disability strand.")},
    };
}

Rating lastYearRating(const AuditStatement& statement) {
    return biased(statement, 0, 1);
}

Rating thisYearRating(const AuditStatement& statement) {
    // A year of actions later, a few more statements hold.
    return biased(statement, 12, 1);
}

QString evidenceNote(const AuditStatement& statement, Rating rating) {
    static const char* green[] = {
        QT_TRANSLATE_NOOP("DemoSchool", "Seen in practice and confirmed by pupil voice; reviewed "
                                        "by governors this year."),
        QT_TRANSLATE_NOOP("DemoSchool", "Embedded: monitoring shows consistent practice in every "
                                        "class. Evidence in the equality folder."),
        QT_TRANSLATE_NOOP("DemoSchool", "In the governors' minutes and the published equality "
                                        "information on the website."),
    };
    static const char* amber[] = {
        QT_TRANSLATE_NOOP("DemoSchool", "In place in most classes but not yet consistent; "
                                        "picked up in the action plan."),
        QT_TRANSLATE_NOOP("DemoSchool", "Started this year; too early to see the impact."),
        QT_TRANSLATE_NOOP("DemoSchool", "Policy written; staff training planned for next term."),
    };
    static const char* red[] = {
        QT_TRANSLATE_NOOP("DemoSchool", "Not yet in place. The group agreed this is a priority."),
        QT_TRANSLATE_NOOP("DemoSchool", "No monitoring at present."),
        QT_TRANSLATE_NOOP("DemoSchool", "Raised by parents at the focus group; nothing formal "
                                        "yet."),
    };
    const int pick = spread(statement.id, 7) % 3;
    switch (rating) {
    case Rating::Green:
        return Text::tr(green[pick]);
    case Rating::Amber:
        return Text::tr(amber[pick]);
    case Rating::Red:
        return Text::tr(red[pick]);
    case Rating::None:
        break;
    }
    return {};
}

QString gridRationale(Rating rating) {
    switch (rating) {
    case Rating::Green:
        return Text::tr("Agreed as suggested: the statements hold and the evidence shows impact.");
    case Rating::Amber:
        return Text::tr("Agreed as suggested: practice is developing but not yet consistent.");
    case Rating::Red:
        return Text::tr("Agreed as suggested: a priority for the action plan.");
    case Rating::None:
        break;
    }
    return {};
}

std::vector<ActionPlan> actions() {
    using S = ActionStatus;
    return {
        {Text::tr("Introduce one procedure for recording and responding to racist incidents"),
         {QStringLiteral("race")},
         QStringLiteral("behaviour"),
         QStringLiteral("SIP 2: Behaviour and attitudes"),
         QStringLiteral("Amira Haddad"),
         -420,
         -220,
         Text::tr(
             "Every incident logged within a day; parents informed; termly report to governors."),
         Text::tr("Staff meeting time"),
         S::Complete,
         Text::tr(
             "All incidents since January logged within a day; governors receive a termly "
             "anonymised summary. Pupils say they know what will happen if they report racism."),
         {Text::tr("Procedure drafted with the behaviour lead."),
          Text::tr("Staff trained at a twilight "
                   "session."),
          Text::tr("First termly summary to governors.")}},
        {Text::tr("Audit reading books and library stock for representation"),
         {QStringLiteral("race"), QStringLiteral("religion-belief")},
         QStringLiteral("curriculum"),
         QStringLiteral("SIP 1: Reading"),
         QStringLiteral("Daniel Wright"),
         -400,
         -260,
         Text::tr(
             "Every class library includes books by and about people from a range of ethnic and "
             "faith backgrounds."),
         Text::tr("£650 for new books"),
         S::Complete,
         Text::tr("120 new titles; loans of the new books are among the highest in the library."),
         {Text::tr("Audit of class libraries done with the school council."),
          Text::tr("Books ordered and catalogued.")}},
        {Text::tr("Train all staff and governors in recognising and challenging racism"),
         {QStringLiteral("race")},
         QStringLiteral("staffing"),
         QStringLiteral("SIP 4: Leadership"),
         QStringLiteral("Tom Ellison"),
         -380,
         -240,
         Text::tr("All staff and governors attend; confidence survey before and after."),
         Text::tr("£300 external trainer"),
         S::Complete,
         Text::tr("Staff confidence in discussing race rose from 41% to 86% (survey, 38 staff)."),
         {Text::tr("Trainer booked for the spring twilight."),
          Text::tr("Survey repeated after training.")}},
        {Text::tr("Review the uniform policy with pupils and parents"),
         {QStringLiteral("gender"), QStringLiteral("socio-economic")},
         QStringLiteral("policy"),
         QStringLiteral("SIP 3: Personal development"),
         QStringLiteral("Priya Mistry"),
         -300,
         -120,
         Text::tr("Uniform options are gender-neutral and the full uniform costs under £40."),
         Text::tr("None"),
         S::Complete,
         Text::tr("Trousers, skirts and shorts open to all; second-hand uniform rail used by 60 "
                  "families."),
         {Text::tr("Consultation with parents and the school council.")}},
        {Text::tr("Bring women working in science and engineering into school as role models"),
         {QStringLiteral("gender")},
         QStringLiteral("curriculum"),
         QStringLiteral("SIP 1: Curriculum"),
         QStringLiteral("Sam Whitworth"),
         -90,
         60,
         Text::tr("Every Key Stage 2 class meets at least one visitor; girls' interest in science "
                  "careers rises in the pupil survey."),
         Text::tr("£200 travel"),
         S::InProgress,
         QString(),
         {Text::tr("Three visitors booked through the county STEM network.")}},
        {Text::tr("Update the accessibility plan and publish it on the website"),
         {QStringLiteral("disability")},
         QStringLiteral("policy"),
         QStringLiteral("SIP 4: Leadership"),
         QStringLiteral("Amira Haddad"),
         -120,
         -14,
         Text::tr("A current three-year plan, agreed by governors, published."),
         Text::tr("Governor time"),
         S::InProgress,
         QString(),
         {Text::tr("Site walk with the premises manager done."),
          Text::tr("Draft shared with governors.")}},
        {Text::tr("Cap the cost of trips and publish how families can get help with costs"),
         {QStringLiteral("socio-economic")},
         QStringLiteral("community"),
         QStringLiteral("SIP 3: Personal development"),
         QStringLiteral("Tom Ellison"),
         -60,
         90,
         Text::tr("No pupil misses a trip for cost; the help available is on the website."),
         Text::tr("£1,500 from pupil premium"),
         S::InProgress,
         QString(),
         {Text::tr("Costs of last year's trips collated.")}},
        {Text::tr("Teach an RSHE unit on different families in every year group"),
         {QStringLiteral("sexual-orientation")},
         QStringLiteral("curriculum"),
         QStringLiteral("SIP 3: Personal development"),
         QStringLiteral("Sam Whitworth"),
         20,
         150,
         Text::tr(
             "Every year group teaches the unit; parents are invited to see the materials first."),
         Text::tr("£120 resources"),
         S::NotStarted,
         QString(),
         {}},
        {Text::tr("Log and challenge homophobic language, with termly reports to governors"),
         {QStringLiteral("sexual-orientation")},
         QStringLiteral("behaviour"),
         QStringLiteral("SIP 2: Behaviour and attitudes"),
         QStringLiteral("Amira Haddad"),
         -40,
         -5,
         Text::tr("Incidents logged like racist incidents; staff challenge every time."),
         Text::tr("None"),
         S::NotStarted,
         QString(),
         {}},
        {Text::tr("Create a quiet reflection and prayer space for lunchtimes"),
         {QStringLiteral("religion-belief")},
         QStringLiteral("environment"),
         QStringLiteral("SIP 3: Personal development"),
         QStringLiteral("Daniel Wright"),
         -200,
         -90,
         Text::tr("A calm space is open every lunchtime and pupils of any faith or none use it."),
         Text::tr("£250 furnishings"),
         S::Complete,
         Text::tr("Used by about 15 pupils a day; pupils say it helps them feel settled."),
         {Text::tr("Room agreed and furnished with the school council.")}},
        {Text::tr("Survey families on festivals and dietary needs"),
         {QStringLiteral("religion-belief")},
         QStringLiteral("community"),
         QStringLiteral("SIP 3: Personal development"),
         QStringLiteral("Priya Mistry"),
         -250,
         -150,
         Text::tr("The school calendar and menus reflect the families' festivals and needs."),
         Text::tr("None"),
         S::Dropped,
         Text::tr("Dropped: the parent focus group (below) now covers this."),
         {}},
        {Text::tr("Add equality data to the termly report to governors"),
         {QStringLiteral("race"), QStringLiteral("disability"), QStringLiteral("socio-economic")},
         QStringLiteral("data"),
         QStringLiteral("SIP 4: Leadership"),
         QStringLiteral("Tom Ellison"),
         -70,
         30,
         Text::tr("Attendance and suspensions by group, with small numbers suppressed, in every "
                  "termly report."),
         Text::tr("Office time"),
         S::InProgress,
         QString(),
         {Text::tr("Template agreed with the chair of governors.")}},
        {Text::tr("Set up a parent focus group on inclusion"),
         {QStringLiteral("race"), QStringLiteral("religion-belief")},
         QStringLiteral("community"),
         QStringLiteral("SIP 3: Personal development"),
         QStringLiteral("Priya Mistry"),
         -100,
         -30,
         Text::tr(
             "A group that reflects the school's families meets every term and shapes policy."),
         Text::tr("Refreshments"),
         S::InProgress,
         QString(),
         {Text::tr("Invitations sent in three community languages.")}},
    };
}

std::vector<EvidenceText> evidence() {
    using K = EvidenceKind;
    return {
        {Text::tr("Racist incident summary for governors (anonymised, termly)"),
         K::Data,
         -230,
         Text::tr("Counts only: no pupil is named or identifiable."),
         {QStringLiteral("behaviour.race.1")},
         {QStringLiteral("race")},
         {0},
         QStringLiteral("incident-summary.csv"),
         QStringLiteral("Term,Incidents recorded,Logged within a day,Parents informed\r\n"
                        "Autumn,6,6,6\r\nSpring,4,4,4\r\nSummer,2,2,2\r\n")},
        {Text::tr("Pupil voice: Years 5 and 6 on belonging"),
         K::PupilVoice,
         -215,
         Text::tr("Focus group of twelve pupils led by the equality coordinator."),
         {QStringLiteral("pupil-voice.race.1")},
         {QStringLiteral("race")},
         {1, 2},
         QStringLiteral("focus-group-notes.txt"),
         Text::tr(
             "What pupils said (no names recorded):\n- \"Our library has books with people who "
             "look like my family now.\"\n- \"If someone is racist a teacher always sorts it "
             "out.\"\n- Pupils asked for more assemblies about festivals.\n")},
        {Text::tr("Photographs of the refreshed class libraries"),
         K::Photo,
         -250,
         Text::tr("Book displays in Years 3 and 5 after the audit; no pupils in the pictures."),
         {QStringLiteral("curriculum.race.1"), QStringLiteral("environment.race.1")},
         {QStringLiteral("race")},
         {1},
         QStringLiteral("class-library.png"),
         QString()},
        {Text::tr("Uniform consultation results"),
         K::Data,
         -140,
         Text::tr("Responses from 164 families and every class council."),
         {QStringLiteral("policy.gender.1")},
         {QStringLiteral("gender")},
         {3},
         QStringLiteral("uniform-consultation.csv"),
         QStringLiteral(
             "Question,Agree,Not sure,Disagree\r\n\"Any pupil may wear trousers, "
             "skirts or shorts\",138,17,9\r\n\"Second-hand rail is helpful\",151,10,3\r\n")},
        {Text::tr("Governors' minutes: equality objectives approved"),
         K::Minutes,
         -190,
         Text::tr("Full governing body, spring term."),
         {QStringLiteral("leadership.race.1"), QStringLiteral("policy.race.1")},
         {QStringLiteral("race"), QStringLiteral("gender")},
         {},
         QStringLiteral("governors-minutes.txt"),
         Text::tr("Item 6. Equality objectives 2025-2029 approved. The governor responsible for "
                  "equality reported on the audit findings and the action plan.\n")},
        {Text::tr("Accessibility plan (draft)"),
         K::Document,
         -20,
         Text::tr("Draft for governors; to be published when approved."),
         {QStringLiteral("policy.disability.1")},
         {QStringLiteral("disability")},
         {5},
         QStringLiteral("accessibility-plan-draft.txt"),
         Text::tr("Accessibility plan (draft)\n1. Improving access to the curriculum\n2. Improving "
                  "the physical environment: ramp to the Year 1 classroom\n3. Improving written "
                  "information: large-print and translated letters on request\n")},
        {Text::tr("Observation: lesson on families in Year 4"),
         K::Observation,
         -35,
         Text::tr("Pupils discussed different families confidently; one pupil used homophobic "
                  "language in the playground the same day, which was challenged."),
         {QStringLiteral("curriculum.sexual-orientation.1")},
         {QStringLiteral("sexual-orientation")},
         {7},
         QString(),
         QString()},
        {Text::tr("Staff survey on confidence in discussing race"),
         K::StaffVoice,
         -235,
         Text::tr("Before and after the training; 38 staff."),
         {},
         {QStringLiteral("race")},
         {2},
         QStringLiteral("staff-confidence.csv"),
         QStringLiteral("Survey,Staff responding,Confident or very confident\r\nBefore "
                        "training,37,15\r\nAfter training,38,33\r\n")},
        {Text::tr("Parent voice: coffee morning on trips and costs"),
         K::ParentVoice,
         -45,
         Text::tr("Eighteen parents attended; notes taken by a governor."),
         {},
         {QStringLiteral("socio-economic")},
         {6},
         QString(),
         QString()},
    };
}

QByteArray attachmentBytes(const EvidenceText& entry) {
    if (!entry.attachmentName.endsWith(QLatin1String(".png")))
        return entry.attachmentText.toUtf8();
    // A simple drawing of a bookshelf: an image attachment without any real photograph.
    QImage image(480, 320, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf1, 0xea));
    QPainter painter(&image);
    painter.fillRect(20, 90, 440, 12, QColor(0x8d, 0x6e, 0x63));
    painter.fillRect(20, 200, 440, 12, QColor(0x8d, 0x6e, 0x63));
    painter.fillRect(20, 300, 440, 12, QColor(0x8d, 0x6e, 0x63));
    const QColor colours[] = {QColor(0xc6, 0x28, 0x28), QColor(0x1e, 0x88, 0xe5),
                              QColor(0xf9, 0xa8, 0x25), QColor(0x43, 0xa0, 0x47),
                              QColor(0x6a, 0x1b, 0x9a), QColor(0x00, 0x83, 0x8f)};
    for (int shelf = 0; shelf < 3; ++shelf) {
        int x = 30;
        for (int book = 0; x < 440; ++book) {
            const int width = 14 + (book * 7 + shelf * 3) % 12;
            const int height = 60 + (book * 13 + shelf * 5) % 25;
            painter.fillRect(x, 90 + shelf * 110 - height + (shelf == 2 ? -10 : 0), width, height,
                             colours[(book + shelf) % 6]);
            x += width + 3;
        }
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Visit accreditationVisit() {
    Visit visit;
    visit.kind = VisitKind::Accreditation;
    visit.advisor = QStringLiteral("Jo Marsden (equality advisor)");
    visit.focus = Text::tr("Accreditation of the Race Equality Badge");
    visit.walkNotes = Text::tr("Displays in every corridor reflect the school's families; class "
                               "libraries refreshed; the reflection room is in use at lunchtime.");
    visit.meetings = {
        {0, MetWith::Pupils,
         Text::tr("Eight pupils from Years 3 to 6. They know how to report racism and trust that "
                  "adults act. They talked about the new books with enthusiasm.")},
        {0, MetWith::Staff,
         Text::tr("Teachers described the incident procedure and how the training changed their "
                  "confidence.")},
        {0, MetWith::Governors,
         Text::tr("The equality governor explained how governors use the termly summary.")},
    };
    visit.outcomes = Text::tr("Race accreditation summary verified; Race Equality Badge awarded.");
    visit.nextSteps =
        Text::tr("Next: the Gender strand, then Disability with the accessibility plan.");
    return visit;
}

Visit advisoryVisit() {
    Visit visit;
    visit.kind = VisitKind::Advisory;
    visit.advisor = QStringLiteral("Jo Marsden (equality advisor)");
    visit.focus = Text::tr("Progress on the Gender and Disability strands; this year's audit");
    return visit;
}

std::vector<NetworkMeeting> networkMeetings(const AcademicYear& from) {
    const QDate start = from.firstDay();
    return {
        {0, start.addDays(55), QStringLiteral("Tom Ellison"), QString(),
         Text::tr("Update on the Public Sector Equality Duty; sharing incident procedures.")},
        {0, start.addDays(170), QStringLiteral("Tom Ellison"), QStringLiteral("Grace Okafor"),
         Text::tr("Training: using data by ethnic group; small-number suppression.")},
        {0, start.addDays(285), QStringLiteral("Tom Ellison"), QString(),
         Text::tr("Schools shared accreditation summaries; advice on evidence of impact.")},
        {0, start.addDays(420), QStringLiteral("Tom Ellison"), QStringLiteral("Sam Whitworth"),
         Text::tr("RSHE and the sexual orientation strand; resources shared.")},
    };
}

SummaryText raceSummary() {
    return {
        Text::tr(
            "We introduced one procedure for recording and responding to racist incidents, "
            "trained every member of staff and the governors, and refreshed the class libraries "
            "with the school council. Pupils now say that adults always act when they report "
            "racism, and the books they read reflect their families."),
        Text::tr(
            "Incidents logged within a day: 100% (was not monitored). Staff confident to discuss "
            "race: 86% (was 41%). 120 new library titles."),
        Text::tr("The reference group agrees that race equality is now embedded in our behaviour, "
                 "curriculum and staffing practice, and will keep it under review each term."),
    };
}

SummaryText genderSummary() {
    return {
        Text::tr(
            "Uniform is open to every pupil whatever their sex, and families can get second-hand "
            "uniform at no cost. Women working in science and engineering visit every Key Stage 2 "
            "class."),
        Text::tr("Uniform consultation: 84% of families agreed (164 responses)."),
        Text::tr(
            "The group believes the gender strand is ready for verification at the next visit."),
    };
}

SummaryText disabilitySummary() {
    return {Text::tr("Draft: the accessibility plan is being updated; outcomes to follow."),
            QString(), QString()};
}

std::vector<CharterJudgementText> charterJudgements() {
    return {
        {QStringLiteral("1.1"),
         QStringLiteral("embedded"),
         Text::tr(
             "Joseph Mensah, deputy headteacher, has been the senior leader for RACE since the "
             "start of last school year. The role is in his job description, he reports to "
             "governors every term and the RACE "
             "working group meets half-termly."),
         {4},
         {}},
        {QStringLiteral("1.2"),
         QStringLiteral("established"),
         Text::tr("Governors approved the equality objectives and receive the anonymised racist "
                  "incident summary every term. Next step: a statement of zero tolerance in the "
                  "governors' code of conduct."),
         {4, 0},
         {0}},
        {QStringLiteral("1.3"),
         QStringLiteral("emerging"),
         Text::tr(
             "Race equality is now in the job descriptions of senior leaders; middle leaders' "
             "appraisal objectives follow this year. All staff and governors are being trained."),
         {7},
         {2}},
        {QStringLiteral("1.4"),
         QStringLiteral("emerging"),
         Text::tr(
             "Two colleagues from ethnic minority backgrounds are being coached towards middle "
             "leadership. The school does not yet look at progression across all staff."),
         {},
         {}},
    };
}

QString charterTarget() {
    return QStringLiteral("silver");
}

PractitionerText practitioner() {
    return {QStringLiteral("Joseph Mensah"), Text::tr("Deputy headteacher and RACE lead")};
}

PortfolioText portfolio() {
    return {
        Text::tr("RACE Lead Practitioner accreditation"),
        70,
        {{QStringLiteral("S2"), SelfAssessment::Developing,
          Text::tr(
              "Coaching colleagues is new to me; I am learning to step back and let them lead.")},
         {QStringLiteral("S3"), SelfAssessment::Secure,
          Text::tr("I set up the RACE working group and changed how leaders' responsibilities are "
                   "written; the policies show it.")}},
        {Text::tr("Leading whole-school change on race equality: setting up structures that make "
                  "it everyone's responsibility, not one person's project."),
         Text::tr("Governors' minutes, job descriptions and the staff survey (confidence in "
                  "discussing race rose from 41% to 86%) show the change reached beyond my own "
                  "team."),
         QString(), QString()}};
}

std::vector<ImpactText> impactItems() {
    return {
        {Text::tr("Set up the RACE working group and its terms of reference"),
         Text::tr("Senior leaders, two governors and volunteer staff"),
         Text::tr(
             "Race equality became a standing item for senior leaders and governors instead of an "
             "occasional topic."),
         Text::tr("Governors' minutes record the termly RACE report; the group has met every "
                  "half-term."),
         -420,
         -360,
         {QStringLiteral("1.1")},
         {QStringLiteral("S3")},
         {4}},
        {Text::tr("Wrote race equality into every senior leader's job description"),
         Text::tr("The senior leadership team and the governor responsible for equality"),
         Text::tr("Each senior leader now owns a race equality objective and reports on it."),
         Text::tr("Revised job descriptions; appraisal records reviewed with the headteacher."),
         -150,
         -60,
         {QStringLiteral("1.3")},
         {QStringLiteral("S3")},
         {}},
        {Text::tr("Co-led the staff and governor training on recognising and challenging racism"),
         Text::tr("All 38 staff and the governing body, with the external trainer"),
         Text::tr("Staff confidence in discussing race rose from 41% to 86%; staff now challenge "
                  "racist language themselves."),
         Text::tr("Staff survey before and after the training."),
         -250,
         -235,
         {QStringLiteral("1.3")},
         {QStringLiteral("S2"), QStringLiteral("S3")},
         {7}},
        {Text::tr(
             "Coaching two colleagues from ethnic minority backgrounds towards middle leadership"),
         Text::tr("Two teachers (names not recorded here)"),
         Text::tr("One colleague now leads a subject; the other is leading a year-group project."),
         Text::tr("Coaching log and the colleagues' own written reflections."),
         -120,
         std::nullopt,
         {QStringLiteral("1.4")},
         {QStringLiteral("S2")},
         {}},
    };
}

} // namespace equimark::demo
