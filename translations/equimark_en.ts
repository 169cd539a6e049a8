<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccreditationRepository</name>
    <message>
        <source>This accreditation summary has been verified, so it can no longer be changed. The verification has to be withdrawn first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no accreditation summary number %1 in this school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 strand already has an accreditation summary in progress (number %2); carry on with that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft accreditation summary that was never submitted can be removed; this one has a history to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action number %1 to link to the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no piece of evidence number %1 to link to the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the summary was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This accreditation summary has already been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcomes achieved before submitting the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the advisor who verified the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the summary was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This accreditation summary has already been verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted accreditation summary can be verified; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary cannot be verified on %1, before it was submitted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit number %1 in this school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This strand&apos;s badge was already awarded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the advisor returning the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date the summary was returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the school needs to change before the summary is submitted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a submitted accreditation summary can be returned to the school; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the verification is being withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a verified accreditation summary can have its verification withdrawn; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccreditationSummary</name>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccreditationSummaryReport</name>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no accreditation summary for the %1 strand yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions have been linked to this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence has been linked to this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary grid for %1 since the first audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement from the equality reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor&apos;s comments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet submitted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Adds an action to the school&apos;s action plan and prints its number. --strand may be repeated (or list ids with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An equality strand id, e.g. race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An element id, e.g. leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added action %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionCsv</name>
    <message>
        <source>&quot;%1&quot; is not a column of an action plan file. The first row names the columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row has no &quot;%1&quot; column. It names the columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of the %2. Use one or more of: %3, separated by &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; has no equality strand; name at least one, e.g. race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of the %2. Use one of: %3; or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action is due (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status. Use one of: %2; or leave it empty for not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty. Its first row must name the columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality action plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of which %2 complete and %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue as at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action that serves several strands is listed under each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress and impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions match this selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>There is no action %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one equality strand for the action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is due on %2, before it starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress note needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no progress note %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; cannot be put back without its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; cannot be put back: action %2 is already in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbitionRepository</name>
    <message>
        <source>&quot;%1&quot; is not a framework of ambitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year; write it like 2026-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no success criterion &quot;%1&quot; in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmbitionsReport</name>
    <message>
        <source>This school file does not use the race equality leadership ambitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year; write it like 2026-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race equality leadership ambitions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the school stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each year is judged afresh: a criterion not judged in a year counts as not started. Every status is the school&apos;s own judgement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Lists the statement ids of the file&apos;s audit framework, one a line (with --json: their element, strand and text too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the judgement of one audit statement for a school year (starting that year&apos;s audit if needed). Without --note the statement&apos;s note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement id (see &quot;audit items&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red, amber, green or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RATING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year; write it like 2026-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; use red, amber, green or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRecordReport</name>
    <message>
        <source>Whole-school audit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>&quot;%1&quot; is not an audit statement of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No whole-school audit has been started for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no audit number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole-school audit for %1 has already been started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the section is delegated to: a person or a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an element, a strand, or both to delegate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit has no delegation number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseStudyRepository</name>
    <message>
        <source>There is no case study %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case study needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence %1 in the evidence store to link; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterReport</name>
    <message>
        <source>This school file has no RACE Charter Mark framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a RACE Charter Mark framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter Mark self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, awarded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What holds the school back from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion is below what %1 needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award levels here follow Equimark&apos;s own working rule, not an official RACE Charter Mark rule: every criterion whose wording is known must be judged at least at the rubric level each award level names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criteria of this section are known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (wording not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1 (files: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the RACE Charter Mark criteria is public. Criteria not listed here must be entered from the official RACE Charter Mark documents (a school holding them can enter them in Equimark).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CharterRepository</name>
    <message>
        <source>&quot;%1&quot; is not a RACE Charter Mark framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no criterion %1 in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the self-evaluation rubric of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an award level of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the %1 award was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the award level the school was given on that date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 cannot be changed here (%2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--user NAME] COMMAND [ARGUMENTS] [--help]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on Equimark school files (.equimark) from scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 check found problems, 2 usage error, 3 the file cannot be opened or written, 4 the request is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see %1 %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name recorded on edits (default: EQUIMARK_USER, else the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the copy is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file (.equimark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the text is not valid UTF-16. Save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character; it may have been cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte %1 of the file). Save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than %1 rows; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has more fields than the first row (%1 instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row has fewer fields than the first row (%1 instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has more than %1 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote mark is inside a field that does not start with one. Put the whole field in quotes and write the quote mark twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing quote mark must be followed by &quot;%1&quot; or the end of the line. Write a quote mark inside a quoted field twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file contains a NUL character, which text never holds; it may not be a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file %1 could not be written (%2); nothing was saved there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <source>Seen in practice and confirmed by pupil voice; reviewed by governors this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded: monitoring shows consistent practice in every class. Evidence in the equality folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the governors&apos; minutes and the published equality information on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In place in most classes but not yet consistent; picked up in the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started this year; too early to see the impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy written; staff training planned for next term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in place. The group agreed this is a priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monitoring at present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised by parents at the focus group; nothing formal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed amber although most statements are green: two racist incidents this year were recorded late, and the group wants the new procedure embedded before calling this green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong, well-evidenced summary. Pupil voice confirmed the impact of the new incident procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the demo school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo school could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-termly, after school on a Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headteacher; chairs the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality coordinator; Year 5 teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PSHE and RSHE lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching assistant; keeps the evidence store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor responsible for equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent of children in Years 2 and 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School council representatives (Years 5 and 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two pupils attend in turn; pupils&apos; names are not recorded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First meeting. Read the programme overview together and agreed how the group will work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet half-termly. Tom Ellison coordinates. Audit split between three small groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups reported on the audit so far. Parents&apos; view sought on the community element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priya Mistry to run a coffee-morning discussion on trips and costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit finished. Discussed the findings strand by strand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race and gender first; disability next year, starting with the accessibility plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed the summary grid and the action plan, linked to the School Improvement Plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary grid agreed (one cell changed from the suggestion, see rationale). Action plan approved for governors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed the Race accreditation summary before sending it to the equality team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary approved for submission. Evidence folder checked by Daniel Wright.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New year: started this year&apos;s audit, carrying last year&apos;s notes forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum team takes the curriculum element; Grace Okafor the disability strand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed as suggested: the statements hold and the evidence shows impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed as suggested: practice is developing but not yet consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed as suggested: a priority for the action plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce one procedure for recording and responding to racist incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every incident logged within a day; parents informed; termly report to governors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff meeting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All incidents since January logged within a day; governors receive a termly anonymised summary. Pupils say they know what will happen if they report racism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure drafted with the behaviour lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff trained at a twilight session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First termly summary to governors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit reading books and library stock for representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class library includes books by and about people from a range of ethnic and faith backgrounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£650 for new books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>120 new titles; loans of the new books are among the highest in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit of class libraries done with the school council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Books ordered and catalogued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train all staff and governors in recognising and challenging racism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff and governors attend; confidence survey before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£300 external trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff confidence in discussing race rose from 41% to 86% (survey, 38 staff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer booked for the spring twilight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey repeated after training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the uniform policy with pupils and parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform options are gender-neutral and the full uniform costs under £40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trousers, skirts and shorts open to all; second-hand uniform rail used by 60 families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation with parents and the school council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring women working in science and engineering into school as role models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Key Stage 2 class meets at least one visitor; girls&apos; interest in science careers rises in the pupil survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£200 travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three visitors booked through the county STEM network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the accessibility plan and publish it on the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A current three-year plan, agreed by governors, published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site walk with the premises manager done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft shared with governors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap the cost of trips and publish how families can get help with costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pupil misses a trip for cost; the help available is on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£1,500 from pupil premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs of last year&apos;s trips collated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teach an RSHE unit on different families in every year group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year group teaches the unit; parents are invited to see the materials first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£120 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log and challenge homophobic language, with termly reports to governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents logged like racist incidents; staff challenge every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a quiet reflection and prayer space for lunchtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm space is open every lunchtime and pupils of any faith or none use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£250 furnishings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by about 15 pupils a day; pupils say it helps them feel settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room agreed and furnished with the school council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey families on festivals and dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school calendar and menus reflect the families&apos; festivals and needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: the parent focus group (below) now covers this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add equality data to the termly report to governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance and suspensions by group, with small numbers suppressed, in every termly report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template agreed with the chair of governors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a parent focus group on inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group that reflects the school&apos;s families meets every term and shapes policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations sent in three community languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racist incident summary for governors (anonymised, termly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts only: no pupil is named or identifiable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil voice: Years 5 and 6 on belonging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus group of twelve pupils led by the equality coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What pupils said (no names recorded):
- &quot;Our library has books with people who look like my family now.&quot;
- &quot;If someone is racist a teacher always sorts it out.&quot;
- Pupils asked for more assemblies about festivals.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographs of the refreshed class libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book displays in Years 3 and 5 after the audit; no pupils in the pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform consultation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses from 164 families and every class council.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors&apos; minutes: equality objectives approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full governing body, spring term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 6. Equality objectives 2025-2029 approved. The governor responsible for equality reported on the audit findings and the action plan.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility plan (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for governors; to be published when approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibility plan (draft)
1. Improving access to the curriculum
2. Improving the physical environment: ramp to the Year 1 classroom
3. Improving written information: large-print and translated letters on request
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation: lesson on families in Year 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils discussed different families confidently; one pupil used homophobic language in the playground the same day, which was challenged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff survey on confidence in discussing race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after the training; 38 staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent voice: coffee morning on trips and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eighteen parents attended; notes taken by a governor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation of the Race Equality Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays in every corridor reflect the school&apos;s families; class libraries refreshed; the reflection room is in use at lunchtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eight pupils from Years 3 to 6. They know how to report racism and trust that adults act. They talked about the new books with enthusiasm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers described the incident procedure and how the training changed their confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equality governor explained how governors use the termly summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race accreditation summary verified; Race Equality Badge awarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the Gender strand, then Disability with the accessibility plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on the Gender and Disability strands; this year&apos;s audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update on the Public Sector Equality Duty; sharing incident procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: using data by ethnic group; small-number suppression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools shared accreditation summaries; advice on evidence of impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSHE and the sexual orientation strand; resources shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We introduced one procedure for recording and responding to racist incidents, trained every member of staff and the governors, and refreshed the class libraries with the school council. Pupils now say that adults always act when they report racism, and the books they read reflect their families.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents logged within a day: 100% (was not monitored). Staff confident to discuss race: 86% (was 41%). 120 new library titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference group agrees that race equality is now embedded in our behaviour, curriculum and staffing practice, and will keep it under review each term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform is open to every pupil whatever their sex, and families can get second-hand uniform at no cost. Women working in science and engineering visit every Key Stage 2 class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uniform consultation: 84% of families agreed (164 responses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group believes the gender strand is ready for verification at the next visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: the accessibility plan is being updated; outcomes to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joseph Mensah, deputy headteacher, has been the senior leader for RACE since the start of last school year. The role is in his job description, he reports to governors every term and the RACE working group meets half-termly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors approved the equality objectives and receive the anonymised racist incident summary every term. Next step: a statement of zero tolerance in the governors&apos; code of conduct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race equality is now in the job descriptions of senior leaders; middle leaders&apos; appraisal objectives follow this year. All staff and governors are being trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two colleagues from ethnic minority backgrounds are being coached towards middle leadership. The school does not yet look at progression across all staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy headteacher and RACE lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Lead Practitioner accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching colleagues is new to me; I am learning to step back and let them lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I set up the RACE working group and changed how leaders&apos; responsibilities are written; the policies show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leading whole-school change on race equality: setting up structures that make it everyone&apos;s responsibility, not one person&apos;s project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors&apos; minutes, job descriptions and the staff survey (confidence in discussing race rose from 41% to 86%) show the change reached beyond my own team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the RACE working group and its terms of reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior leaders, two governors and volunteer staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race equality became a standing item for senior leaders and governors instead of an occasional topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors&apos; minutes record the termly RACE report; the group has met every half-term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote race equality into every senior leader&apos;s job description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The senior leadership team and the governor responsible for equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each senior leader now owns a race equality objective and reports on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised job descriptions; appraisal records reviewed with the headteacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-led the staff and governor training on recognising and challenging racism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All 38 staff and the governing body, with the external trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff confidence in discussing race rose from 41% to 86%; staff now challenge racist language themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff survey before and after the training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching two colleagues from ethnic minority backgrounds towards middle leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two teachers (names not recorded here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One colleague now leads a subject; the other is leading a year-group project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching log and the colleagues&apos; own written reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy drafted by the senior team; not yet shared with pupils or parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equality governor agreed to take the role; no staff lead named yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance looked at by group for the first time in the summer term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racist incidents now logged in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-racist policy written with the school council and the parent focus group; approved by governors and explained in every class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equality governor and the deputy head are the named Race and Diversity leads; both are on the website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil voice each term; parent and staff voice still informal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First parent focus group met in October; invitations in three community languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coffee mornings with Black Caribbean families led by the family liaison worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance by ethnic group reported to governors each term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every racist incident logged within a day; suspensions reviewed by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every member of staff and every governor trained; a refresher is part of induction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 6 anti-racism ambassadors chosen by their classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To start with the staff survey in the spring term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTraining</name>
    <message>
        <source>Headteacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy headteacher and RACE lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant headteacher, Year 6 teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDCo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maths lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher, PSHE lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher, Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher, Year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher, Year 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher, Year 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School business manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunchtime supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher, Year 1 (joined this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class teacher, Year 3 (left last summer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair of governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice-chair of governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-opted governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding anti-racism into school culture: leaders&apos; programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northbridge Centre for Educational Leadership (fictional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a community of leaders who analyse and improve practice on race equality: defining a clear purpose, focusing on the issues that matter in our school, sharing ideas and embedding aspirations in everyday leadership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders now name race and racism plainly in staff meetings and in the school improvement plan, rather than folding it into general &apos;inclusion&apos;. Senior leaders review behaviour and attendance data by ethnic group each half term and ask what lies behind the gaps. Middle leaders audit their subject curriculum for representation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race equality is a standing item at senior leadership and governors&apos; meetings. The racist incident procedure and the equality data in the termly report to governors came out of the programme; every new member of staff has race equality induction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; programme 1: clarity of purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior and middle leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconscious bias: whole-staff training day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; programme 2: the issues that matter here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders&apos; programme 3: sharing and embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors&apos; refresher: race equality and the equality duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality law update for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race equality induction for new staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered in school by the RACE lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: offered to staff who joined this year and those who missed the training day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive action in recruiting teaching assistants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the second programme session the headteacher and SENDCo reviewed how teaching assistant vacancies were advertised. The posts were shared with two community groups and the local mosque and church, the application form was shortened, and applicants were offered an informal visit. Applications from Black and Asian candidates rose from one in the previous round to six; two were appointed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils&apos; voice shaping the response to racist incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 5 and 6 pupils told the school council that they did not report racist name-calling because &apos;nothing happens&apos;. Leaders used the programme&apos;s planning tool to redesign the procedure with them: every report is now acknowledged within a day and pupils are told what was done. Pupils now say they know what will happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EthnicGroup</name>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White British</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traveller of Irish heritage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gypsy/Roma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other White background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White and Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other mixed background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Asian background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black African</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other Black background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceItem</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>There is no evidence %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit statement of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1 in this file to link the evidence &quot;%2&quot; to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB. Files over %3 MB cannot be kept in the school file, because it would become too large to copy or e-mail; attach a smaller copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; is damaged: its contents no longer match what was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence that was removed can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The removed evidence &quot;%1&quot; cannot be put back: the contents of its attachments were not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an attachment that was removed can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; cannot be put back: its contents no longer match what was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-27 (default: the latest audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year; write it like 2026-27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a strand&apos;s accreditation summary as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equality strand id, e.g. race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the action plan as a PDF: every action, or those of one strand, element or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions for this strand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions for this element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions with this status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the actions by strand (the default) or by element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strand|element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be grouped by; use strand or element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the equality summary grid of a year, beside the year before, as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the whole-school audit of a year, every statement with its rating and evidence, as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the report of the visit on a date as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a practitioner&apos;s Lead Practitioner portfolio (their newest, unless --portfolio names one) as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner&apos;s name, as the file has it (any case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio&apos;s id, as info --json lists it (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a portfolio id; info --json lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the school&apos;s RACE Charter Mark self-evaluation as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes where the school stands on the race equality leadership ambitions in one year as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-27 (default: the latest year judged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the training coverage report as a PDF: race equality training offered and attended by staff and governors in a period (default: this academic year), who has not been reached, sessions, programme evaluation and case studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period (default: 1 September).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period (default: 31 August).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>%1 already exists; choose another name. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new school file with the frameworks that ship with Equimark. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s Unique Reference Number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1 (default: primary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school phase; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the fictional demo school, with every step filled in. With --large, ten years into the process: ten audit years, 2,000 actions, 500 evidence items with 50 MB of attachments (for benchmarks and trying Equimark at scale; takes a few seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the ten-year school instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the large demo school in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo school in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, its links between records and the rules of the process. Exit status 0 only when all hold; 1 when problems were found (each printed on a line of its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform>%1 has %n problem.</numerusform>
            <numerusform>%1 has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves a consistent copy of the school file as OUT (replacing an earlier copy there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>could not open %1 to finish writing it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1 to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not move the finished file into place as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Only the wording of a RACE Charter Mark framework can be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for section %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section %1 in this framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section number must be a whole number such as 2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a section %1 in this framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the wording of criterion %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no criterion %1 in this framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion of section %1 is numbered %1.&lt;number&gt;, such as %1.5; &quot;%2&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a criterion %1 in this framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no LP standard %1 in this framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of LP standard %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkLoader</name>
    <message>
        <source>id &quot;%1&quot; must be lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list red, amber and green, in that order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element &quot;%1&quot; is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strand &quot;%1&quot; is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element &quot;%1&quot; has no statement for strand &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standard &quot;%1&quot; is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file has format version %1; this Equimark reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;complete&quot; or &quot;partial&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file is of an unknown kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equimark does not ship a framework called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires &quot;%1&quot;, which is not a level of the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework definition is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkRepository</name>
    <message>
        <source>The new definition of &quot;%1&quot; is a %2 framework, but the file uses it as a %3 framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the wording of the RACE Charter Mark can be replaced; &quot;%1&quot; stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new wording of &quot;%1&quot; is not a valid framework: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new definition is of framework &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>award level &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new wording of &quot;%1&quot; leaves out %2, which the school&apos;s self-evaluation or portfolios still use. Keep them in the framework, or remove the records that use them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file already uses the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equimark does not ship a %1 framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is the framework this school file is built on, so it stays in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accreditation summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-evaluation judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-evaluation evidence links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-evaluation action links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>award target or award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be removed from the file while the school&apos;s %2 use it. Remove those records first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambition judgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambition evidence links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambition action links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkTranslation</name>
    <message>
        <source>The framework translation is not JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translates &quot;%1&quot; a second time, differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework translation is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the framework translation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridRule</name>
    <message>
        <source>No statement in this cell has been judged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged so far: %1 of %2 statements. A suggestion needs at least half of them judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: %1 of the %2 judged statements are red, which is more than a third.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: every judged statement (%1) is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: %1 of the %2 judged statements are green and none is red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber: %1 red, %2 amber and %3 green. Practice is partly in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved since last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower than last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison with last year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Lists the change history, oldest first: when, who, what and the old and new values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes made on or after this day (YYYY-MM-DD) or moment (YYYY-MM-DDTHH:MM, local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {at, who, entity, entityId, field, old, new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23, or as 2026-11-23T14:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDescription</name>
    <message>
        <source>School details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference group member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference group meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary grid cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-School Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes carried from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how it is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how leaders changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Adds every action of a CSV file (see docs/csv-format.md) to the school&apos;s action plan, all in one step. A file with any problem is refused whole, naming its line and column, and nothing is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were added: %1 has no rows below its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added 1 action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the school&apos;s action plan as a CSV file (UTF-8, for Excel or LibreOffice) that &quot;import actions&quot; reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 statements judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, awarded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria judged; level reached: %3; working towards: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner portfolios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no portfolio yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2): %3, gateway %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ready yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the school, its frameworks, audits, actions, badges, RACE Charter self-evaluation and Lead Practitioner portfolios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitions %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeSchool</name>
    <message>
        <source>%1: seen in the %2 review of %3; minutes and work samples kept by the equality coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed at the summer meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1: %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils and staff in the %1 strand report the change in the termly survey; the audit statement moves up a rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress review %1: on track, evidence filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1: work samples and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected for the %1 review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the large school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The large school could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The large school could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRows</name>
    <message>
        <source>There is no evidence %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the file to version %1 failed: %2; it was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date, or press Alt+Down to choose it from a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to record a date here; untick to leave it without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCharts</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures that may be shown yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to all other pupils (points); bars with whiskers show the 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to all other pupils (percentage points); whiskers show the 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown (small numbers): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>&quot;%1&quot; is not a school year; write it like 2025-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the outcomes CSV template (docs/outcomes-csv.md): a row for every measure and ethnic group of a year, with the counts to fill in and each measure&apos;s definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year of the rows (default: the last complete year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the template to this file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the outcome figures of a CSV file (see docs/outcomes-csv.md) to the school file, replacing figures for the same year, measure and group, all in one step. A file with any problem is refused whole, naming its line and column, and nothing is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures were imported: %1 has no filled-in rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s).</source>
        <translation type="unfinished">
            <numerusform>Imported %n figure.</numerusform>
            <numerusform>Imported %n figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the &quot;Outcomes and gaps&quot; report as a PDF, or the figures as a CSV file, for sharing: counts below the school file&apos;s threshold, and every figure worked out from one, are suppressed. The format follows the file name unless --format says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF or CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year of the report&apos;s tables (default: each measure&apos;s latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use pdf or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows, or with --set changes, the school file&apos;s threshold: counts below it are suppressed in everything shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new threshold, from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeCsv</name>
    <message>
        <source>&quot;%1&quot; is not a column of an outcomes file. The first row names the columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row has no &quot;%1&quot; column. It names the columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year; write it like 2025-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome measure. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group of the school census; use its code (e.g. BCRB, MWBC, REFU, NOBT) or its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the count (%1 %2) is more than the base (%3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;pupils&quot; column is empty: absence needs the number of pupils behind the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;%1&quot; column is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count: write a whole number of 0 or more without separators, e.g. 1250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not needed: the school&apos;s total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the pupils behind the sessions in &quot;pupils&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty. Its first row must name the columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 is given twice: first on line %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeMeasure</name>
    <message>
        <source>pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions missed through authorised and unauthorised absence, as a share of possible sessions. A session is a morning or an afternoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupils missing 10% or more of their sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils who missed 10% or more of their own possible sessions, as a share of pupils on roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of suspensions (fixed-period exclusions) as a share of pupils on roll; a pupil suspended twice counts twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils with one or more suspensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupils suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils with at least one suspension, as a share of pupils on roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent exclusions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent exclusions as a share of pupils on roll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS2 reading, writing and maths: expected standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupils at the expected standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupils at the end of key stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils at the end of key stage 2 who reached the expected standard in all of reading, writing and maths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KS2 reading, writing and maths: higher standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupils at the higher standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils at the end of key stage 2 who reached the higher standard in all of reading, writing and maths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCSE English and maths, grade 5 or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupils with grade 5 or above in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pupils at the end of key stage 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils at the end of key stage 4 who achieved grade 5 or above in both English and maths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attainment 8 points, added up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average Attainment 8 score per pupil: points across eight qualifications, with English and maths counting twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression to higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students going on to higher education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students in the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students in sustained higher education after key stage 5, as a share of the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression to high-tariff providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>students going on to a high-tariff provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students going on to the third of higher education providers with the highest entry requirements, as a share of the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaders of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicants appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants who were appointed, as a share of applicants, for posts advertised in the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of staff of each ethnic group who are in the senior leadership team, as a share of that group&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of staff of each ethnic group, as a share of all staff. The base is the school&apos;s whole staff, the same on every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group code of the school census.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year written like 2025-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 %2 but no %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of pupils is missing; it decides whether the figures are small enough to hide when shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national figure for %1 is a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national figure cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold for hiding small numbers is from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomesReport</name>
    <message>
        <source>This school file has no outcome figures yet: import them from a CSV file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no outcome figures for %1; there are for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and gaps by ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts below %1, and every figure worked out from one, are shown as &quot;c&quot;; so are %2 more that would let one be worked out from a total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate counts only: no pupil&apos;s record is held. Gaps compare each group with all other pupils in the school; a risk ratio above 1 means the outcome is more likely for the group. Intervals are 95% confidence intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the focus groups stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c (small numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, gap %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps to all other pupils, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to all other pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk ratio (95% interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National figure for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* The 95% interval of the risk ratio leaves out 1: the difference is unlikely to be chance alone. c: suppressed (small numbers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>Drafting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioCoverage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence of impact yet for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not self-assessed yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective question %1 not answered: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 day to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days to go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (passed yesterday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (passed %2 days ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Lead Practitioner portfolio yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio %1 is not one of %2&apos;s portfolios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner portfolio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness for the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the gateway: every LP standard has evidence of impact and a self-assessment, and every reflective question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for the gateway yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment against the LP standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale (not yet, developing, secure, strength) is Equimark&apos;s own, not SSAT&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflective questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence of impact has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (files: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on others&apos; knowledge, understanding or practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which evidence of impact (E1, E2 ... as numbered above) counts for each LP standard and each RACE Charter criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the wording of the RACE Charter Mark criteria and the LP standards is public. Where it is not known the framework says so; a school holding the official documents can enter it in Equimark.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioRepository</name>
    <message>
        <source>There is no practitioner called &quot;%1&quot; in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s) in this file are called &quot;%1&quot;; rename one of them so they can be told apart.</source>
        <translation>
            <numerusform>%n practitioner in this file is called &quot;%1&quot;; rename one of them so they can be told apart.</numerusform>
            <numerusform>%n practitioners in this file are called &quot;%1&quot;; rename one of them so they can be told apart.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a practitioner who was removed can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portfolio stays with the framework it was started on; start a new portfolio for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a portfolio that was removed can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only evidence of impact that was removed can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Lead Practitioner standard of the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no practitioner %1 in this file; they may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no portfolio %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence of impact %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no RACE Charter Mark framework for a Lead Practitioner portfolio to map to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a framework stored in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a RACE Charter Mark framework, so a Lead Practitioner portfolio cannot map to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practitioner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio needs the name of the programme it is for, such as &quot;RACE Lead Practitioner accreditation&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accredited portfolio needs the date of accreditation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio cannot be accredited on %1, before it was submitted on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n reflective question(s); there is no question %2 to answer.</source>
        <translation>
            <numerusform>The %1 has %n reflective question; there is no question %2 to answer.</numerusform>
            <numerusform>The %1 has %n reflective questions; there is no question %2 to answer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence of impact needs a title: what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends on %2, before it starts on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence %1 in the evidence store to link to &quot;%2&quot;; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back: number %2 is already in use in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>The training programme needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1 in the action plan to link; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A confidence rating is from 1 to 5; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1 in this file to rate the programme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceGroupRepository</name>
    <message>
        <source>A member of the reference group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot leave the group (%2) before joining it (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference group has no member number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs the date it was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee number %1 is not a member of the reference group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference group has no meeting number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member who was removed can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a meeting that was removed can be put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1, edition %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No whole-school audit has been started in this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit for %1 in this file (audits: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality summary grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the visit to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter self-evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the practitioner whose portfolio to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The report could not be started on this printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Equimark on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · made with Equimark on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>Nursery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual advisory or accreditation visit (focus determined by the school)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full documentation for all strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-ordinator termly network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone/e-mail support on a goodwill basis, subject to availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: a school-based INSET session per year (up to 2 hours), or a second advisory visit (up to half a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular telephone/e-mail support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both: a school-based INSET session per year (up to 2 hours) and a second advisory visit (up to half a day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolChecker</name>
    <message>
        <source>SQLite&apos;s integrity check reports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record in table &quot;%1&quot; refers to a record in table &quot;%2&quot; that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 in table &quot;%2&quot; refers to a record in table &quot;%3&quot; that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no school details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds %1 schools; it must hold exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored framework &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored framework &quot;%1&quot; holds the definition of another framework, &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 audit has a judgement for statement &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 summary grid has a cell for element &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 summary grid has a cell for strand &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (&quot;%2&quot;) is not linked to any strand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (&quot;%2&quot;) names element &quot;%3&quot;, which the equality mark framework does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 (&quot;%2&quot;) is linked to strand &quot;%3&quot;, which the equality mark framework does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 (&quot;%2&quot;) is linked to statement &quot;%3&quot;, which no framework in the file defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 (&quot;%2&quot;) is linked to strand &quot;%3&quot;, which no framework in the file defines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation summary %1 is for strand &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation summary %1 (strand &quot;%2&quot;) is marked verified but has no date of verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge awarded on %1 (record %2) is for strand &quot;%3&quot;, which framework &quot;%4&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand &quot;%1&quot; of framework &quot;%2&quot; has %3 verified accreditation summaries without a badge; it may have at most one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RACE Charter self-evaluation has a judgement for criterion &quot;%1&quot;, which framework &quot;%2&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter criterion %1 is judged &quot;%2&quot;, which is not a rubric level of framework &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is linked to RACE Charter criterion &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is linked to RACE Charter criterion &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RACE Charter Mark award names level &quot;%1&quot;, which framework &quot;%2&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio %1 uses framework &quot;%2&quot;, which is not a RACE Charter framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio %1 assesses LP standard &quot;%2&quot;, which its framework does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of impact %3 is mapped to LP standard &quot;%2&quot;, which the framework of portfolio %1 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of impact %3 is mapped to RACE Charter criterion &quot;%2&quot;, which the framework of portfolio %1 does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio %1 answers reflective question %2, but its framework asks only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ambitions for %1 have a judgement for success criterion &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition criterion %1 is judged &quot;%2&quot; for %3, which is not a status of framework &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is linked to ambition criterion &quot;%2&quot; for %4, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1 is linked to ambition criterion &quot;%2&quot; for %4, which framework &quot;%3&quot; does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 has a date &quot;%2&quot; that is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session %1 has a date &quot;%2&quot; that is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study %1 has a date &quot;%2&quot; that is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session %1 has topic &quot;%2&quot;, which Equimark does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolDocument</name>
    <message>
        <source>Add person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add training session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change training session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove training session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add training programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change training programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove training programme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add case study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change case study %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove case study %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolFile</name>
    <message>
        <source>The copy of framework &quot;%1&quot; stored in the file is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not use a framework called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file uses no %1 framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Equimark school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Equimark school file (it is not a database at all; perhaps a document renamed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Equimark school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never finished being created and holds no school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Equimark (file version %2; this version reads up to %3). Install the newer Equimark to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by an older version of Equimark and cannot be updated where it is; open it from a folder you can write to, to update it and make changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely (%2). Open your most recent backup copy instead; this file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holding the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs updating, but the backup copy could not be written first (%2); the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: the name could not be taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy cannot be saved over the open file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no school details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file is open read-only (%1); the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Equimark school file (SQLite cannot read it as a database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (perhaps a pipe or a device), so it is not an Equimark school file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>the school file is in use by another window or program; nothing was changed. Close it there, or wait a moment, and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; the change was not saved and the file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school file is read-only here; the change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school file could not be read or written (%1); the drive may have been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Equimark school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change breaks a rule of the file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryGridReport</name>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality summary grid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid agreed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has not agreed this cell yet. &quot;Suggested&quot; is what the judged statements point to: a hint, not a judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under each rating: the rating agreed for the same cell in %1, and the change since then (Improved, No change or Declined).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Met: in line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track: gap narrowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures to judge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingCoverageReport</name>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training that counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (first courses and refreshers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the people in post at any time in the period, how many were offered race equality training and how many attended. Each person counts once, however many sessions they came to; leaders are also counted in their body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders (staff and governors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the file was in post in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in post in this period attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in post have not attended race equality training in the period. Ambition 4 asks that every member of the workforce and the governing body is offered it.</source>
        <translation type="unfinished">
            <numerusform>%n person in post have not attended race equality training in the period. Ambition 4 asks that every member of the workforce and the governing body is offered it.</numerusform>
            <numerusform>%n persons in post have not attended race equality training in the period. Ambition 4 asks that every member of the workforce and the governing body is offered it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered, not yet attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training sessions are recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refresher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants rated their confidence from 1 (not confident) to 5 (very confident). Only totals are shown; a count below %1, or one that would let such a count be worked out, is shown as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated both before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How leaders changed their approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning is embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies of positive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case studies are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>There is no person %1 in this file; they may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training session %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot leave (%2) before joining (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the date it is held on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a training topic Equimark knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingRows</name>
    <message>
        <source>&quot;%1&quot; cannot be put back: number %2 is already in use in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training programme %1 in this file; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training programme %1 in this file to link to; it may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingTopic</name>
    <message>
        <source>Race equality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-racist leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconscious bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <source>&quot;%1&quot; is not a framework Equimark ships; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a translation file for the framework FRAMEWORK (e.g. lancashire-equality-mark) into LANGUAGE (e.g. cy): every text of the framework with an empty translation, to be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; give its two- or three-letter ISO 639 code, e.g. cy for Welsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a framework translation file and says how much of its framework it translates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 texts translated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries match no text of the framework: they are out of date or for another version, and are not used.</source>
        <translation type="unfinished">
            <numerusform>%n entry matches no text of the framework: it is out of date or for another version, and is not used.</numerusform>
            <numerusform>%n entries match no text of the framework: they are out of date or for another version, and are not used.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Accreditation visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisory visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>No visit was recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning environment walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation summaries verified at this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor&apos;s comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summaries were verified at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 awarded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge (verification withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no visit number %1 in this school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit is recorded on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date to look ahead from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit needs the date it took place on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no network meeting number %1 in this school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network meeting needs the date it was held on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AccreditationPage</name>
    <message>
        <source>Strands and their accreditation summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summaries and badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;isits and network meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each strand with where its summary stands; choose one to write its summary below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ActionEditor</name>
    <message>
        <source>Choose an action in the plan to see and edit its details, or press &quot;New action&quot; (Ctrl+N) to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every equality strand the action serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;rands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Improvement Plan priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SIP 2: reading for pleasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP &amp;priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp;criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. £450, two staff meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources/c&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact/outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the new progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has happened since the last review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence can be linked once the action is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is linked to this action yet. Link it from the Evidence page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change SIP priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change resources and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change action status to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element of the Equality Mark the action belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads the action: choose a member of the reference group or type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the group will know the action has worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the action stands: not started, in progress, complete or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for pupils, staff or families because of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each review of the action, with its date and who wrote it; choose one to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the progress was reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note typed beside it to the action&apos;s progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ActionPlanPage</name>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action to the plan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen action (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions for strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions for element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show actions owned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title, owner, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the action &quot;%1&quot; with its progress notes? Evidence linked to it stays in the file. You can undo this with Edit &gt; Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions that serve one equality strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions of one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions with one status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the actions one person leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the unfinished actions whose due date has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions of the plan in their groups; choose one to change it on the right, or press Delete to remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the actions by strand or element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ActionTableModel</name>
    <message>
        <source>No element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: due on %1 and still %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AmbitionCriteriaModel</name>
    <message>
        <source>Ambition and success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the school stands in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status judged in %1, as a reminder; nothing is copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items linked this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions linked this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 met, %2 developing, %3 not started in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AmbitionEditor</name>
    <message>
        <source>&amp;Show the Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise an Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k an Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the figures for this outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Outcomes page at the measure this success criterion names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the success criterion this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows where the school stands on this criterion this year; saved when you leave the box or press Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows where the school stands: what you saw, where it is kept, who to ask. Saved when you leave the box or press Ctrl+Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the evidence store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the evidence items whose title contains this text; linked items stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items linked to the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s evidence store; tick an item (Space) to link it to this criterion for this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions in the action plan for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions linked to this criterion this year; Return opens one on the Action plan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an action for this criterion in the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an action to the school&apos;s action plan under the race strand, linked to this criterion for this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an existing action to this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an action already in the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen action on the Action plan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the action with all its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the chosen action from this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action stays in the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the criterion as %1 this year (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a success criterion in the list to judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last judged by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged this year yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence store is empty: add evidence on the Evidence page, then tick it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked; showing %2 of %3 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Raise one to plan the work for this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The success criterion is met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an Action for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action goes into the school&apos;s action plan under the race strand, linked to this success criterion for %1, so the same work counts for the Equality Mark. Add the rest of its details on the Action plan page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is in the action plan. Open it on the Action plan page to add its owner, dates and success criteria?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action in the action plan is already linked to this criterion, or the plan is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from the school&apos;s action plan that serves %1 in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures yet: import them on the Outcomes page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AmbitionsPage</name>
    <message>
        <source>&amp;Start Using the Ambitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year whose judgements are shown and edited; last year&apos;s status is shown beside each criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria met this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the criteria whose text or notes contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitions and their success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ambition with the criteria met, and each criterion&apos;s status this year and last; choose one to judge it on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the race equality leadership ambitions in this school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the five ambitions and their success criteria to the file; Edit &gt; Undo takes them out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file to see where it stands on the race equality leadership ambitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file does not use the race equality leadership ambitions yet.

The five ambitions set out what leaders commit to on race equality, each with success criteria. Each year the school judges every criterion as not started, developing or met, links its evidence and raises actions into the same action plan as the Equality Mark.

Start using them to add the ambitions to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 success criteria met, %3 developing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AttachmentPreview</name>
    <message>
        <source>Preview of the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1, %2 by %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AttendanceTableModel</name>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AuditGridModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 statements judged (%5 green, %6 amber, %7 red, %8 not yet judged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::AuditPage</name>
    <message>
        <source>Start &amp;New Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet &amp;judged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new year&apos;s audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the audit of another academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sections of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only statements not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate a section of the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand an element, a strand or a cell to a person or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit grid: elements by strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press R, A or G (or 1, 2, 3) to rate the statement and move to the next; 0 clears the rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file to see its whole-school audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No whole-school audit has been started yet. Choose &quot;Start New Year&quot; to begin this year&apos;s audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 judged (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n statement(s))</source>
        <translation>
            <numerusform>%1 (%n statement)</numerusform>
            <numerusform>%1 (%n statements)</numerusform>
        </translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sections (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate This Cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate the Element &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate the Strand &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 Back from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole-School Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year whose audit is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the sections handed to one person or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the statements that already have a rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each element and strand is judged; move with the arrow keys and press Enter to list that cell&apos;s statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the cell chosen in the grid and list every statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The whole-school audit.&lt;/b&gt; The reference group judges every statement of the Equality Mark for the school as it is now, and notes the evidence. The grid shows how far each element and strand has got; the summary grid is built from it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The chosen statement&lt;/b&gt;, with its guidance and last year&apos;s rating.&lt;/p&gt;&lt;p&gt;Choose Red, Amber or Green for where the school stands now, and write in &lt;i&gt;Evidence note&lt;/i&gt; what has been done and where the evidence is kept. The note is saved as you leave the box.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The audit grid&lt;/b&gt; sets each element of the Equality Mark (rows) against each equality strand (columns).&lt;/p&gt;&lt;p&gt;A cell&apos;s colours are the share of its statements rated Red, Amber and Green so far, and its figures say how many are judged. Choose a cell, or press Enter on it, to list only its statements below; &lt;i&gt;Show all statements&lt;/i&gt; lists every one again.&lt;/p&gt;&lt;p&gt;Right-click a cell (or press the menu key) to hand the cell, its element or its strand to a person or group to judge.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The statements&lt;/b&gt; of the audit, with the rating each has now, last year&apos;s rating and who judged it.&lt;/p&gt;&lt;p&gt;Rate the chosen statement with &lt;b&gt;R&lt;/b&gt;, &lt;b&gt;A&lt;/b&gt; or &lt;b&gt;G&lt;/b&gt; (or 1, 2, 3): Red where practice is not in place, Amber where it is partly in place, Green where it is fully in place and the evidence shows it. The list then moves to the next statement. &lt;b&gt;0&lt;/b&gt; clears a rating.&lt;/p&gt;&lt;p&gt;Every rating is saved at once and can be undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::CharterCriteriaModel</name>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording not entered yet (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n evidence item</numerusform>
            <numerusform>%n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>The official wording of criterion %1 has not been entered yet. Use &quot;Complete the wording&quot; to enter it from the RACE Charter Mark documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::CoverageMatrixModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standard %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE criterion %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter criterion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official wording is not entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence of impact for this standard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence of impact for this criterion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is evidence for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not mapped to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is evidence for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standard or RACE criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::CoverageTableModel</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::CriterionEditor</name>
    <message>
        <source>&amp;Level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raise an Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lin&amp;k an Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a criterion in the list to judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official wording of this criterion has not been entered yet. Use &quot;Complete the Wording&quot; above to enter it from the RACE Charter Mark documents; until then it does not count towards an award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level reached on the self-evaluation rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen level means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows the school has reached this level: what you saw, where it is kept, who to ask. Saved when you leave the box or press Ctrl+Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the evidence store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the evidence items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items linked to the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions in the action plan for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an action for this criterion in the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an action to the school&apos;s action plan under the race strand, so the same work counts for the Equality Mark and the RACE Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an existing action to this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen action on the Action plan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the chosen action from this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action stays in the action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner mapping for this criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP &amp;mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead Practitioner standards the published mapping links to this criterion (guidance for portfolios)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No judgement recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last judged by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level the school has reached. Hover over a level to read what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence store is empty: add evidence on the Evidence page, then tick it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked; showing %2 of %3 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Raise one to plan the work for this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published mapping names no Lead Practitioner standard for this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As published in the RACE Lead Practitioner mapping; texts cut short in the source are shown as published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter criterion %1 judged at a higher level at the next self-evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an Action for Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action goes into the school&apos;s action plan under the race strand, linked to criterion %1, so it counts for the Equality Mark and the RACE Charter Mark. Add the rest of its details on the Action plan page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is in the action plan. Open it on the Action plan page to add its owner, dates and success criteria?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action in the action plan is already linked to this criterion, or the plan is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action from the school&apos;s action plan that serves criterion %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::DelegateDialog</name>
    <message>
        <source>A whole &amp;element (every strand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole &amp;strand (every element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;cell (an element in one strand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate a Section of the Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or a group, e.g. Curriculum team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate a whole element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate a whole strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate one cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;lement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;rand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegate to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;legate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand every statement of one element, in all strands, to the person or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand every statement of one strand, in all elements, to the person or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the statements of one element in one strand to the person or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element whose statements are handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strand whose statements are handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will judge these statements: choose a name or type a new one, e.g. the English team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::EvidenceEditor</name>
    <message>
        <source>Select evidence in the list, add new evidence, or drop files here to add them as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store copies of files in the school file (you can also drop files onto this page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy of the file with its usual program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the file to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality &amp;strands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality strands the evidence supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tions it supports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions the evidence supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strands and a&amp;ctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit statements by number or words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit statements the evidence supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit state&amp;ments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 linked; showing %2 of %3 statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached. Attach photos, documents or minutes with Attach files…, or drop them onto this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a picture; open it or export a copy to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select evidence to attach the files to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB and cannot be kept in the school file; attach a smaller copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of &quot;%1&quot; could not be made to open it: the folder %2 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is set up to open &quot;%1&quot;. Export a copy and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name that says what the evidence is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of evidence this is: a document, a photograph, minutes, a survey and so on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the evidence was made or collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the evidence shows and where the original is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of files kept inside the school file; choose one to open, save or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen file from the school file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, description or file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the evidence by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show evidence of type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show evidence for strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item of evidence dated today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence and its files (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 items of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file is open read-only; files cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 files as evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB and cannot be kept in the school file; attach a smaller copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one type of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the evidence linked to one equality strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of evidence; choose one to change it on the right, or press Delete to remove it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::EvidenceTableModel</name>
    <message>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports 1 action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports %1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::FrameworkTextDialog</name>
    <message>
        <source>Official &amp;wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Criterion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Framework File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the Wording of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the RACE Charter Mark and Lead Practitioner wording is public. Enter the official text from the scheme&apos;s documents: choose an entry on the left and type or paste its wording. Entries marked “not entered” still need it. The changes are saved together when you choose Save Wording, and one Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections, criteria and Lead Practitioner standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section of criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a criterion to the chosen section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the framework&apos;s wording with an Equimark framework file (.json), after showing what would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a section, a criterion or a standard to see and edit its wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official wording of the criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official wording has not been entered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion and standard has its wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) still need their official wording.</source>
        <translation>
            <numerusform>%n entry still needs its official wording.</numerusform>
            <numerusform>%n entries still need their official wording.</numerusform>
        </translation>
    </message>
    <message>
        <source>RACE Charter Mark criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of a section is shown above its criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official wording entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official wording has not been entered yet: replace the text below with the wording from the RACE Charter Mark documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner standard %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The official wording has not been entered yet: enter the standard&apos;s name and description from the Lead Practitioner booklet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections are numbered as in the RACE Charter Mark documents; their criteria are numbered &lt;section&gt;.&lt;n&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Criterion to Section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the criterion exactly as the RACE Charter Mark documents word it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 renamed to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 (%2) removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 reworded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New standard %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1 reworded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition %1 replaces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the framework “%1” (%2), not “%3” (%4), so it cannot replace this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has the same wording as this framework: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Framework File</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing this file would make %n change(s):</source>
        <translation>
            <numerusform>Importing this file would make %n change:</numerusform>
            <numerusform>Importing this file would make %n changes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… and %n more (see the details).</numerusform>
            <numerusform>… and %n more (see the details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you choose Save Wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use This File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::GridCellEditor</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a cell of the grid to see its statements, agree its rating and pick actions for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed by the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree with the suggested rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree the suggested rating (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the group agreed this rating: the evidence, what is in place, what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree the selected rating with this rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the selected rating and the rationale (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements of this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this cell in the whole-school audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctions for this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions linked to this element and strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action is linked to this element and strand yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an action for this cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an action for this element and strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the action plan with a new action for this element and strand (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 green, %2 amber, %3 red, %4 not judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has not agreed this cell yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ The agreed rating differs from the suggestion: say why in the rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year (%1): not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ▲ improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ▼ declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · = no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the group agreed this rating for the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the statements of this element and strand on the Audit page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::HelpGuide</name>
    <message>
        <source>Equimark Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equimark guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide to the process and to each page; Tab moves between its links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change made to this school file, by whom and when. The history is kept in the file and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes on page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show changes made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes made on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes made on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words in the values, ids or names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the history by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes since the last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changed item on its page (double-click or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last &amp;visit (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed on or after the visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit has been recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes have been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 matching change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the changes made on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the changes one person made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to the school file, newest first; press Enter to open the changed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the changed field held before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the changed field held after the change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ImpactItemEditor</name>
    <message>
        <source>Choose an item of evidence of impact to see and edit it, or add one: what you did, with whom, and the difference it made to others&apos; knowledge, understanding or practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Coaching programme for aspiring middle leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Six support staff from the global majority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With w&amp;hom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact on others&apos; knowledge, understanding or practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact on others:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the impact is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is &amp;known:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is shown: items from the evidence store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence items that show the impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the items of the school&apos;s evidence store that show this impact. Add new evidence on the Evidence page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files of the ticked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter &amp;criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP &amp;standards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance from the published RACE LP mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no files attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:
  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence ticked yet. The files attached to the ticked evidence are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the RACE criteria this work served to see which LP standards the published mapping suggests for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the published mapping suggests no LP standard for this criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggests %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the impact on others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change how the impact is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the evidence that shows the impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to RACE Charter criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map to LP standards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ImpactItemModel</name>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped to any criterion or standard yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE criteria: %1. LP standards: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::MainWindow</name>
    <message>
        <source>Equimark school files (*.equimark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more matches for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Equimark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another Equimark window (on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was updated for this version of Equimark; the previous version was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed this school file; the pages show its latest contents. Undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equimark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — Equimark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1. You can read, print and save a copy, but not change this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2).equimark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find on this page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this page matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Equimark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Equimark %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Equality accreditation work for schools, offline: the Lancashire Equality Mark, the RACE Charter Mark and the race equality leadership ambitions.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equimark &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::MeetingTableModel</name>
    <message>
        <source>%1 attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::MemberTableModel</name>
    <message>
        <source>%1 left the group on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the group on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the group on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::NetworkMeetingListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::NewAuditYearDialog</name>
    <message>
        <source>Start a New Year&apos;s Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Carry forward last year&apos;s evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry forward last year&apos;s evidence notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every statement of the new audit starts as not yet judged. The group judges it afresh; last year&apos;s ratings are shown beside each statement as a hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier audit to carry notes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence notes written in %1 are copied into the new audit for the group to review and update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new audit starts with no notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year the new audit is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each statement with last year&apos;s note, to be checked and updated; the ratings start empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::NewSchoolWizard</name>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These appear on every printed summary and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Reference Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six digits, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of each chosen framework is kept in the school file, so it opens the same way in years to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (edition %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always used: the audit, grid and action plan follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One school is one file. Keep it where it is backed up; you can copy it to a USB stick for a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equimark school files (*.equimark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep the school file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing school file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name as it appears on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six-digit number the Department for Education gives the school (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s phase: nursery, primary, special, short stay, secondary or all-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local authority the school belongs to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::NotReachedTableModel</name>
    <message>
        <source>Offered, not yet attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::OutcomeChartView</name>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures that may be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps that may be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::OutcomeImportDialog</name>
    <message>
        <source>Import Outcome Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure the file holds, and whether it replaces one already in the school file. Nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds every figure shown, in one step you can undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes without importing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported. Line %2, column %3: %4 Nothing has been imported; correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no filled-in rows: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 figures for %3 measures over %4 years; %5 replace figures already in the file. Check them, then choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::OutcomePreviewModel</name>
    <message>
        <source>replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::OutcomeTableModel</name>
    <message>
        <source>%1 (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed: fewer than %1, or a figure that would let a small one be worked out. Untick &quot;Hide small numbers&quot; to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95% interval leaves out 1: unlikely to be chance alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95% interval includes 1: could be chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk ratio (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::OutcomesPage</name>
    <message>
        <source>&amp;Hide small numbers below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome measure the table and charts show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year of the table and the gap chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: counts below the threshold, and figures worked out from them, read c, as in every PDF and CSV export. Off: every count, for your own checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold for small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts below this are hidden in everything shared; stored in the school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;National:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national figure for this measure and year, to compare with (a percentage, or points for Attainment 8); empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an outcomes CSV file and preview it before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a CSV file to fill in, with a row for every measure and group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures as a CSV file for sharing, small numbers suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures by ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row per ethnic group and one for all pupils: counts, rate, gap to all other pupils, risk ratio with its 95% interval and the target. Arrow keys move; the chosen group is added to the trend chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trend over the years, and each group&apos;s gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Outcome Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Outcomes Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Outcome Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcomes-shared.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome figures yet. Save the template, fill in the counts for each ethnic group (aggregate numbers only, never a pupil&apos;s record), then import the file with Import Figures…; you see every figure before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::OverviewPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;details and package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the school&apos;s details and support package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Whole-school audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the a&amp;udit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Summary grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the summary &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the action &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Actions and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Equality Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school file is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 support package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 support package, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support package chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet: start with a senior leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), including a senior leader.</source>
        <translation>
            <numerusform>%n member, including a senior leader.</numerusform>
            <numerusform>%n members, including a senior leader.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), but no senior leader: the group needs one.</source>
        <translation>
            <numerusform>%n member, but no senior leader: the group needs one.</numerusform>
            <numerusform>%n members, but no senior leader: the group needs one.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit for %1 yet: start this year&apos;s audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed once this year&apos;s audit is judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% judged (%3 of %4 statements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cells agreed for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to track until actions are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) planned: %1 in progress, %2 complete.</source>
        <translation>
            <numerusform>%n action planned: %1 in progress, %2 complete.</numerusform>
            <numerusform>%n actions planned: %1 in progress, %2 complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue.</source>
        <translation>
            <numerusform>%n action overdue.</numerusform>
            <numerusform>%n actions overdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest are on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open actions are on track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verified, %2 submitted, %3 in draft, of %4 strands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded %1, valid to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This framework awards badges only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 badges current.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Earned on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-accreditation is due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Due for re-accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned on %1; re-accreditation was due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet earned: %1 of %2 badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 badges within %2 years earn the Mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s).</source>
        <translation>
            <numerusform>In %n day.</numerusform>
            <numerusform>In %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the school&apos;s name, phase, local authority and support package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the advisor&apos;s visits and the network meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open v&amp;isits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit is planned. Record the next one under Visits and network meetings on the Accreditation page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::PersonTableModel</name>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::PortfolioHeader</name>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate&amp;way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moderation gateway the portfolio is aimed at. There are two gateways a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accre&amp;dited:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation lasts until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation lasts %1 years from the date it is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the portfolio has gone to its gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the gateway: every LP standard has evidence of impact and a self-assessment, and every reflective question is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready for the gateway yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway passed yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway passed %1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the gateway date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date accredited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the portfolio as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme the Lead Practitioner follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the portfolio has gone: drafting, submitted, moderated or accredited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::PortfolioPage</name>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equimark&apos;s own scale, not an official SSAT scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Practitioner portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen portfolio as a PDF, or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues working towards RACE Lead Practitioner accreditation assess themselves against the LP standards, reflect, and build evidence of their impact on others, mapped to the RACE Charter criteria, for moderation at a gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name or role to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ms Adeyemi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Deputy headteacher and RACE lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen practitioner and their portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen portfolio and its evidence of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vidence of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate yourself against each LP standard and say why. The scale (not yet, developing, secure, strength) is Equimark&apos;s own, not an official SSAT scale. Standards in italics have no public wording yet: enter it from the official LP booklet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment against the LP standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (new evidence of impact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did (Ctrl+N), then Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item of evidence of impact (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage of the LP standards and RACE criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP portfolios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gateway yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practitioner to see their portfolios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no portfolio yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolios of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 LP standards and %3 of %4 RACE criteria have evidence of impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet for %1 (marked &quot;None yet&quot; below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence of impact on the Evidence of impact tab and map it to standards and criteria; each item becomes a column here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file to see its Lead Practitioner portfolios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practitioners yet. Add the colleagues working towards Lead Practitioner accreditation: type a name and role on the left and press &quot;Add practitioner&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a practitioner on the left to see their portfolio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No portfolio yet. Press &quot;Add portfolio…&quot; to start one: choose the programme and the gateway you are aiming for, then assess yourself against the LP standards and add evidence of your impact on others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Lead Practitioner accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aiming for a gateway on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolios are moderated at one of two gateways a year. You can change the date later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and their portfolio, with all its evidence of impact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 and their %2 portfolios, with all their evidence of impact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the portfolio &quot;%1&quot; with its self-assessment, reflections and evidence of impact?
Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portfolio of the chosen practitioner to show and change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new portfolio for the chosen practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Lead Practitioner standard with its self-assessment; press F2 to change the chosen one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::PractitionerListModel</name>
    <message>
        <source>No role recorded yet: double-click to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Sam Taylor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current year (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is recorded with each judgement, action and change, so the group can see who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next time Equimark starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year Equimark opens on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ProgressNoteModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::RaceCharterPage</name>
    <message>
        <source>&amp;Start Using the RACE Charter Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the school stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the &amp;Wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award level the school is working towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;towards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award level the judgements reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria holding the school back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award the school holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award &amp;held:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awarded &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete or correct the wording of the framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the official wording of criteria and Lead Practitioner standards from the scheme&apos;s documents, or import a framework file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter Mark criteria by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the RACE Charter Mark in this school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file to see its RACE Charter Mark self-evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This school file does not use the RACE Charter Mark yet.

The RACE Charter Mark self-evaluation judges the school against the charter&apos;s criteria, links the evidence, raises actions into the same action plan as the Equality Mark and shows the award level the school is working towards. Lead Practitioner portfolios map their evidence of impact to the same criteria.

Start using it to add the criteria that are public to this file; the school can enter the rest from the official documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next level up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs every criterion at %2 or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric is Equimark&apos;s own self-evaluation aid, not the official RACE Charter Mark assessment; the framework sets no award rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric and the award rule (%1) are Equimark&apos;s own working aids, not the official RACE Charter Mark assessment. Criteria whose wording is not entered yet are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next level up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award level yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 criteria judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework defines no award levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion has its wording entered yet, so none can be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every criterion meets what %1 needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (below what %2 needs; choose one to judge it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion holds the school back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria holding the school back from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reassessment is due %n year(s) after an award.</source>
        <translation>
            <numerusform>Reassessment is due %n year after an award.</numerusform>
            <numerusform>Reassessment is due %n years after an award.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassessment due %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassessment was due %1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RACE Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RACE Charter Mark level the school is aiming for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level the school was awarded, if it holds one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion with the level reached; choose one to judge it on the right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::RaiseActionDialog</name>
    <message>
        <source>&amp;Due by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school will do, as the action plan lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who leads the action; may stay empty for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to give the action a date it is due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the action is due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Action Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::RatingTableModel</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ReferenceGroupPage</name>
    <message>
        <source>1 senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 senior leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 member of support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parents or carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 pupil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parents or carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality Reference Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no senior leader. It is essential that the group includes a member of the senior leadership team: add one below, or change a member&apos;s role to Senior leader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the group has no senior leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Once every half term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the new member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person named to the group, joining today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of the reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A member who steps down keeps their record: set the date they left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected members and their attendance (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings of the reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a meeting held today; change its date below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a meeting to see who came and what was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttended:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no members yet. The programme recommends a range of people: a senior leader, teachers, support staff, governors, parents and carers, and possibly pupils.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 current member: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 current members: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme recommends a range of people; not yet on the group: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part the new member plays in the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the group, with role and dates; double-click or press F2 to change a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every meeting of the group; choose one to see and change its details below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen meeting and its attendance (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the group met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each member who came; press Space to tick or untick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group decided, and who will do what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ReflectionsEditor</name>
    <message>
        <source>Your answer, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a portfolio to answer its reflective questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework of this portfolio has no reflective questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions aspiring Lead Practitioners ask themselves. Answers are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the reflective questions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::ReportDialog</name>
    <message>
        <source>&amp;Strand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortfolio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gateway chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strand the report covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the actions with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the actions are grouped in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year of the audit or summary grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit the report is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lead Practitioner whose portfolio is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the practitioner&apos;s portfolios is printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a printer and print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the report&apos;s pages before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which report to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period the training coverage covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period the training coverage covers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::SchoolDetailsDialog</name>
    <message>
        <source>School details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique Reference Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of the support package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the package includes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school has not taken a support package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 package for a %2 school: £%3 a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s name as it appears on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six-digit number the Department for Education gives the school (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local authority the school belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s phase: nursery, primary, special, short stay, secondary or all-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support package the school has bought for the year: what the advisor provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year the support package is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::SchoolDocument</name>
    <message>
        <source>This school file is open read-only (%1); the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the %1 accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That section of the audit is not delegated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That progress note is no longer in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change grid cell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the %1 audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the accreditation summary to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change evidence &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the meeting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change school details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the %1 accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence of impact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start portfolio &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add practitioner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise action &quot;%1&quot; for RACE Charter criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence of impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence of impact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove portfolio &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove practitioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove practitioner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the wording of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the RACE Charter Mark award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge RACE Charter criterion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change evidence of impact &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change portfolio &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change practitioner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the Equality Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the RACE Charter Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using the ambitions framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n outcome figure(s)</source>
        <translation type="unfinished">
            <numerusform>Import %n outcome figure</numerusform>
            <numerusform>Import %n outcome figures</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the national figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the threshold for small numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise action &quot;%1&quot; for ambition criterion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge ambition criterion %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::StandardAssessmentModel</name>
    <message>
        <source>Other standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording of this standard is not public. Enter it from the official LP booklet on the RACE Charter page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own rating on Equimark&apos;s scale (not yet, developing, secure, strength); it is not an official SSAT scale. Double-click to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LP standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the note on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::StatementEditor</name>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (keys in the statement list: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in the statement list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for this judgement: what you saw, where it is kept, who to ask. Saved when you leave the box or press Ctrl+Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a statement in the list to judge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework gives no guidance for this statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year: no judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school has done, and where the evidence for it can be found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::StatementListModel</name>
    <message>
        <source>Last year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::StrandBadgeWidget</name>
    <message>
        <source>%1 badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Click to open its accreditation summary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::SummaryEditor</name>
    <message>
        <source>Summary status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for pupils, staff and families because of the actions taken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurable results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures that show the change: survey results, attendance, incidents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement from the reference group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Equality Reference Group&apos;s view of the strand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measurable results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement from the reference &amp;group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions taken (tick those reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked &amp;evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary grid movement since the first audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary grid since the first audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the summary to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified on %1 by %2; locked. Withdrawing the verification is the only way to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open read-only; the summary cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the advisor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor&apos;s comments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the accreditation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and award badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at a recorded visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is &amp;needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strand&apos;s badge is taken away and the summary goes back to submitted. The reason is recorded in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one grid agreed so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the accreditation summary of this strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cells of the strand moved up or down the ratings since the first audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the advisor&apos;s verification so the summary can change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::SummaryGridModel</name>
    <message>
        <source>Improved since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::SummaryGridPage</name>
    <message>
        <source>Equality summary grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary grid: elements by strands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large chip: the agreed rating (dashed while not agreed). Small chip: the suggestion from the statements. ≠ the two differ. ▲ improved, ▼ declined, = same as last year. Bar: how the statements are judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit has been started yet: start this year&apos;s audit on the Audit page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cells agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 differs from the suggestion (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differ from the suggestion (≠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1: %2 improved (▲), %3 declined (▼)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no earlier audit to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The academic year whose summary grid is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed rating of each element and strand; move with the arrow keys, and change the chosen cell on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The summary grid&lt;/b&gt; holds the rating the reference group agrees for each element (rows) and strand (columns) once the audit is done.&lt;/p&gt;&lt;p&gt;Until a rating is agreed, a cell shows what the audit suggests: Red when more than a third of its judged statements are red, Green when they are mostly green and none is red, Amber otherwise. A suggestion needs at least half of the cell&apos;s statements judged.&lt;/p&gt;&lt;p&gt;Choose a cell to agree its rating and give the rationale on the right.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The chosen cell.&lt;/b&gt; Agree its rating: take the suggestion (Ctrl+Shift+Enter), or choose Red, Amber or Green and say why in the rationale, then press &lt;i&gt;Agree&lt;/i&gt; (Ctrl+Enter).&lt;/p&gt;&lt;p&gt;Below are the statements behind the cell and the actions linked to it; you can open the cell in the audit or create an action for it from here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::SummaryListModel</name>
    <message>
        <source>Awarded %1, valid to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 (awarded %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::TrainingCasesPanel</name>
    <message>
        <source>Add case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies of positive action; the selected one is edited on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a case study of positive action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected case study (Edit &gt; Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case study is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to give the case study a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme the case study came from, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, for whom, and what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the evidence store that show the case study: Space ticks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::TrainingCoveragePanel</name>
    <message>
        <source>This academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show September to August of the current academic year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training coverage report for this period as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts as race equality training: %1, first courses and refreshers. Each person counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff, governors, leaders and everyone in post in the period: offered and attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in post in the period who have not attended race equality training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose another &quot;Until&quot; date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody on the People tab was in post in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everyone in post attended: %n session(s) counted.</source>
        <translation type="unfinished">
            <numerusform>Everyone in post attended: %n session counted.</numerusform>
            <numerusform>Everyone in post attended: %n sessions counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people in post have not attended yet; all of them have been offered a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people in post have not attended yet; %3 of them have not been offered a session. Ambition 4 asks that everyone is offered it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::TrainingPage</name>
    <message>
        <source>Staff training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage, people, sessions, programmes and case studies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::TrainingPeoplePanel</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new member of staff or governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name and press Enter or Add person; then fill in the role and dates in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person&apos;s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the new person is a member of staff or a governor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person named to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected person with their attendance and ratings (Edit &gt; Undo puts them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and governors training is offered to. Press F2 to change a cell; Space ticks Leader.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::TrainingProgrammesPanel</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the programme sets out to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How leaders changed their approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaders now do differently because of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning is embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning shows in everyday practice; link the actions that carry it on the Linked actions tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training programmes; the selected one is edited on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a training programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected programme; its sessions and case studies stay (Edit &gt; Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the programme is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;leaders changed their approach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning is &amp;embedded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions in the action plan that embed the learning: Space ticks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant&apos;s confidence before and after, 1 to 5: press F2 to enter one. Reports show only the totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant has rated both before and after yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 participants have rated both before and after, so the means are suppressed in what is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 participants rated both: mean confidence %2 before, %3 after (change %4). Reports show only these totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add a programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::TrainingSessionTableModel</name>
    <message>
        <source>Programme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts towards race equality coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not count towards race equality coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refresher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::TrainingSessionsPanel</name>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer to everyone in post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. The selected session is edited on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a training session dated today, then fill in its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected session with its attendance (Edit &gt; Undo puts it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the session is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the session is or was held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race equality, anti-racist leadership and unconscious bias count towards coverage; the other topics are recorded only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked when the session refreshes earlier training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme this session belongs to, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivers the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the session is for, e.g. whole staff or governors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer this session to everyone in post on its date who has not been offered it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in post on the session&apos;s date: Space ticks Offered or Attended in the current cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not part of a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered to %1 of the %2 people in post on the day; %3 attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to see who was offered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New training session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::VisitsPanel</name>
    <message>
        <source>Advisory and accreditation visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning environment walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;visor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning environment &amp;walk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held (what was heard; leave empty if the advisor did not meet the group):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was heard from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this visit and what was recorded at it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of the network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to the network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this network meeting and its notes?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>equimark::WelcomePage</name>
    <message>
        <source>Equimark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equality accreditation work for your school: the whole-school audit, the summary grid, the action plan, accreditation summaries and badges. Everything is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a school file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional primary school with every step filled in, to try Equimark out. Kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school files opened yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Equality accreditation work for schools, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo school (created in your data folder if absent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the page with this id (overview, audit, summary-grid, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open FILE, show the window and quit as soon as its first page has been painted (for benchmarks).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
