#include "pages/PageRegistry.h"

#include "pages/Page.h"
// PAGE INCLUDES (keep this marker line)
#include "pages/AccreditationPage.h"
#include "pages/ActionPlanPage.h"
#include "pages/AmbitionsPage.h"
#include "pages/AuditPage.h"
#include "pages/EvidencePage.h"
#include "pages/HistoryPage.h"
#include "pages/OutcomesPage.h"
#include "pages/OverviewPage.h"
#include "pages/PortfolioPage.h"
#include "pages/RaceCharterPage.h"
#include "pages/ReferenceGroupPage.h"
#include "pages/SummaryGridPage.h"
#include "pages/TrainingPage.h"

namespace equimark {

namespace {
template <class P> PageEntry entry() {
    return {P::id(), P::staticTitle(), [](QWidget* parent) -> Page* { return new P(parent); }};
}
} // namespace

std::vector<PageEntry> pageEntries() {
    // PAGE LIST (keep this marker line; one `entry<XxxPage>(),` per page, in the order of the
    // process: Overview, Reference group, Audit, Summary grid, Action plan, Evidence,
    // Accreditation, then the RACE Charter Mark, the LP portfolios, the Ambitions, the
    // Outcomes, Training and the History)
    return {entry<OverviewPage>(),      entry<ReferenceGroupPage>(), entry<AuditPage>(),
            entry<SummaryGridPage>(),   entry<ActionPlanPage>(),     entry<EvidencePage>(),
            entry<AccreditationPage>(), entry<RaceCharterPage>(),    entry<PortfolioPage>(),
            entry<AmbitionsPage>(),     entry<OutcomesPage>(),       entry<TrainingPage>(),
            entry<HistoryPage>()};
}

} // namespace equimark
