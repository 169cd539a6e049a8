<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AccreditationRepository</name>
    <message>
        <source>This accreditation summary has been verified, so it can no longer be changed. The verification has to be withdrawn first.</source>
        <translation>Mae&apos;r crynodeb achredu hwn wedi&apos;i ddilysu, felly ni ellir ei newid mwyach. Rhaid tynnu&apos;r dilysiad yn ôl yn gyntaf.</translation>
    </message>
    <message>
        <source>There is no accreditation summary number %1 in this school file.</source>
        <translation>Nid oes crynodeb achredu rhif %1 yn y ffeil ysgol hon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand of %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o linynnau %2.</translation>
    </message>
    <message>
        <source>The %1 strand already has an accreditation summary in progress (number %2); carry on with that one.</source>
        <translation>Mae gan y llinyn %1 grynodeb achredu ar y gweill eisoes (rhif %2); parhewch â hwnnw.</translation>
    </message>
    <message>
        <source>Only a draft accreditation summary that was never submitted can be removed; this one has a history to keep.</source>
        <translation>Dim ond crynodeb achredu drafft na chafodd erioed ei gyflwyno y gellir ei dynnu; mae gan hwn hanes i&apos;w gadw.</translation>
    </message>
    <message>
        <source>There is no action number %1 to link to the summary.</source>
        <translation>Nid oes cam gweithredu rhif %1 i&apos;w gysylltu â&apos;r crynodeb.</translation>
    </message>
    <message>
        <source>There is no piece of evidence number %1 to link to the summary.</source>
        <translation>Nid oes eitem o dystiolaeth rhif %1 i&apos;w chysylltu â&apos;r crynodeb.</translation>
    </message>
    <message>
        <source>Give the date the summary was submitted.</source>
        <translation>Rhowch y dyddiad y cyflwynwyd y crynodeb.</translation>
    </message>
    <message>
        <source>This accreditation summary has already been submitted.</source>
        <translation>Mae&apos;r crynodeb achredu hwn eisoes wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <source>Write the outcomes achieved before submitting the summary.</source>
        <translation>Ysgrifennwch y deilliannau a gyflawnwyd cyn cyflwyno&apos;r crynodeb.</translation>
    </message>
    <message>
        <source>Give the name of the advisor who verified the summary.</source>
        <translation>Rhowch enw&apos;r cynghorydd a ddilysodd y crynodeb.</translation>
    </message>
    <message>
        <source>Give the date the summary was verified.</source>
        <translation>Rhowch y dyddiad y dilyswyd y crynodeb.</translation>
    </message>
    <message>
        <source>This accreditation summary has already been verified.</source>
        <translation>Mae&apos;r crynodeb achredu hwn eisoes wedi&apos;i ddilysu.</translation>
    </message>
    <message>
        <source>Only a submitted accreditation summary can be verified; this one is %1.</source>
        <translation>Dim ond crynodeb achredu a gyflwynwyd y gellir ei ddilysu; %1 yw statws yr un hwn.</translation>
    </message>
    <message>
        <source>The summary cannot be verified on %1, before it was submitted on %2.</source>
        <translation>Ni ellir dilysu&apos;r crynodeb ar %1, cyn iddo gael ei gyflwyno ar %2.</translation>
    </message>
    <message>
        <source>There is no visit number %1 in this school file.</source>
        <translation>Nid oes ymweliad rhif %1 yn y ffeil ysgol hon.</translation>
    </message>
    <message>
        <source>This strand&apos;s badge was already awarded on %1.</source>
        <translation>Dyfarnwyd bathodyn y llinyn hwn eisoes ar %1.</translation>
    </message>
    <message>
        <source>Give the name of the advisor returning the summary.</source>
        <translation>Rhowch enw&apos;r cynghorydd sy&apos;n dychwelyd y crynodeb.</translation>
    </message>
    <message>
        <source>Give the date the summary was returned.</source>
        <translation>Rhowch y dyddiad y dychwelwyd y crynodeb.</translation>
    </message>
    <message>
        <source>Say what the school needs to change before the summary is submitted again.</source>
        <translation>Nodwch beth sydd angen i&apos;r ysgol ei newid cyn cyflwyno&apos;r crynodeb eto.</translation>
    </message>
    <message>
        <source>Only a submitted accreditation summary can be returned to the school; this one is %1.</source>
        <translation>Dim ond crynodeb achredu a gyflwynwyd y gellir ei ddychwelyd i&apos;r ysgol; %1 yw statws yr un hwn.</translation>
    </message>
    <message>
        <source>Say why the verification is being withdrawn.</source>
        <translation>Nodwch pam mae&apos;r dilysiad yn cael ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Only a verified accreditation summary can have its verification withdrawn; this one is %1.</source>
        <translation>Dim ond crynodeb achredu a ddilyswyd y gellir tynnu ei ddilysiad yn ôl; %1 yw statws yr un hwn.</translation>
    </message>
</context>
<context>
    <name>AccreditationSummary</name>
    <message>
        <source>Submitted</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>Returned to the school</source>
        <translation>Wedi&apos;i ddychwelyd i&apos;r ysgol</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Verification withdrawn</source>
        <translation>Dilysiad wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
</context>
<context>
    <name>AccreditationSummaryReport</name>
    <message>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi dirywio</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand of %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o linynnau %2.</translation>
    </message>
    <message>
        <source>There is no accreditation summary for the %1 strand yet.</source>
        <translation>Nid oes crynodeb achredu ar gyfer y llinyn %1 eto.</translation>
    </message>
    <message>
        <source>Accreditation summary: %1</source>
        <translation>Crynodeb achredu: %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>URN</source>
        <translation>URN</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Badge sought</source>
        <translation>Bathodyn a geisir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 gan %2</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>No actions have been linked to this summary.</source>
        <translation>Nid oes unrhyw gamau gweithredu wedi&apos;u cysylltu â&apos;r crynodeb hwn.</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Deilliannau a gyflawnwyd</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Heb ei ysgrifennu eto.</translation>
    </message>
    <message>
        <source>Measurable results</source>
        <translation>Canlyniadau mesuradwy</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Dim wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>No evidence has been linked to this summary.</source>
        <translation>Nid oes unrhyw dystiolaeth wedi&apos;i chysylltu â&apos;r crynodeb hwn.</translation>
    </message>
    <message>
        <source>The summary grid for %1 since the first audit</source>
        <translation>Y grid crynodeb ar gyfer %1 ers yr archwiliad cyntaf</translation>
    </message>
    <message>
        <source>No audit has been recorded yet.</source>
        <translation>Nid oes archwiliad wedi&apos;i gofnodi eto.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Statement from the equality reference group</source>
        <translation>Datganiad gan y grŵp cyfeirio cydraddoldeb</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Dilysiad</translation>
    </message>
    <message>
        <source>Advisor&apos;s comments: %1</source>
        <translation>Sylwadau&apos;r cynghorydd: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Sylwadau</translation>
    </message>
    <message>
        <source>Not yet submitted.</source>
        <translation>Heb ei gyflwyno eto.</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
</context>
<context>
    <name>ActionCommands</name>
    <message>
        <source>Adds an action to the school&apos;s action plan and prints its number. --strand may be repeated (or list ids with commas).</source>
        <translation>Yn ychwanegu cam gweithredu at gynllun gweithredu&apos;r ysgol ac yn argraffu ei rif. Gellir ailadrodd --strand (neu restru dynodyddion wedi&apos;u gwahanu gan gomas).</translation>
    </message>
    <message>
        <source>What will be done.</source>
        <translation>Beth fydd yn cael ei wneud.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTUN</translation>
    </message>
    <message>
        <source>An equality strand id, e.g. race.</source>
        <translation>Dynodydd llinyn cydraddoldeb, e.e. race.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>An element id, e.g. leadership.</source>
        <translation>Dynodydd elfen, e.e. leadership.</translation>
    </message>
    <message>
        <source>Who leads it.</source>
        <translation>Pwy sy&apos;n ei arwain.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation>Erbyn pryd y dylid ei wneud.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad; ysgrifennwch ef fel YYYY-MM-DD, e.e. 2027-03-31.</translation>
    </message>
    <message>
        <source>Added action %1: %2</source>
        <translation>Ychwanegwyd cam gweithredu %1: %2</translation>
    </message>
</context>
<context>
    <name>ActionCsv</name>
    <message>
        <source>&quot;%1&quot; is not a column of an action plan file. The first row names the columns: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn golofn mewn ffeil cynllun gweithredu. Mae&apos;r rhes gyntaf yn enwi&apos;r colofnau: %2.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>mae&apos;r golofn &quot;%1&quot; yn ymddangos ddwywaith.</translation>
    </message>
    <message>
        <source>the first row has no &quot;%1&quot; column. It names the columns: %2.</source>
        <translation>nid oes colofn &quot;%1&quot; yn y rhes gyntaf. Mae&apos;n enwi&apos;r colofnau: %2.</translation>
    </message>
    <message>
        <source>the action has no title.</source>
        <translation>nid oes teitl gan y cam gweithredu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of the %2. Use one or more of: %3, separated by &quot;;&quot;.</source>
        <translation>Nid yw &quot;%1&quot; yn un o linynnau cydraddoldeb %2. Defnyddiwch un neu fwy o&apos;r canlynol: %3, wedi&apos;u gwahanu gan &quot;;&quot;.</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; has no equality strand; name at least one, e.g. race.</source>
        <translation>nid oes llinyn cydraddoldeb gan y cam gweithredu &quot;%1&quot;; enwch o leiaf un, e.e. race.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of the %2. Use one of: %3; or leave it empty.</source>
        <translation>Nid yw &quot;%1&quot; yn un o elfennau %2. Defnyddiwch un o&apos;r canlynol: %3; neu gadewch yn wag.</translation>
    </message>
    <message>
        <source>the action is due (%1) before it starts (%2).</source>
        <translation>mae dyddiad cwblhau&apos;r cam gweithredu (%1) cyn ei ddyddiad dechrau (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status. Use one of: %2; or leave it empty for not started.</source>
        <translation>Nid yw &quot;%1&quot; yn statws cam gweithredu. Defnyddiwch un o&apos;r canlynol: %2; neu gadewch yn wag os nad yw wedi dechrau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write dates as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad; ysgrifennwch ddyddiadau fel YYYY-MM-DD, e.e. 2027-03-31.</translation>
    </message>
    <message>
        <source>the file is empty. Its first row must name the columns: %1.</source>
        <translation>mae&apos;r ffeil yn wag. Rhaid i&apos;w rhes gyntaf enwi&apos;r colofnau: %1.</translation>
    </message>
</context>
<context>
    <name>ActionPlanReport</name>
    <message>
        <source>1 action</source>
        <translation>1 cam gweithredu</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 cam gweithredu</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>1 diwrnod yn hwyr</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>%1 diwrnod yn hwyr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Effaith: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a strand of %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o linynnau %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o elfennau %2.</translation>
    </message>
    <message>
        <source>Equality action plan: %1</source>
        <translation>Cynllun gweithredu cydraddoldeb: %1</translation>
    </message>
    <message>
        <source>Equality action plan</source>
        <translation>Cynllun gweithredu cydraddoldeb</translation>
    </message>
    <message>
        <source>strand %1</source>
        <translation>llinyn %1</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>elfen %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statws %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Actions shown</source>
        <translation>Camau a ddangosir</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Pob cam gweithredu</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Dim ond %1</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Wedi&apos;u grwpio yn ôl</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Actions listed</source>
        <translation>Camau a restrir</translation>
    </message>
    <message>
        <source>%1, of which %2 complete and %3 overdue</source>
        <translation>%1, gyda %2 wedi&apos;u cwblhau a %3 yn hwyr</translation>
    </message>
    <message>
        <source>Overdue as at</source>
        <translation>Yn hwyr ar</translation>
    </message>
    <message>
        <source>An action that serves several strands is listed under each of them.</source>
        <translation>Mae cam gweithredu sy&apos;n gwasanaethu sawl llinyn wedi&apos;i restru o dan bob un ohonynt.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Strands</source>
        <translation>Llinynnau</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Latest progress and impact</source>
        <translation>Cynnydd ac effaith diweddaraf</translation>
    </message>
    <message>
        <source>SIP priority</source>
        <translation>Blaenoriaeth CGY</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No actions match this selection.</source>
        <translation>Nid oes unrhyw gamau gweithredu&apos;n cyfateb i&apos;r dewis hwn.</translation>
    </message>
    <message>
        <source>No element given</source>
        <translation>Dim elfen wedi&apos;i rhoi</translation>
    </message>
</context>
<context>
    <name>ActionRepository</name>
    <message>
        <source>There is no action %1 in this file; it may have been removed.</source>
        <translation>Nid oes cam gweithredu %1 yn y ffeil hon; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>Mae angen teitl ar y cam gweithredu.</translation>
    </message>
    <message>
        <source>Choose at least one equality strand for the action &quot;%1&quot;.</source>
        <translation>Dewiswch o leiaf un llinyn cydraddoldeb ar gyfer y cam gweithredu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o linynnau cydraddoldeb %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o elfennau %2.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; is due on %2, before it starts on %3.</source>
        <translation>Dyddiad cwblhau&apos;r cam gweithredu &quot;%1&quot; yw %2, cyn iddo ddechrau ar %3.</translation>
    </message>
    <message>
        <source>The progress note is empty.</source>
        <translation>Mae&apos;r nodyn cynnydd yn wag.</translation>
    </message>
    <message>
        <source>The progress note needs a date.</source>
        <translation>Mae angen dyddiad ar y nodyn cynnydd.</translation>
    </message>
    <message>
        <source>There is no progress note %1 in this file; it may have been removed.</source>
        <translation>Nid oes nodyn cynnydd %1 yn y ffeil hon; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; cannot be put back without its number.</source>
        <translation>Ni ellir adfer y cam gweithredu &quot;%1&quot; heb ei rif.</translation>
    </message>
    <message>
        <source>The action &quot;%1&quot; cannot be put back: action %2 is already in this file.</source>
        <translation>Ni ellir adfer y cam gweithredu &quot;%1&quot;: mae cam gweithredu %2 eisoes yn y ffeil hon.</translation>
    </message>
</context>
<context>
    <name>AmbitionRepository</name>
    <message>
        <source>&quot;%1&quot; is not a framework of ambitions.</source>
        <translation>Nid yw &quot;%1&quot; yn fframwaith uchelgeisiau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year; write it like 2026-27.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn academaidd; ysgrifennwch hi fel 2026-27.</translation>
    </message>
    <message>
        <source>There is no success criterion &quot;%1&quot; in the %2.</source>
        <translation>Nid oes maen prawf llwyddiant &quot;%1&quot; yn fframwaith %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn statws yn fframwaith %2.</translation>
    </message>
</context>
<context>
    <name>AmbitionsReport</name>
    <message>
        <source>This school file does not use the race equality leadership ambitions.</source>
        <translation>Nid yw&apos;r ffeil ysgol hon yn defnyddio&apos;r uchelgeisiau arwain ar gydraddoldeb hiliol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year; write it like 2026-27.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn academaidd; ysgrifennwch hi fel 2026-27.</translation>
    </message>
    <message>
        <source>Race equality leadership ambitions %1</source>
        <translation>Uchelgeisiau arwain ar gydraddoldeb hiliol %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Blwyddyn academaidd</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>O&apos;i gymharu â</translation>
    </message>
    <message>
        <source>Success criteria met</source>
        <translation>Meini prawf llwyddiant wedi&apos;u bodloni</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Yn datblygu</translation>
    </message>
    <message>
        <source>Where the school stands</source>
        <translation>Lle mae&apos;r ysgol arni</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Uchelgais</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Ambition %1: %2</source>
        <translation>Uchelgais %1: %2</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Maen prawf llwyddiant</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Statws %1</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence and actions</source>
        <translation>Tystiolaeth a chamau gweithredu</translation>
    </message>
    <message>
        <source>(%1: %2)</source>
        <translation>(%1: %2)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Tystiolaeth: %1</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Cam gweithredu: %1 (%2)</translation>
    </message>
    <message>
        <source>Outcome measure: %1</source>
        <translation>Mesur canlyniad: %1</translation>
    </message>
    <message>
        <source>Each year is judged afresh: a criterion not judged in a year counts as not started. Every status is the school&apos;s own judgement.</source>
        <translation>Caiff pob blwyddyn ei barnu o&apos;r newydd: mae maen prawf na chafodd ei farnu mewn blwyddyn yn cyfrif fel heb ddechrau. Barn yr ysgol ei hun yw pob statws.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Lists the statement ids of the file&apos;s audit framework, one a line (with --json: their element, strand and text too).</source>
        <translation>Yn rhestru dynodyddion datganiadau fframwaith archwilio&apos;r ffeil, un ar bob llinell (gyda --json: eu helfen, eu llinyn a&apos;u testun hefyd).</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Argraffu JSON ar gyfer sgriptiau.</translation>
    </message>
    <message>
        <source>Records the judgement of one audit statement for a school year (starting that year&apos;s audit if needed). Without --note the statement&apos;s note is kept.</source>
        <translation>Yn cofnodi&apos;r farn ar un datganiad archwilio ar gyfer blwyddyn ysgol (gan ddechrau archwiliad y flwyddyn honno os oes angen). Heb --note, caiff nodyn y datganiad ei gadw.</translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-27.</source>
        <translation>Y flwyddyn ysgol, e.e. 2026-27.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>BLWYDDYN</translation>
    </message>
    <message>
        <source>The statement id (see &quot;audit items&quot;).</source>
        <translation>Dynodydd y datganiad (gweler &quot;audit items&quot;).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>red, amber, green or none.</source>
        <translation>red, amber, green neu none.</translation>
    </message>
    <message>
        <source>RATING</source>
        <translation>SGÔR</translation>
    </message>
    <message>
        <source>The evidence note.</source>
        <translation>Y nodyn tystiolaeth.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TESTUN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year; write it like 2026-27.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn ysgol; ysgrifennwch hi fel 2026-27.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rating; use red, amber, green or none.</source>
        <translation>Nid yw &quot;%1&quot; yn sgôr; defnyddiwch red, amber, green neu none.</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
</context>
<context>
    <name>AuditRecordReport</name>
    <message>
        <source>Whole-school audit %1</source>
        <translation>Archwiliad ysgol gyfan %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Blwyddyn ysgol</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dechreuwyd</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation>%1 o %2 wedi&apos;u barnu</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Barnwyd gan</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>&quot;%1&quot; is not an audit statement of %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o ddatganiadau archwilio %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an element of %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o elfennau %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o linynnau cydraddoldeb %2.</translation>
    </message>
    <message>
        <source>No whole-school audit has been started for %1.</source>
        <translation>Nid oes archwiliad ysgol gyfan wedi&apos;i ddechrau ar gyfer %1.</translation>
    </message>
    <message>
        <source>The file has no audit number %1.</source>
        <translation>Nid oes archwiliad rhif %1 yn y ffeil.</translation>
    </message>
    <message>
        <source>The whole-school audit for %1 has already been started.</source>
        <translation>Mae&apos;r archwiliad ysgol gyfan ar gyfer %1 eisoes wedi&apos;i ddechrau.</translation>
    </message>
    <message>
        <source>Say who the section is delegated to: a person or a group.</source>
        <translation>Nodwch i bwy y dirprwyir yr adran: unigolyn neu grŵp.</translation>
    </message>
    <message>
        <source>Choose an element, a strand, or both to delegate.</source>
        <translation>Dewiswch elfen, llinyn, neu&apos;r ddau i&apos;w dirprwyo.</translation>
    </message>
    <message>
        <source>The audit has no delegation number %1.</source>
        <translation>Nid oes dirprwyaeth rhif %1 yn yr archwiliad.</translation>
    </message>
</context>
<context>
    <name>CaseStudyRepository</name>
    <message>
        <source>There is no case study %1 in this file; it may have been removed.</source>
        <translation>Nid oes astudiaeth achos %1 yn y ffeil hon; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>The case study needs a title.</source>
        <translation>Mae angen teitl ar yr astudiaeth achos.</translation>
    </message>
    <message>
        <source>There is no evidence %1 in the evidence store to link; it may have been removed.</source>
        <translation>Nid oes tystiolaeth %1 yn y storfa dystiolaeth i&apos;w chysylltu; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
</context>
<context>
    <name>CharterReport</name>
    <message>
        <source>This school file has no RACE Charter Mark framework.</source>
        <translation>Nid oes fframwaith RACE Charter Mark yn y ffeil ysgol hon.</translation>
    </message>
    <message>
        <source>%1 is not a RACE Charter Mark framework.</source>
        <translation>Nid yw %1 yn fframwaith RACE Charter Mark.</translation>
    </message>
    <message>
        <source>RACE Charter Mark self-evaluation</source>
        <translation>Hunanwerthusiad RACE Charter Mark</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Level reached</source>
        <translation>Lefel a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>Working towards</source>
        <translation>Yn gweithio tuag at</translation>
    </message>
    <message>
        <source>Criteria judged</source>
        <translation>Meini prawf wedi&apos;u barnu</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Award held</source>
        <translation>Dyfarniad a ddelir</translation>
    </message>
    <message>
        <source>%1, awarded %2</source>
        <translation>%1, dyfarnwyd %2</translation>
    </message>
    <message>
        <source>Reassessment due</source>
        <translation>Ailasesiad yn ddyledus</translation>
    </message>
    <message>
        <source>What holds the school back from %1</source>
        <translation>Beth sy&apos;n atal yr ysgol rhag cyrraedd %1</translation>
    </message>
    <message>
        <source>No criterion is below what %1 needs.</source>
        <translation>Nid oes unrhyw faen prawf yn is na&apos;r hyn sydd ei angen ar gyfer %1.</translation>
    </message>
    <message>
        <source>not judged yet</source>
        <translation>heb ei farnu eto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Award levels here follow Equimark&apos;s own working rule, not an official RACE Charter Mark rule: every criterion whose wording is known must be judged at least at the rubric level each award level names.</source>
        <translation>Mae&apos;r lefelau dyfarniad yma&apos;n dilyn rheol waith Equimark ei hun, nid rheol swyddogol y RACE Charter Mark: rhaid barnu pob maen prawf y mae ei eiriad yn hysbys o leiaf ar lefel y gyfeireb y mae pob lefel dyfarniad yn ei henwi.</translation>
    </message>
    <message>
        <source>The rubric</source>
        <translation>Y gyfeireb</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Ystyr</translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation>Adran %1: %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Maen prawf</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence and actions</source>
        <translation>Tystiolaeth a chamau gweithredu</translation>
    </message>
    <message>
        <source>No criteria of this section are known yet.</source>
        <translation>Nid oes unrhyw feini prawf yn yr adran hon yn hysbys eto.</translation>
    </message>
    <message>
        <source>%1 (wording not known yet)</source>
        <translation>%1 (nid yw&apos;r geiriad yn hysbys eto)</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Heb ei farnu eto</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>gan %1, %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Tystiolaeth: %1</translation>
    </message>
    <message>
        <source>Evidence: %1 (files: %2)</source>
        <translation>Tystiolaeth: %1 (ffeiliau: %2)</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Cam gweithredu: %1 (%2)</translation>
    </message>
    <message>
        <source>Only part of the RACE Charter Mark criteria is public. Criteria not listed here must be entered from the official RACE Charter Mark documents (a school holding them can enter them in Equimark).</source>
        <translation>Dim ond rhan o feini prawf y RACE Charter Mark sy&apos;n gyhoeddus. Rhaid rhoi&apos;r meini prawf nad ydynt wedi&apos;u rhestru yma i mewn o ddogfennau swyddogol y RACE Charter Mark (gall ysgol sydd â&apos;r dogfennau hynny eu rhoi i mewn yn Equimark).</translation>
    </message>
</context>
<context>
    <name>CharterRepository</name>
    <message>
        <source>&quot;%1&quot; is not a RACE Charter Mark framework.</source>
        <translation>Nid yw &quot;%1&quot; yn fframwaith RACE Charter Mark.</translation>
    </message>
    <message>
        <source>There is no criterion %1 in the %2.</source>
        <translation>Nid oes maen prawf %1 yn fframwaith %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of the self-evaluation rubric of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o lefelau cyfeireb hunanwerthusiad %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an award level of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o lefelau dyfarniad %2.</translation>
    </message>
    <message>
        <source>Enter the date the %1 award was made.</source>
        <translation>Rhowch y dyddiad y gwnaed y dyfarniad %1.</translation>
    </message>
    <message>
        <source>Choose the award level the school was given on that date.</source>
        <translation>Dewiswch y lefel dyfarniad a roddwyd i&apos;r ysgol ar y dyddiad hwnnw.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 cannot be changed here (%2); nothing was changed.</source>
        <translation>Ni ellir newid %1 yma (%2); ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Defnydd: %1 %2</translation>
    </message>
    <message>
        <source>Usage: %1 [--user NAME] COMMAND [ARGUMENTS] [--help]</source>
        <translation>Defnydd: %1 [--user ENW] GORCHYMYN [DADLEUON] [--help]</translation>
    </message>
    <message>
        <source>Works on Equimark school files (.equimark) from scripts.</source>
        <translation>Yn gweithio ar ffeiliau ysgol Equimark (.equimark) o sgriptiau.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Gorchmynion:</translation>
    </message>
    <message>
        <source>Usage: %1 </source>
        <translation>Defnydd: %1 </translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 check found problems, 2 usage error, 3 the file cannot be opened or written, 4 the request is invalid.</source>
        <translation>Statws gadael: 0 llwyddiant, 1 y gwiriad wedi canfod problemau, 2 gwall defnydd, 3 ni ellir agor nac ysgrifennu&apos;r ffeil, 4 mae&apos;r cais yn annilys.</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of one command.</source>
        <translation>Rhedwch &quot;%1 GORCHYMYN --help&quot; i weld opsiynau un gorchymyn.</translation>
    </message>
    <message>
        <source>see %1 %2 --help</source>
        <translation>gweler %1 %2 --help</translation>
    </message>
    <message>
        <source>see %1 --help</source>
        <translation>gweler %1 --help</translation>
    </message>
    <message>
        <source>--user needs a name.</source>
        <translation>Mae angen enw ar --user.</translation>
    </message>
    <message>
        <source>unknown option %1.</source>
        <translation>opsiwn anhysbys %1.</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>ni roddwyd gorchymyn.</translation>
    </message>
    <message>
        <source>there is no command &quot;%1&quot;.</source>
        <translation>nid oes gorchymyn &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation>mae angen un o&apos;r canlynol ar &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>gorchymyn anhysbys &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Dangos y cymorth hwn.</translation>
    </message>
    <message>
        <source>The name recorded on edits (default: EQUIMARK_USER, else the login name).</source>
        <translation>Yr enw a gofnodir ar olygiadau (rhagosodiad: EQUIMARK_USER, neu fel arall yr enw mewngofnodi).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>Where the copy is saved.</source>
        <translation>Ble mae&apos;r copi&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>The school file (.equimark).</source>
        <translation>Y ffeil ysgol (.equimark).</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Mae %1 ar goll.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>dadl annisgwyl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>Mae --%1 yn ofynnol.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the text is not valid UTF-16. Save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>nid yw&apos;r testun yn UTF-16 dilys. Cadwch ef o&apos;ch taenlen fel &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character; it may have been cut short.</source>
        <translation>mae&apos;r ffeil yn dod i ben yng nghanol nod UTF-16; efallai ei bod wedi&apos;i thorri&apos;n fyr.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte %1 of the file). Save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>nid yw&apos;r testun yn UTF-8 dilys (beit %1 o&apos;r ffeil). Cadwch ef o&apos;ch taenlen fel &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>the file has more than %1 rows; split it into smaller files.</source>
        <translation>mae gan y ffeil fwy na %1 rhes; rhannwch hi&apos;n ffeiliau llai.</translation>
    </message>
    <message>
        <source>this row has more fields than the first row (%1 instead of %2).</source>
        <translation>mae gan y rhes hon fwy o feysydd na&apos;r rhes gyntaf (%1 yn lle %2).</translation>
    </message>
    <message>
        <source>this row has fewer fields than the first row (%1 instead of %2).</source>
        <translation>mae gan y rhes hon lai o feysydd na&apos;r rhes gyntaf (%1 yn lle %2).</translation>
    </message>
    <message>
        <source>a row has more than %1 columns.</source>
        <translation>mae gan res fwy na %1 colofn.</translation>
    </message>
    <message>
        <source>a quote mark is inside a field that does not start with one. Put the whole field in quotes and write the quote mark twice (&quot;&quot;).</source>
        <translation>mae dyfynnod y tu mewn i faes nad yw&apos;n dechrau ag un. Rhowch y maes cyfan mewn dyfynodau ac ysgrifennwch y dyfynnod ddwywaith (&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quoted field is not closed.</source>
        <translation>nid yw maes mewn dyfynodau wedi&apos;i gau.</translation>
    </message>
    <message>
        <source>a closing quote mark must be followed by &quot;%1&quot; or the end of the line. Write a quote mark inside a quoted field twice (&quot;&quot;).</source>
        <translation>rhaid i &quot;%1&quot; neu ddiwedd y llinell ddod ar ôl dyfynnod cau. Ysgrifennwch ddyfynnod y tu mewn i faes mewn dyfynodau ddwywaith (&quot;&quot;).</translation>
    </message>
    <message>
        <source>the file contains a NUL character, which text never holds; it may not be a CSV file.</source>
        <translation>mae&apos;r ffeil yn cynnwys nod NUL, nad yw byth i&apos;w gael mewn testun; efallai nad yw&apos;n ffeil CSV.</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters.</source>
        <translation>mae maes yn hwy na %1 nod.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Llinell %1, colofn %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than %1 bytes; split it into smaller files.</source>
        <translation>mae&apos;r ffeil yn fwy na %1 beit; rhannwch hi&apos;n ffeiliau llai.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Nid oes ffeil %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>Ffolder yw %1, nid ffeil CSV.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; split it into smaller files.</source>
        <translation>Mae %1 yn fwy na %2 beit; rhannwch y ffeil yn ffeiliau llai.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Ni ellir darllen %1: %2.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file %1 could not be written (%2); nothing was saved there.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r ffeil CSV %1 (%2); ni chadwyd dim yno.</translation>
    </message>
</context>
<context>
    <name>DemoSchool</name>
    <message>
        <source>Seen in practice and confirmed by pupil voice; reviewed by governors this year.</source>
        <translation>Wedi&apos;i weld ar waith a&apos;i gadarnhau gan lais y disgybl; adolygwyd gan y llywodraethwyr eleni.</translation>
    </message>
    <message>
        <source>Embedded: monitoring shows consistent practice in every class. Evidence in the equality folder.</source>
        <translation>Wedi&apos;i ymgorffori: mae&apos;r monitro&apos;n dangos arfer cyson ym mhob dosbarth. Tystiolaeth yn y ffolder cydraddoldeb.</translation>
    </message>
    <message>
        <source>In the governors&apos; minutes and the published equality information on the website.</source>
        <translation>Yng nghofnodion y llywodraethwyr ac yn y wybodaeth am gydraddoldeb a gyhoeddwyd ar y wefan.</translation>
    </message>
    <message>
        <source>In place in most classes but not yet consistent; picked up in the action plan.</source>
        <translation>Ar waith yn y rhan fwyaf o ddosbarthiadau ond heb fod yn gyson eto; wedi&apos;i gynnwys yn y cynllun gweithredu.</translation>
    </message>
    <message>
        <source>Started this year; too early to see the impact.</source>
        <translation>Dechreuwyd eleni; mae&apos;n rhy gynnar i weld yr effaith.</translation>
    </message>
    <message>
        <source>Policy written; staff training planned for next term.</source>
        <translation>Polisi wedi&apos;i ysgrifennu; hyfforddiant staff wedi&apos;i gynllunio ar gyfer y tymor nesaf.</translation>
    </message>
    <message>
        <source>Not yet in place. The group agreed this is a priority.</source>
        <translation>Heb fod ar waith eto. Cytunodd y grŵp fod hyn yn flaenoriaeth.</translation>
    </message>
    <message>
        <source>No monitoring at present.</source>
        <translation>Dim monitro ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Raised by parents at the focus group; nothing formal yet.</source>
        <translation>Codwyd gan rieni yn y grŵp ffocws; dim byd ffurfiol eto.</translation>
    </message>
    <message>
        <source>Agreed amber although most statements are green: two racist incidents this year were recorded late, and the group wants the new procedure embedded before calling this green.</source>
        <translation>Cytunwyd ar ambr er bod y rhan fwyaf o&apos;r datganiadau&apos;n wyrdd: cofnodwyd dau ddigwyddiad hiliol yn hwyr eleni, ac mae&apos;r grŵp am weld y drefn newydd wedi&apos;i hymgorffori cyn galw hyn yn wyrdd.</translation>
    </message>
    <message>
        <source>Strong, well-evidenced summary. Pupil voice confirmed the impact of the new incident procedure.</source>
        <translation>Crynodeb cryf, wedi&apos;i ategu&apos;n dda gan dystiolaeth. Cadarnhaodd llais y disgybl effaith y drefn newydd ar gyfer digwyddiadau.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the demo school.</source>
        <translation>Mae %1 eisoes yn bodoli; dewiswch enw arall ar gyfer yr ysgol enghreifftiol.</translation>
    </message>
    <message>
        <source>The demo school could not be built: %1</source>
        <translation>Nid oedd modd creu&apos;r ysgol enghreifftiol: %1</translation>
    </message>
    <message>
        <source>The demo school could not be saved as %1.</source>
        <translation>Nid oedd modd cadw&apos;r ysgol enghreifftiol fel %1.</translation>
    </message>
    <message>
        <source>Half-termly, after school on a Tuesday</source>
        <translation>Bob hanner tymor, ar ôl ysgol ar ddydd Mawrth</translation>
    </message>
    <message>
        <source>Headteacher; chairs the group</source>
        <translation>Pennaeth; yn cadeirio&apos;r grŵp</translation>
    </message>
    <message>
        <source>Equality coordinator; Year 5 teacher</source>
        <translation>Cydlynydd cydraddoldeb; athro Blwyddyn 5</translation>
    </message>
    <message>
        <source>PSHE and RSHE lead</source>
        <translation>Arweinydd PSHE ac RSHE</translation>
    </message>
    <message>
        <source>Teaching assistant; keeps the evidence store</source>
        <translation>Cynorthwyydd addysgu; yn cadw&apos;r storfa dystiolaeth</translation>
    </message>
    <message>
        <source>Governor responsible for equality</source>
        <translation>Llywodraethwr sy&apos;n gyfrifol am gydraddoldeb</translation>
    </message>
    <message>
        <source>Parent of children in Years 2 and 4</source>
        <translation>Rhiant i blant ym Mlynyddoedd 2 a 4</translation>
    </message>
    <message>
        <source>School council representatives (Years 5 and 6)</source>
        <translation>Cynrychiolwyr y cyngor ysgol (Blynyddoedd 5 a 6)</translation>
    </message>
    <message>
        <source>Two pupils attend in turn; pupils&apos; names are not recorded here</source>
        <translation>Mae dau ddisgybl yn mynychu bob yn ail; nid yw enwau disgyblion yn cael eu cofnodi yma</translation>
    </message>
    <message>
        <source>First meeting. Read the programme overview together and agreed how the group will work.</source>
        <translation>Cyfarfod cyntaf. Darllen trosolwg y rhaglen gyda&apos;n gilydd a chytuno sut bydd y grŵp yn gweithio.</translation>
    </message>
    <message>
        <source>Meet half-termly. Tom Ellison coordinates. Audit split between three small groups.</source>
        <translation>Cyfarfod bob hanner tymor. Tom Ellison yn cydlynu. Yr archwiliad wedi&apos;i rannu rhwng tri grŵp bach.</translation>
    </message>
    <message>
        <source>Groups reported on the audit so far. Parents&apos; view sought on the community element.</source>
        <translation>Adroddodd y grwpiau ar yr archwiliad hyd yma. Gofyn am farn rhieni ar yr elfen gymunedol.</translation>
    </message>
    <message>
        <source>Priya Mistry to run a coffee-morning discussion on trips and costs.</source>
        <translation>Priya Mistry i gynnal trafodaeth mewn bore coffi ar dripiau a chostau.</translation>
    </message>
    <message>
        <source>Audit finished. Discussed the findings strand by strand.</source>
        <translation>Yr archwiliad wedi&apos;i gwblhau. Trafod y canfyddiadau fesul llinyn.</translation>
    </message>
    <message>
        <source>Race and gender first; disability next year, starting with the accessibility plan.</source>
        <translation>Hil a rhywedd yn gyntaf; anabledd y flwyddyn nesaf, gan ddechrau gyda&apos;r cynllun hygyrchedd.</translation>
    </message>
    <message>
        <source>Agreed the summary grid and the action plan, linked to the School Improvement Plan.</source>
        <translation>Cytuno ar y grid crynodeb a&apos;r cynllun gweithredu, wedi&apos;u cysylltu â&apos;r Cynllun Gwella Ysgol.</translation>
    </message>
    <message>
        <source>Summary grid agreed (one cell changed from the suggestion, see rationale). Action plan approved for governors.</source>
        <translation>Cytunwyd ar y grid crynodeb (newidiwyd un gell o&apos;r awgrym, gweler y rhesymeg). Cymeradwywyd y cynllun gweithredu ar gyfer y llywodraethwyr.</translation>
    </message>
    <message>
        <source>Reviewed the Race accreditation summary before sending it to the equality team.</source>
        <translation>Adolygu crynodeb achredu Hil cyn ei anfon at y tîm cydraddoldeb.</translation>
    </message>
    <message>
        <source>Summary approved for submission. Evidence folder checked by Daniel Wright.</source>
        <translation>Cymeradwywyd y crynodeb i&apos;w gyflwyno. Daniel Wright wedi gwirio&apos;r ffolder tystiolaeth.</translation>
    </message>
    <message>
        <source>New year: started this year&apos;s audit, carrying last year&apos;s notes forward.</source>
        <translation>Blwyddyn newydd: dechrau archwiliad eleni, gan gario nodiadau&apos;r llynedd ymlaen.</translation>
    </message>
    <message>
        <source>Curriculum team takes the curriculum element; Grace Okafor the disability strand.</source>
        <translation>Y tîm cwricwlwm yn cymryd yr elfen cwricwlwm; Grace Okafor y llinyn anabledd.</translation>
    </message>
    <message>
        <source>Agreed as suggested: the statements hold and the evidence shows impact.</source>
        <translation>Cytunwyd fel yr awgrymwyd: mae&apos;r datganiadau&apos;n dal ac mae&apos;r dystiolaeth yn dangos effaith.</translation>
    </message>
    <message>
        <source>Agreed as suggested: practice is developing but not yet consistent.</source>
        <translation>Cytunwyd fel yr awgrymwyd: mae&apos;r arfer yn datblygu ond nid yw&apos;n gyson eto.</translation>
    </message>
    <message>
        <source>Agreed as suggested: a priority for the action plan.</source>
        <translation>Cytunwyd fel yr awgrymwyd: blaenoriaeth ar gyfer y cynllun gweithredu.</translation>
    </message>
    <message>
        <source>Introduce one procedure for recording and responding to racist incidents</source>
        <translation>Cyflwyno un drefn ar gyfer cofnodi ac ymateb i ddigwyddiadau hiliol</translation>
    </message>
    <message>
        <source>Every incident logged within a day; parents informed; termly report to governors.</source>
        <translation>Pob digwyddiad wedi&apos;i gofnodi o fewn diwrnod; rhieni&apos;n cael gwybod; adroddiad bob tymor i&apos;r llywodraethwyr.</translation>
    </message>
    <message>
        <source>Staff meeting time</source>
        <translation>Amser cyfarfod staff</translation>
    </message>
    <message>
        <source>All incidents since January logged within a day; governors receive a termly anonymised summary. Pupils say they know what will happen if they report racism.</source>
        <translation>Pob digwyddiad ers mis Ionawr wedi&apos;i gofnodi o fewn diwrnod; mae&apos;r llywodraethwyr yn cael crynodeb dienw bob tymor. Mae disgyblion yn dweud eu bod yn gwybod beth fydd yn digwydd os byddan nhw&apos;n rhoi gwybod am hiliaeth.</translation>
    </message>
    <message>
        <source>Procedure drafted with the behaviour lead.</source>
        <translation>Drafftiwyd y drefn gyda&apos;r arweinydd ymddygiad.</translation>
    </message>
    <message>
        <source>Staff trained at a twilight session.</source>
        <translation>Hyfforddwyd y staff mewn sesiwn ar ôl ysgol.</translation>
    </message>
    <message>
        <source>First termly summary to governors.</source>
        <translation>Y crynodeb tymhorol cyntaf i&apos;r llywodraethwyr.</translation>
    </message>
    <message>
        <source>Audit reading books and library stock for representation</source>
        <translation>Archwilio llyfrau darllen a stoc y llyfrgell o ran cynrychiolaeth</translation>
    </message>
    <message>
        <source>Every class library includes books by and about people from a range of ethnic and faith backgrounds.</source>
        <translation>Mae llyfrgell pob dosbarth yn cynnwys llyfrau gan bobl o amrywiaeth o gefndiroedd ethnig a ffydd, ac amdanynt.</translation>
    </message>
    <message>
        <source>£650 for new books</source>
        <translation>£650 ar gyfer llyfrau newydd</translation>
    </message>
    <message>
        <source>120 new titles; loans of the new books are among the highest in the library.</source>
        <translation>120 o deitlau newydd; mae benthyciadau&apos;r llyfrau newydd ymhlith yr uchaf yn y llyfrgell.</translation>
    </message>
    <message>
        <source>Audit of class libraries done with the school council.</source>
        <translation>Archwiliad o lyfrgelloedd dosbarth wedi&apos;i wneud gyda&apos;r cyngor ysgol.</translation>
    </message>
    <message>
        <source>Books ordered and catalogued.</source>
        <translation>Llyfrau wedi&apos;u harchebu a&apos;u catalogio.</translation>
    </message>
    <message>
        <source>Train all staff and governors in recognising and challenging racism</source>
        <translation>Hyfforddi&apos;r holl staff a llywodraethwyr i adnabod a herio hiliaeth</translation>
    </message>
    <message>
        <source>All staff and governors attend; confidence survey before and after.</source>
        <translation>Yr holl staff a llywodraethwyr yn mynychu; arolwg hyder cyn ac ar ôl.</translation>
    </message>
    <message>
        <source>£300 external trainer</source>
        <translation>£300 hyfforddwr allanol</translation>
    </message>
    <message>
        <source>Staff confidence in discussing race rose from 41% to 86% (survey, 38 staff).</source>
        <translation>Cododd hyder staff wrth drafod hil o 41% i 86% (arolwg, 38 aelod o staff).</translation>
    </message>
    <message>
        <source>Trainer booked for the spring twilight.</source>
        <translation>Hyfforddwr wedi&apos;i archebu ar gyfer sesiwn ar ôl ysgol yn y gwanwyn.</translation>
    </message>
    <message>
        <source>Survey repeated after training.</source>
        <translation>Arolwg wedi&apos;i ailadrodd ar ôl yr hyfforddiant.</translation>
    </message>
    <message>
        <source>Review the uniform policy with pupils and parents</source>
        <translation>Adolygu&apos;r polisi gwisg ysgol gyda disgyblion a rhieni</translation>
    </message>
    <message>
        <source>Uniform options are gender-neutral and the full uniform costs under £40.</source>
        <translation>Mae&apos;r opsiynau gwisg ysgol yn niwtral o ran rhywedd ac mae&apos;r wisg lawn yn costio llai na £40.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Trousers, skirts and shorts open to all; second-hand uniform rail used by 60 families.</source>
        <translation>Trowsusau, sgertiau a siorts ar gael i bawb; rheilen gwisg ysgol ail-law wedi&apos;i defnyddio gan 60 o deuluoedd.</translation>
    </message>
    <message>
        <source>Consultation with parents and the school council.</source>
        <translation>Ymgynghori â rhieni a&apos;r cyngor ysgol.</translation>
    </message>
    <message>
        <source>Bring women working in science and engineering into school as role models</source>
        <translation>Dod â menywod sy&apos;n gweithio ym meysydd gwyddoniaeth a pheirianneg i&apos;r ysgol fel modelau rôl</translation>
    </message>
    <message>
        <source>Every Key Stage 2 class meets at least one visitor; girls&apos; interest in science careers rises in the pupil survey.</source>
        <translation>Mae pob dosbarth Cyfnod Allweddol 2 yn cwrdd ag o leiaf un ymwelydd; mae diddordeb merched mewn gyrfaoedd gwyddoniaeth yn codi yn yr arolwg disgyblion.</translation>
    </message>
    <message>
        <source>£200 travel</source>
        <translation>£200 teithio</translation>
    </message>
    <message>
        <source>Three visitors booked through the county STEM network.</source>
        <translation>Tri ymwelydd wedi&apos;u trefnu drwy rwydwaith STEM y sir.</translation>
    </message>
    <message>
        <source>Update the accessibility plan and publish it on the website</source>
        <translation>Diweddaru&apos;r cynllun hygyrchedd a&apos;i gyhoeddi ar y wefan</translation>
    </message>
    <message>
        <source>A current three-year plan, agreed by governors, published.</source>
        <translation>Cynllun tair blynedd cyfredol, wedi&apos;i gytuno gan y llywodraethwyr, wedi&apos;i gyhoeddi.</translation>
    </message>
    <message>
        <source>Governor time</source>
        <translation>Amser llywodraethwyr</translation>
    </message>
    <message>
        <source>Site walk with the premises manager done.</source>
        <translation>Taith o amgylch y safle gyda&apos;r rheolwr safle wedi&apos;i chwblhau.</translation>
    </message>
    <message>
        <source>Draft shared with governors.</source>
        <translation>Drafft wedi&apos;i rannu â&apos;r llywodraethwyr.</translation>
    </message>
    <message>
        <source>Cap the cost of trips and publish how families can get help with costs</source>
        <translation>Capio cost tripiau a chyhoeddi sut gall teuluoedd gael help gyda chostau</translation>
    </message>
    <message>
        <source>No pupil misses a trip for cost; the help available is on the website.</source>
        <translation>Nid oes yr un disgybl yn colli trip oherwydd y gost; mae&apos;r help sydd ar gael ar y wefan.</translation>
    </message>
    <message>
        <source>£1,500 from pupil premium</source>
        <translation>£1,500 o&apos;r premiwm disgyblion</translation>
    </message>
    <message>
        <source>Costs of last year&apos;s trips collated.</source>
        <translation>Costau tripiau&apos;r llynedd wedi&apos;u casglu ynghyd.</translation>
    </message>
    <message>
        <source>Teach an RSHE unit on different families in every year group</source>
        <translation>Addysgu uned RSHE ar wahanol deuluoedd ym mhob grŵp blwyddyn</translation>
    </message>
    <message>
        <source>Every year group teaches the unit; parents are invited to see the materials first.</source>
        <translation>Mae pob grŵp blwyddyn yn addysgu&apos;r uned; mae rhieni&apos;n cael eu gwahodd i weld y deunyddiau yn gyntaf.</translation>
    </message>
    <message>
        <source>£120 resources</source>
        <translation>£120 adnoddau</translation>
    </message>
    <message>
        <source>Log and challenge homophobic language, with termly reports to governors</source>
        <translation>Cofnodi a herio iaith homoffobig, gydag adroddiadau tymhorol i&apos;r llywodraethwyr</translation>
    </message>
    <message>
        <source>Incidents logged like racist incidents; staff challenge every time.</source>
        <translation>Digwyddiadau&apos;n cael eu cofnodi fel digwyddiadau hiliol; staff yn herio bob tro.</translation>
    </message>
    <message>
        <source>Create a quiet reflection and prayer space for lunchtimes</source>
        <translation>Creu man tawel ar gyfer myfyrio a gweddïo amser cinio</translation>
    </message>
    <message>
        <source>A calm space is open every lunchtime and pupils of any faith or none use it.</source>
        <translation>Mae man tawel ar agor bob amser cinio ac mae disgyblion o unrhyw ffydd neu heb ffydd yn ei ddefnyddio.</translation>
    </message>
    <message>
        <source>£250 furnishings</source>
        <translation>£250 dodrefn</translation>
    </message>
    <message>
        <source>Used by about 15 pupils a day; pupils say it helps them feel settled.</source>
        <translation>Tua 15 disgybl y dydd yn ei ddefnyddio; mae disgyblion yn dweud ei fod yn eu helpu i deimlo&apos;n gartrefol.</translation>
    </message>
    <message>
        <source>Room agreed and furnished with the school council.</source>
        <translation>Ystafell wedi&apos;i chytuno a&apos;i dodrefnu gyda&apos;r cyngor ysgol.</translation>
    </message>
    <message>
        <source>Survey families on festivals and dietary needs</source>
        <translation>Cynnal arolwg o deuluoedd ar wyliau ac anghenion deietegol</translation>
    </message>
    <message>
        <source>The school calendar and menus reflect the families&apos; festivals and needs.</source>
        <translation>Mae calendr a bwydlenni&apos;r ysgol yn adlewyrchu gwyliau ac anghenion y teuluoedd.</translation>
    </message>
    <message>
        <source>Dropped: the parent focus group (below) now covers this.</source>
        <translation>Wedi&apos;i ollwng: mae&apos;r grŵp ffocws rhieni (isod) bellach yn ymdrin â hyn.</translation>
    </message>
    <message>
        <source>Add equality data to the termly report to governors</source>
        <translation>Ychwanegu data cydraddoldeb at yr adroddiad tymhorol i&apos;r llywodraethwyr</translation>
    </message>
    <message>
        <source>Attendance and suspensions by group, with small numbers suppressed, in every termly report.</source>
        <translation>Presenoldeb a gwaharddiadau yn ôl grŵp, gyda niferoedd bach wedi&apos;u cuddio, ym mhob adroddiad tymhorol.</translation>
    </message>
    <message>
        <source>Office time</source>
        <translation>Amser swyddfa</translation>
    </message>
    <message>
        <source>Template agreed with the chair of governors.</source>
        <translation>Templed wedi&apos;i gytuno gyda chadeirydd y llywodraethwyr.</translation>
    </message>
    <message>
        <source>Set up a parent focus group on inclusion</source>
        <translation>Sefydlu grŵp ffocws rhieni ar gynhwysiant</translation>
    </message>
    <message>
        <source>A group that reflects the school&apos;s families meets every term and shapes policy.</source>
        <translation>Mae grŵp sy&apos;n adlewyrchu teuluoedd yr ysgol yn cyfarfod bob tymor ac yn llywio polisi.</translation>
    </message>
    <message>
        <source>Refreshments</source>
        <translation>Lluniaeth</translation>
    </message>
    <message>
        <source>Invitations sent in three community languages.</source>
        <translation>Gwahoddiadau wedi&apos;u hanfon mewn tair iaith gymunedol.</translation>
    </message>
    <message>
        <source>Racist incident summary for governors (anonymised, termly)</source>
        <translation>Crynodeb o ddigwyddiadau hiliol ar gyfer y llywodraethwyr (dienw, bob tymor)</translation>
    </message>
    <message>
        <source>Counts only: no pupil is named or identifiable.</source>
        <translation>Niferoedd yn unig: nid oes yr un disgybl wedi&apos;i enwi nac yn bosibl ei adnabod.</translation>
    </message>
    <message>
        <source>Pupil voice: Years 5 and 6 on belonging</source>
        <translation>Llais y disgybl: Blynyddoedd 5 a 6 ar berthyn</translation>
    </message>
    <message>
        <source>Focus group of twelve pupils led by the equality coordinator.</source>
        <translation>Grŵp ffocws o ddeuddeg disgybl dan arweiniad y cydlynydd cydraddoldeb.</translation>
    </message>
    <message>
        <source>What pupils said (no names recorded):
- &quot;Our library has books with people who look like my family now.&quot;
- &quot;If someone is racist a teacher always sorts it out.&quot;
- Pupils asked for more assemblies about festivals.
</source>
        <translation>Beth ddywedodd y disgyblion (dim enwau wedi&apos;u cofnodi):
- &quot;Mae gan ein llyfrgell ni lyfrau gyda phobl sy&apos;n edrych fel fy nheulu i nawr.&quot;
- &quot;Os yw rhywun yn hiliol mae athro bob amser yn delio â&apos;r peth.&quot;
- Gofynnodd disgyblion am fwy o wasanaethau am wyliau.
</translation>
    </message>
    <message>
        <source>Photographs of the refreshed class libraries</source>
        <translation>Ffotograffau o&apos;r llyfrgelloedd dosbarth ar eu newydd wedd</translation>
    </message>
    <message>
        <source>Book displays in Years 3 and 5 after the audit; no pupils in the pictures.</source>
        <translation>Arddangosfeydd llyfrau ym Mlynyddoedd 3 a 5 ar ôl yr archwiliad; dim disgyblion yn y lluniau.</translation>
    </message>
    <message>
        <source>Uniform consultation results</source>
        <translation>Canlyniadau&apos;r ymgynghoriad ar wisg ysgol</translation>
    </message>
    <message>
        <source>Responses from 164 families and every class council.</source>
        <translation>Ymatebion gan 164 o deuluoedd a phob cyngor dosbarth.</translation>
    </message>
    <message>
        <source>Governors&apos; minutes: equality objectives approved</source>
        <translation>Cofnodion y llywodraethwyr: amcanion cydraddoldeb wedi&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>Full governing body, spring term.</source>
        <translation>Corff llywodraethu llawn, tymor y gwanwyn.</translation>
    </message>
    <message>
        <source>Item 6. Equality objectives 2025-2029 approved. The governor responsible for equality reported on the audit findings and the action plan.
</source>
        <translation>Eitem 6. Cymeradwywyd amcanion cydraddoldeb 2025-2029. Adroddodd y llywodraethwr sy&apos;n gyfrifol am gydraddoldeb ar ganfyddiadau&apos;r archwiliad a&apos;r cynllun gweithredu.
</translation>
    </message>
    <message>
        <source>Accessibility plan (draft)</source>
        <translation>Cynllun hygyrchedd (drafft)</translation>
    </message>
    <message>
        <source>Draft for governors; to be published when approved.</source>
        <translation>Drafft ar gyfer y llywodraethwyr; i&apos;w gyhoeddi pan gaiff ei gymeradwyo.</translation>
    </message>
    <message>
        <source>Accessibility plan (draft)
1. Improving access to the curriculum
2. Improving the physical environment: ramp to the Year 1 classroom
3. Improving written information: large-print and translated letters on request
</source>
        <translation>Cynllun hygyrchedd (drafft)
1. Gwella mynediad i&apos;r cwricwlwm
2. Gwella&apos;r amgylchedd ffisegol: ramp i ystafell ddosbarth Blwyddyn 1
3. Gwella gwybodaeth ysgrifenedig: llythyrau print bras a llythyrau wedi&apos;u cyfieithu ar gais
</translation>
    </message>
    <message>
        <source>Observation: lesson on families in Year 4</source>
        <translation>Arsylwad: gwers ar deuluoedd ym Mlwyddyn 4</translation>
    </message>
    <message>
        <source>Pupils discussed different families confidently; one pupil used homophobic language in the playground the same day, which was challenged.</source>
        <translation>Trafododd y disgyblion wahanol deuluoedd yn hyderus; defnyddiodd un disgybl iaith homoffobig ar yr iard yr un diwrnod, a chafodd hynny ei herio.</translation>
    </message>
    <message>
        <source>Staff survey on confidence in discussing race</source>
        <translation>Arolwg staff ar hyder wrth drafod hil</translation>
    </message>
    <message>
        <source>Before and after the training; 38 staff.</source>
        <translation>Cyn ac ar ôl yr hyfforddiant; 38 aelod o staff.</translation>
    </message>
    <message>
        <source>Parent voice: coffee morning on trips and costs</source>
        <translation>Llais rhieni: bore coffi ar dripiau a chostau</translation>
    </message>
    <message>
        <source>Eighteen parents attended; notes taken by a governor.</source>
        <translation>Daeth deunaw rhiant; nodiadau wedi&apos;u cymryd gan lywodraethwr.</translation>
    </message>
    <message>
        <source>Accreditation of the Race Equality Badge</source>
        <translation>Achredu&apos;r Bathodyn Cydraddoldeb Hiliol</translation>
    </message>
    <message>
        <source>Displays in every corridor reflect the school&apos;s families; class libraries refreshed; the reflection room is in use at lunchtime.</source>
        <translation>Mae arddangosfeydd ym mhob coridor yn adlewyrchu teuluoedd yr ysgol; mae&apos;r llyfrgelloedd dosbarth ar eu newydd wedd; mae&apos;r ystafell fyfyrio yn cael ei defnyddio amser cinio.</translation>
    </message>
    <message>
        <source>Eight pupils from Years 3 to 6. They know how to report racism and trust that adults act. They talked about the new books with enthusiasm.</source>
        <translation>Wyth disgybl o Flynyddoedd 3 i 6. Maen nhw&apos;n gwybod sut i roi gwybod am hiliaeth ac yn ymddiried bod oedolion yn gweithredu. Roedden nhw&apos;n sôn yn frwd am y llyfrau newydd.</translation>
    </message>
    <message>
        <source>Teachers described the incident procedure and how the training changed their confidence.</source>
        <translation>Disgrifiodd yr athrawon y drefn ar gyfer digwyddiadau a sut newidiodd yr hyfforddiant eu hyder.</translation>
    </message>
    <message>
        <source>The equality governor explained how governors use the termly summary.</source>
        <translation>Esboniodd y llywodraethwr cydraddoldeb sut mae&apos;r llywodraethwyr yn defnyddio&apos;r crynodeb tymhorol.</translation>
    </message>
    <message>
        <source>Race accreditation summary verified; Race Equality Badge awarded.</source>
        <translation>Dilyswyd crynodeb achredu Hil; dyfarnwyd y Bathodyn Cydraddoldeb Hiliol.</translation>
    </message>
    <message>
        <source>Next: the Gender strand, then Disability with the accessibility plan.</source>
        <translation>Nesaf: y llinyn Rhywedd, yna Anabledd gyda&apos;r cynllun hygyrchedd.</translation>
    </message>
    <message>
        <source>Progress on the Gender and Disability strands; this year&apos;s audit</source>
        <translation>Cynnydd ar y llinynnau Rhywedd ac Anabledd; archwiliad eleni</translation>
    </message>
    <message>
        <source>Update on the Public Sector Equality Duty; sharing incident procedures.</source>
        <translation>Diweddariad ar Ddyletswydd Cydraddoldeb y Sector Cyhoeddus; rhannu trefnau ar gyfer digwyddiadau.</translation>
    </message>
    <message>
        <source>Training: using data by ethnic group; small-number suppression.</source>
        <translation>Hyfforddiant: defnyddio data yn ôl grŵp ethnig; cuddio niferoedd bach.</translation>
    </message>
    <message>
        <source>Schools shared accreditation summaries; advice on evidence of impact.</source>
        <translation>Rhannodd ysgolion grynodebau achredu; cyngor ar dystiolaeth o effaith.</translation>
    </message>
    <message>
        <source>RSHE and the sexual orientation strand; resources shared.</source>
        <translation>RSHE a&apos;r llinyn cyfeiriadedd rhywiol; rhannu adnoddau.</translation>
    </message>
    <message>
        <source>We introduced one procedure for recording and responding to racist incidents, trained every member of staff and the governors, and refreshed the class libraries with the school council. Pupils now say that adults always act when they report racism, and the books they read reflect their families.</source>
        <translation>Fe wnaethom gyflwyno un drefn ar gyfer cofnodi ac ymateb i ddigwyddiadau hiliol, hyfforddi pob aelod o staff a&apos;r llywodraethwyr, a rhoi gwedd newydd i&apos;r llyfrgelloedd dosbarth gyda&apos;r cyngor ysgol. Mae disgyblion bellach yn dweud bod oedolion bob amser yn gweithredu pan fyddan nhw&apos;n rhoi gwybod am hiliaeth, ac mae&apos;r llyfrau maen nhw&apos;n eu darllen yn adlewyrchu eu teuluoedd.</translation>
    </message>
    <message>
        <source>Incidents logged within a day: 100% (was not monitored). Staff confident to discuss race: 86% (was 41%). 120 new library titles.</source>
        <translation>Digwyddiadau wedi&apos;u cofnodi o fewn diwrnod: 100% (ni chaent eu monitro o&apos;r blaen). Staff yn hyderus i drafod hil: 86% (41% o&apos;r blaen). 120 o deitlau newydd yn y llyfrgell.</translation>
    </message>
    <message>
        <source>The reference group agrees that race equality is now embedded in our behaviour, curriculum and staffing practice, and will keep it under review each term.</source>
        <translation>Mae&apos;r grŵp cyfeirio yn cytuno bod cydraddoldeb hiliol bellach wedi&apos;i ymgorffori yn ein harferion o ran ymddygiad, cwricwlwm a staffio, a bydd yn parhau i&apos;w adolygu bob tymor.</translation>
    </message>
    <message>
        <source>Uniform is open to every pupil whatever their sex, and families can get second-hand uniform at no cost. Women working in science and engineering visit every Key Stage 2 class.</source>
        <translation>Mae&apos;r wisg ysgol ar gael i bob disgybl beth bynnag fo&apos;u rhyw, a gall teuluoedd gael gwisg ysgol ail-law heb gost. Mae menywod sy&apos;n gweithio ym meysydd gwyddoniaeth a pheirianneg yn ymweld â phob dosbarth Cyfnod Allweddol 2.</translation>
    </message>
    <message>
        <source>Uniform consultation: 84% of families agreed (164 responses).</source>
        <translation>Ymgynghoriad ar wisg ysgol: cytunodd 84% o deuluoedd (164 o ymatebion).</translation>
    </message>
    <message>
        <source>The group believes the gender strand is ready for verification at the next visit.</source>
        <translation>Mae&apos;r grŵp o&apos;r farn bod y llinyn rhywedd yn barod i&apos;w ddilysu yn yr ymweliad nesaf.</translation>
    </message>
    <message>
        <source>Draft: the accessibility plan is being updated; outcomes to follow.</source>
        <translation>Drafft: mae&apos;r cynllun hygyrchedd yn cael ei ddiweddaru; deilliannau i ddilyn.</translation>
    </message>
    <message>
        <source>Joseph Mensah, deputy headteacher, has been the senior leader for RACE since the start of last school year. The role is in his job description, he reports to governors every term and the RACE working group meets half-termly.</source>
        <translation>Joseph Mensah, y dirprwy bennaeth, yw&apos;r uwch arweinydd ar gyfer RACE ers dechrau&apos;r flwyddyn ysgol ddiwethaf. Mae&apos;r rôl yn ei swydd-ddisgrifiad, mae&apos;n adrodd i&apos;r llywodraethwyr bob tymor ac mae gweithgor RACE yn cyfarfod bob hanner tymor.</translation>
    </message>
    <message>
        <source>Governors approved the equality objectives and receive the anonymised racist incident summary every term. Next step: a statement of zero tolerance in the governors&apos; code of conduct.</source>
        <translation>Cymeradwyodd y llywodraethwyr yr amcanion cydraddoldeb ac maen nhw&apos;n cael y crynodeb dienw o ddigwyddiadau hiliol bob tymor. Y cam nesaf: datganiad dim goddefgarwch yng nghod ymddygiad y llywodraethwyr.</translation>
    </message>
    <message>
        <source>Race equality is now in the job descriptions of senior leaders; middle leaders&apos; appraisal objectives follow this year. All staff and governors are being trained.</source>
        <translation>Mae cydraddoldeb hiliol bellach yn swydd-ddisgrifiadau uwch arweinwyr; bydd amcanion arfarnu arweinwyr canol yn dilyn eleni. Mae&apos;r holl staff a llywodraethwyr yn cael eu hyfforddi.</translation>
    </message>
    <message>
        <source>Two colleagues from ethnic minority backgrounds are being coached towards middle leadership. The school does not yet look at progression across all staff.</source>
        <translation>Mae dau gydweithiwr o gefndiroedd lleiafrifoedd ethnig yn cael eu hyfforddi tuag at arweinyddiaeth ganol. Nid yw&apos;r ysgol yn edrych eto ar ddilyniant ar draws yr holl staff.</translation>
    </message>
    <message>
        <source>Deputy headteacher and RACE lead</source>
        <translation>Dirprwy bennaeth ac arweinydd RACE</translation>
    </message>
    <message>
        <source>RACE Lead Practitioner accreditation</source>
        <translation>Achrediad RACE Lead Practitioner</translation>
    </message>
    <message>
        <source>Coaching colleagues is new to me; I am learning to step back and let them lead.</source>
        <translation>Mae hyfforddi cydweithwyr yn newydd i mi; rwy&apos;n dysgu camu&apos;n ôl a gadael iddyn nhw arwain.</translation>
    </message>
    <message>
        <source>I set up the RACE working group and changed how leaders&apos; responsibilities are written; the policies show it.</source>
        <translation>Sefydlais weithgor RACE a newid sut mae cyfrifoldebau arweinwyr yn cael eu hysgrifennu; mae&apos;r polisïau&apos;n dangos hynny.</translation>
    </message>
    <message>
        <source>Leading whole-school change on race equality: setting up structures that make it everyone&apos;s responsibility, not one person&apos;s project.</source>
        <translation>Arwain newid ysgol gyfan ar gydraddoldeb hiliol: sefydlu strwythurau sy&apos;n ei wneud yn gyfrifoldeb i bawb, nid yn brosiect un person.</translation>
    </message>
    <message>
        <source>Governors&apos; minutes, job descriptions and the staff survey (confidence in discussing race rose from 41% to 86%) show the change reached beyond my own team.</source>
        <translation>Mae cofnodion y llywodraethwyr, y swydd-ddisgrifiadau a&apos;r arolwg staff (cododd hyder wrth drafod hil o 41% i 86%) yn dangos bod y newid wedi cyrraedd y tu hwnt i&apos;m tîm fy hun.</translation>
    </message>
    <message>
        <source>Set up the RACE working group and its terms of reference</source>
        <translation>Sefydlu gweithgor RACE a&apos;i gylch gorchwyl</translation>
    </message>
    <message>
        <source>Senior leaders, two governors and volunteer staff</source>
        <translation>Uwch arweinwyr, dau lywodraethwr a staff gwirfoddol</translation>
    </message>
    <message>
        <source>Race equality became a standing item for senior leaders and governors instead of an occasional topic.</source>
        <translation>Daeth cydraddoldeb hiliol yn eitem sefydlog i uwch arweinwyr a llywodraethwyr yn hytrach na phwnc achlysurol.</translation>
    </message>
    <message>
        <source>Governors&apos; minutes record the termly RACE report; the group has met every half-term.</source>
        <translation>Mae cofnodion y llywodraethwyr yn cofnodi adroddiad tymhorol RACE; mae&apos;r grŵp wedi cyfarfod bob hanner tymor.</translation>
    </message>
    <message>
        <source>Wrote race equality into every senior leader&apos;s job description</source>
        <translation>Ysgrifennu cydraddoldeb hiliol i swydd-ddisgrifiad pob uwch arweinydd</translation>
    </message>
    <message>
        <source>The senior leadership team and the governor responsible for equality</source>
        <translation>Yr uwch dîm arwain a&apos;r llywodraethwr sy&apos;n gyfrifol am gydraddoldeb</translation>
    </message>
    <message>
        <source>Each senior leader now owns a race equality objective and reports on it.</source>
        <translation>Mae gan bob uwch arweinydd amcan cydraddoldeb hiliol bellach ac mae&apos;n adrodd arno.</translation>
    </message>
    <message>
        <source>Revised job descriptions; appraisal records reviewed with the headteacher.</source>
        <translation>Swydd-ddisgrifiadau diwygiedig; cofnodion arfarnu wedi&apos;u hadolygu gyda&apos;r pennaeth.</translation>
    </message>
    <message>
        <source>Co-led the staff and governor training on recognising and challenging racism</source>
        <translation>Cyd-arwain hyfforddiant y staff a&apos;r llywodraethwyr ar adnabod a herio hiliaeth</translation>
    </message>
    <message>
        <source>All 38 staff and the governing body, with the external trainer</source>
        <translation>Pob un o&apos;r 38 aelod o staff a&apos;r corff llywodraethu, gyda&apos;r hyfforddwr allanol</translation>
    </message>
    <message>
        <source>Staff confidence in discussing race rose from 41% to 86%; staff now challenge racist language themselves.</source>
        <translation>Cododd hyder staff wrth drafod hil o 41% i 86%; mae staff bellach yn herio iaith hiliol eu hunain.</translation>
    </message>
    <message>
        <source>Staff survey before and after the training.</source>
        <translation>Arolwg staff cyn ac ar ôl yr hyfforddiant.</translation>
    </message>
    <message>
        <source>Coaching two colleagues from ethnic minority backgrounds towards middle leadership</source>
        <translation>Hyfforddi dau gydweithiwr o gefndiroedd lleiafrifoedd ethnig tuag at arweinyddiaeth ganol</translation>
    </message>
    <message>
        <source>Two teachers (names not recorded here)</source>
        <translation>Dau athro (dim enwau wedi&apos;u cofnodi yma)</translation>
    </message>
    <message>
        <source>One colleague now leads a subject; the other is leading a year-group project.</source>
        <translation>Mae un cydweithiwr bellach yn arwain pwnc; mae&apos;r llall yn arwain prosiect grŵp blwyddyn.</translation>
    </message>
    <message>
        <source>Coaching log and the colleagues&apos; own written reflections.</source>
        <translation>Log hyfforddi a myfyrdodau ysgrifenedig y cydweithwyr eu hunain.</translation>
    </message>
    <message>
        <source>Policy drafted by the senior team; not yet shared with pupils or parents.</source>
        <translation>Polisi wedi&apos;i ddrafftio gan yr uwch dîm; heb ei rannu â disgyblion na rhieni eto.</translation>
    </message>
    <message>
        <source>The equality governor agreed to take the role; no staff lead named yet.</source>
        <translation>Cytunodd y llywodraethwr cydraddoldeb i ymgymryd â&apos;r rôl; nid oes arweinydd o blith y staff wedi&apos;i enwi eto.</translation>
    </message>
    <message>
        <source>Attendance looked at by group for the first time in the summer term.</source>
        <translation>Edrychwyd ar bresenoldeb yn ôl grŵp am y tro cyntaf yn nhymor yr haf.</translation>
    </message>
    <message>
        <source>Racist incidents now logged in one place.</source>
        <translation>Digwyddiadau hiliol bellach yn cael eu cofnodi mewn un lle.</translation>
    </message>
    <message>
        <source>Anti-racist policy written with the school council and the parent focus group; approved by governors and explained in every class.</source>
        <translation>Polisi gwrth-hiliol wedi&apos;i ysgrifennu gyda&apos;r cyngor ysgol a&apos;r grŵp ffocws rhieni; wedi&apos;i gymeradwyo gan y llywodraethwyr a&apos;i esbonio ym mhob dosbarth.</translation>
    </message>
    <message>
        <source>The equality governor and the deputy head are the named Race and Diversity leads; both are on the website.</source>
        <translation>Y llywodraethwr cydraddoldeb a&apos;r dirprwy bennaeth yw&apos;r arweinwyr Hil ac Amrywiaeth a enwir; mae&apos;r ddau ar y wefan.</translation>
    </message>
    <message>
        <source>Pupil voice each term; parent and staff voice still informal.</source>
        <translation>Llais y disgybl bob tymor; llais rhieni a staff yn dal yn anffurfiol.</translation>
    </message>
    <message>
        <source>First parent focus group met in October; invitations in three community languages.</source>
        <translation>Cyfarfu&apos;r grŵp ffocws rhieni am y tro cyntaf ym mis Hydref; gwahoddiadau mewn tair iaith gymunedol.</translation>
    </message>
    <message>
        <source>Coffee mornings with Black Caribbean families led by the family liaison worker.</source>
        <translation>Boreau coffi gyda theuluoedd Du Caribïaidd dan arweiniad y gweithiwr cyswllt teuluoedd.</translation>
    </message>
    <message>
        <source>Attendance by ethnic group reported to governors each term.</source>
        <translation>Presenoldeb yn ôl grŵp ethnig yn cael ei adrodd i&apos;r llywodraethwyr bob tymor.</translation>
    </message>
    <message>
        <source>Every racist incident logged within a day; suspensions reviewed by group.</source>
        <translation>Pob digwyddiad hiliol wedi&apos;i gofnodi o fewn diwrnod; gwaharddiadau dros dro wedi&apos;u hadolygu yn ôl grŵp.</translation>
    </message>
    <message>
        <source>Every member of staff and every governor trained; a refresher is part of induction.</source>
        <translation>Pob aelod o staff a phob llywodraethwr wedi&apos;u hyfforddi; mae hyfforddiant gloywi yn rhan o&apos;r cyfnod sefydlu.</translation>
    </message>
    <message>
        <source>Year 6 anti-racism ambassadors chosen by their classes.</source>
        <translation>Llysgenhadon gwrth-hiliaeth Blwyddyn 6 wedi&apos;u dewis gan eu dosbarthiadau.</translation>
    </message>
    <message>
        <source>To start with the staff survey in the spring term.</source>
        <translation>I ddechrau gyda&apos;r arolwg staff yn nhymor y gwanwyn.</translation>
    </message>
</context>
<context>
    <name>DemoTraining</name>
    <message>
        <source>Headteacher</source>
        <translation>Pennaeth</translation>
    </message>
    <message>
        <source>Deputy headteacher and RACE lead</source>
        <translation>Dirprwy bennaeth ac arweinydd RACE</translation>
    </message>
    <message>
        <source>Assistant headteacher, Year 6 teacher</source>
        <translation>Pennaeth cynorthwyol, athro Blwyddyn 6</translation>
    </message>
    <message>
        <source>SENDCo</source>
        <translation>Cydlynydd AAAA</translation>
    </message>
    <message>
        <source>English lead</source>
        <translation>Arweinydd Saesneg</translation>
    </message>
    <message>
        <source>Maths lead</source>
        <translation>Arweinydd mathemateg</translation>
    </message>
    <message>
        <source>Class teacher, PSHE lead</source>
        <translation>Athro dosbarth, arweinydd ABCh</translation>
    </message>
    <message>
        <source>Teaching assistant</source>
        <translation>Cynorthwyydd addysgu</translation>
    </message>
    <message>
        <source>Class teacher, Reception</source>
        <translation>Athro dosbarth, Derbyn</translation>
    </message>
    <message>
        <source>Class teacher, Year 2</source>
        <translation>Athro dosbarth, Blwyddyn 2</translation>
    </message>
    <message>
        <source>Class teacher, Year 4</source>
        <translation>Athro dosbarth, Blwyddyn 4</translation>
    </message>
    <message>
        <source>Class teacher, Year 5</source>
        <translation>Athro dosbarth, Blwyddyn 5</translation>
    </message>
    <message>
        <source>Sports coach</source>
        <translation>Hyfforddwr chwaraeon</translation>
    </message>
    <message>
        <source>School business manager</source>
        <translation>Rheolwr busnes yr ysgol</translation>
    </message>
    <message>
        <source>Office administrator</source>
        <translation>Gweinyddwr swyddfa</translation>
    </message>
    <message>
        <source>Site manager</source>
        <translation>Rheolwr safle</translation>
    </message>
    <message>
        <source>Lunchtime supervisor</source>
        <translation>Goruchwyliwr amser cinio</translation>
    </message>
    <message>
        <source>Class teacher, Year 1 (joined this year)</source>
        <translation>Athro dosbarth, Blwyddyn 1 (ymunodd eleni)</translation>
    </message>
    <message>
        <source>Class teacher, Year 3 (left last summer)</source>
        <translation>Athro dosbarth, Blwyddyn 3 (gadawodd yr haf diwethaf)</translation>
    </message>
    <message>
        <source>Chair of governors</source>
        <translation>Cadeirydd y llywodraethwyr</translation>
    </message>
    <message>
        <source>Vice-chair of governors</source>
        <translation>Is-gadeirydd y llywodraethwyr</translation>
    </message>
    <message>
        <source>Parent governor</source>
        <translation>Rhiant-lywodraethwr</translation>
    </message>
    <message>
        <source>Local authority governor</source>
        <translation>Llywodraethwr awdurdod lleol</translation>
    </message>
    <message>
        <source>Staff governor</source>
        <translation>Llywodraethwr staff</translation>
    </message>
    <message>
        <source>Co-opted governor</source>
        <translation>Llywodraethwr cyfetholedig</translation>
    </message>
    <message>
        <source>Foundation governor</source>
        <translation>Llywodraethwr sefydledig</translation>
    </message>
    <message>
        <source>Embedding anti-racism into school culture: leaders&apos; programme</source>
        <translation>Ymgorffori gwrth-hiliaeth yn niwylliant yr ysgol: rhaglen i arweinwyr</translation>
    </message>
    <message>
        <source>Northbridge Centre for Educational Leadership (fictional)</source>
        <translation>Canolfan Arweinyddiaeth Addysgol Northbridge (ffuglennol)</translation>
    </message>
    <message>
        <source>Build a community of leaders who analyse and improve practice on race equality: defining a clear purpose, focusing on the issues that matter in our school, sharing ideas and embedding aspirations in everyday leadership.</source>
        <translation>Meithrin cymuned o arweinwyr sy&apos;n dadansoddi ac yn gwella ymarfer ar gydraddoldeb hiliol: diffinio diben clir, canolbwyntio ar y materion sy&apos;n bwysig yn ein hysgol ni, rhannu syniadau ac ymgorffori dyheadau mewn arweinyddiaeth bob dydd.</translation>
    </message>
    <message>
        <source>Leaders now name race and racism plainly in staff meetings and in the school improvement plan, rather than folding it into general &apos;inclusion&apos;. Senior leaders review behaviour and attendance data by ethnic group each half term and ask what lies behind the gaps. Middle leaders audit their subject curriculum for representation.</source>
        <translation>Mae arweinwyr bellach yn enwi hil a hiliaeth yn blaen mewn cyfarfodydd staff ac yn y cynllun gwella ysgol, yn hytrach na&apos;u cynnwys o dan &apos;cynhwysiant&apos; cyffredinol. Mae uwch arweinwyr yn adolygu data ymddygiad a phresenoldeb yn ôl grŵp ethnig bob hanner tymor ac yn gofyn beth sydd y tu ôl i&apos;r bylchau. Mae arweinwyr canol yn archwilio cwricwlwm eu pwnc o ran cynrychiolaeth.</translation>
    </message>
    <message>
        <source>Race equality is a standing item at senior leadership and governors&apos; meetings. The racist incident procedure and the equality data in the termly report to governors came out of the programme; every new member of staff has race equality induction.</source>
        <translation>Mae cydraddoldeb hiliol yn eitem sefydlog yng nghyfarfodydd yr uwch dîm arwain a&apos;r llywodraethwyr. Daeth y drefn ar gyfer digwyddiadau hiliol a&apos;r data cydraddoldeb yn yr adroddiad tymhorol i&apos;r llywodraethwyr o&apos;r rhaglen; mae pob aelod newydd o staff yn cael hyfforddiant sefydlu ar gydraddoldeb hiliol.</translation>
    </message>
    <message>
        <source>Leaders&apos; programme 1: clarity of purpose</source>
        <translation>Rhaglen yr arweinwyr 1: eglurder diben</translation>
    </message>
    <message>
        <source>Senior and middle leaders</source>
        <translation>Uwch arweinwyr ac arweinwyr canol</translation>
    </message>
    <message>
        <source>Unconscious bias: whole-staff training day</source>
        <translation>Tuedd ddiarwybod: diwrnod hyfforddiant i&apos;r holl staff</translation>
    </message>
    <message>
        <source>Whole staff</source>
        <translation>Yr holl staff</translation>
    </message>
    <message>
        <source>Leaders&apos; programme 2: the issues that matter here</source>
        <translation>Rhaglen yr arweinwyr 2: y materion sy&apos;n bwysig yma</translation>
    </message>
    <message>
        <source>Leaders&apos; programme 3: sharing and embedding</source>
        <translation>Rhaglen yr arweinwyr 3: rhannu ac ymgorffori</translation>
    </message>
    <message>
        <source>Governors&apos; refresher: race equality and the equality duty</source>
        <translation>Cwrs gloywi i lywodraethwyr: cydraddoldeb hiliol a&apos;r ddyletswydd cydraddoldeb</translation>
    </message>
    <message>
        <source>Governing body</source>
        <translation>Corff llywodraethu</translation>
    </message>
    <message>
        <source>Equality law update for the office</source>
        <translation>Diweddariad ar gyfraith cydraddoldeb i&apos;r swyddfa</translation>
    </message>
    <message>
        <source>Office staff</source>
        <translation>Staff y swyddfa</translation>
    </message>
    <message>
        <source>Race equality induction for new staff</source>
        <translation>Hyfforddiant sefydlu ar gydraddoldeb hiliol i staff newydd</translation>
    </message>
    <message>
        <source>New staff</source>
        <translation>Staff newydd</translation>
    </message>
    <message>
        <source>Delivered in school by the RACE lead</source>
        <translation>Wedi&apos;i gyflwyno yn yr ysgol gan arweinydd RACE</translation>
    </message>
    <message>
        <source>Planned: offered to staff who joined this year and those who missed the training day.</source>
        <translation>Wedi&apos;i gynllunio: wedi&apos;i gynnig i staff a ymunodd eleni a&apos;r rhai a gollodd y diwrnod hyfforddiant.</translation>
    </message>
    <message>
        <source>Positive action in recruiting teaching assistants</source>
        <translation>Gweithredu cadarnhaol wrth recriwtio cynorthwywyr addysgu</translation>
    </message>
    <message>
        <source>After the second programme session the headteacher and SENDCo reviewed how teaching assistant vacancies were advertised. The posts were shared with two community groups and the local mosque and church, the application form was shortened, and applicants were offered an informal visit. Applications from Black and Asian candidates rose from one in the previous round to six; two were appointed.</source>
        <translation>Ar ôl ail sesiwn y rhaglen, adolygodd y pennaeth a&apos;r cydlynydd AAAA sut yr hysbysebwyd swyddi gwag cynorthwywyr addysgu. Rhannwyd y swyddi â dau grŵp cymunedol ac â&apos;r mosg a&apos;r eglwys leol, cafodd y ffurflen gais ei byrhau, a chynigiwyd ymweliad anffurfiol i ymgeiswyr. Cododd nifer y ceisiadau gan ymgeiswyr Du ac Asiaidd o un yn y rownd flaenorol i chwech; penodwyd dau.</translation>
    </message>
    <message>
        <source>Pupils&apos; voice shaping the response to racist incidents</source>
        <translation>Llais y disgyblion yn llunio&apos;r ymateb i ddigwyddiadau hiliol</translation>
    </message>
    <message>
        <source>Year 5 and 6 pupils told the school council that they did not report racist name-calling because &apos;nothing happens&apos;. Leaders used the programme&apos;s planning tool to redesign the procedure with them: every report is now acknowledged within a day and pupils are told what was done. Pupils now say they know what will happen.</source>
        <translation>Dywedodd disgyblion Blynyddoedd 5 a 6 wrth gyngor yr ysgol nad oeddent yn rhoi gwybod am alw enwau hiliol oherwydd &apos;does dim byd yn digwydd&apos;. Defnyddiodd yr arweinwyr offeryn cynllunio&apos;r rhaglen i ailgynllunio&apos;r drefn gyda nhw: mae pob adroddiad bellach yn cael ei gydnabod o fewn diwrnod ac mae&apos;r disgyblion yn cael gwybod beth a wnaed. Mae&apos;r disgyblion bellach yn dweud eu bod yn gwybod beth fydd yn digwydd.</translation>
    </message>
</context>
<context>
    <name>EthnicGroup</name>
    <message>
        <source>White</source>
        <translation>Gwyn</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Cymysg</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiaidd</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>White British</source>
        <translation>Gwyn Prydeinig</translation>
    </message>
    <message>
        <source>White Irish</source>
        <translation>Gwyn Gwyddelig</translation>
    </message>
    <message>
        <source>Traveller of Irish heritage</source>
        <translation>Teithiwr o dras Wyddelig</translation>
    </message>
    <message>
        <source>Gypsy/Roma</source>
        <translation>Sipsi/Roma</translation>
    </message>
    <message>
        <source>Any other White background</source>
        <translation>Unrhyw gefndir Gwyn arall</translation>
    </message>
    <message>
        <source>White and Black Caribbean</source>
        <translation>Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <source>White and Black African</source>
        <translation>Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <source>White and Asian</source>
        <translation>Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <source>Any other mixed background</source>
        <translation>Unrhyw gefndir cymysg arall</translation>
    </message>
    <message>
        <source>Indian</source>
        <translation>Indiaidd</translation>
    </message>
    <message>
        <source>Pakistani</source>
        <translation>Pacistanaidd</translation>
    </message>
    <message>
        <source>Bangladeshi</source>
        <translation>Bangladeshaidd</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Tsieineaidd</translation>
    </message>
    <message>
        <source>Any other Asian background</source>
        <translation>Unrhyw gefndir Asiaidd arall</translation>
    </message>
    <message>
        <source>Black Caribbean</source>
        <translation>Du Caribïaidd</translation>
    </message>
    <message>
        <source>Black African</source>
        <translation>Du Affricanaidd</translation>
    </message>
    <message>
        <source>Any other Black background</source>
        <translation>Unrhyw gefndir Du arall</translation>
    </message>
    <message>
        <source>Any other ethnic group</source>
        <translation>Unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi gwrthod</translation>
    </message>
    <message>
        <source>Information not yet obtained</source>
        <translation>Gwybodaeth heb ei chael eto</translation>
    </message>
</context>
<context>
    <name>EvidenceItem</name>
    <message>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Llun</translation>
    </message>
    <message>
        <source>Pupil voice</source>
        <translation>Llais y disgybl</translation>
    </message>
    <message>
        <source>Parent voice</source>
        <translation>Llais rhieni</translation>
    </message>
    <message>
        <source>Staff voice</source>
        <translation>Llais staff</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Arsylwad</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Cofnodion</translation>
    </message>
</context>
<context>
    <name>EvidenceRepository</name>
    <message>
        <source>There is no evidence %1 in this file; it may have been removed.</source>
        <translation>Nid oes tystiolaeth %1 yn y ffeil hon; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>There is no attachment %1 in this file; it may have been removed.</source>
        <translation>Nid oes atodiad %1 yn y ffeil hon; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>The evidence needs a title.</source>
        <translation>Mae angen teitl ar y dystiolaeth.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit statement of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o ddatganiadau archwilio %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an equality strand of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o linynnau cydraddoldeb %2.</translation>
    </message>
    <message>
        <source>There is no action %1 in this file to link the evidence &quot;%2&quot; to.</source>
        <translation>Nid oes cam gweithredu %1 yn y ffeil hon i gysylltu&apos;r dystiolaeth &quot;%2&quot; ag ef.</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>Mae angen enw ffeil ar yr atodiad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB. Files over %3 MB cannot be kept in the school file, because it would become too large to copy or e-mail; attach a smaller copy instead.</source>
        <translation>Mae &quot;%1&quot; yn %2 MB. Ni ellir cadw ffeiliau dros %3 MB yn y ffeil ysgol, oherwydd byddai&apos;n mynd yn rhy fawr i&apos;w chopïo neu ei hanfon drwy e-bost; atodwch gopi llai yn lle hynny.</translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; is damaged: its contents no longer match what was stored.</source>
        <translation>Mae&apos;r ffeil atodedig &quot;%1&quot; wedi&apos;i difrodi: nid yw ei chynnwys yn cyfateb mwyach i&apos;r hyn a storiwyd.</translation>
    </message>
    <message>
        <source>Only evidence that was removed can be put back.</source>
        <translation>Dim ond tystiolaeth a dynnwyd y gellir ei hadfer.</translation>
    </message>
    <message>
        <source>The removed evidence &quot;%1&quot; cannot be put back: the contents of its attachments were not kept.</source>
        <translation>Ni ellir adfer y dystiolaeth a dynnwyd, &quot;%1&quot;: ni chadwyd cynnwys ei hatodiadau.</translation>
    </message>
    <message>
        <source>Only an attachment that was removed can be put back.</source>
        <translation>Dim ond atodiad a dynnwyd y gellir ei adfer.</translation>
    </message>
    <message>
        <source>The attached file &quot;%1&quot; cannot be put back: its contents no longer match what was stored.</source>
        <translation>Ni ellir adfer y ffeil atodedig &quot;%1&quot;: nid yw ei chynnwys yn cyfateb mwyach i&apos;r hyn a storiwyd.</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>Y ffeil PDF i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-27 (default: the latest audit).</source>
        <translation>Y flwyddyn ysgol, e.e. 2026-27 (rhagosodiad: yr archwiliad diweddaraf).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>BLWYDDYN</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school year; write it like 2026-27.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn ysgol; ysgrifennwch hi fel 2026-27.</translation>
    </message>
    <message>
        <source>Wrote %1 (1 page).</source>
        <translation>Ysgrifennwyd %1 (1 dudalen).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>Ysgrifennwyd %1 (%2 tudalen).</translation>
    </message>
    <message>
        <source>Writes a strand&apos;s accreditation summary as a PDF.</source>
        <translation>Yn ysgrifennu crynodeb achredu llinyn fel PDF.</translation>
    </message>
    <message>
        <source>The equality strand id, e.g. race.</source>
        <translation>Dynodydd y llinyn cydraddoldeb, e.e. race.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Writes the action plan as a PDF: every action, or those of one strand, element or status.</source>
        <translation>Yn ysgrifennu&apos;r cynllun gweithredu fel PDF: pob cam gweithredu, neu&apos;r rhai ar gyfer un llinyn, elfen neu statws.</translation>
    </message>
    <message>
        <source>Only actions for this strand.</source>
        <translation>Dim ond camau gweithredu ar gyfer y llinyn hwn.</translation>
    </message>
    <message>
        <source>Only actions for this element.</source>
        <translation>Dim ond camau gweithredu ar gyfer yr elfen hon.</translation>
    </message>
    <message>
        <source>Only actions with this status: %1.</source>
        <translation>Dim ond camau gweithredu â&apos;r statws hwn: %1.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Group the actions by strand (the default) or by element.</source>
        <translation>Grwpio&apos;r camau gweithredu yn ôl llinyn (y rhagosodiad) neu yn ôl elfen.</translation>
    </message>
    <message>
        <source>strand|element</source>
        <translation>strand|element</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action status; use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn statws cam gweithredu; defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be grouped by; use strand or element.</source>
        <translation>Nid oes modd grwpio yn ôl &quot;%1&quot;; defnyddiwch strand neu element.</translation>
    </message>
    <message>
        <source>Writes the equality summary grid of a year, beside the year before, as a PDF.</source>
        <translation>Yn ysgrifennu grid crynodeb cydraddoldeb blwyddyn, ochr yn ochr â&apos;r flwyddyn flaenorol, fel PDF.</translation>
    </message>
    <message>
        <source>Writes the whole-school audit of a year, every statement with its rating and evidence, as a PDF.</source>
        <translation>Yn ysgrifennu archwiliad ysgol gyfan blwyddyn, pob datganiad gyda&apos;i sgôr a&apos;i dystiolaeth, fel PDF.</translation>
    </message>
    <message>
        <source>Writes the report of the visit on a date as a PDF.</source>
        <translation>Yn ysgrifennu adroddiad yr ymweliad ar ddyddiad penodol fel PDF.</translation>
    </message>
    <message>
        <source>The day of the visit.</source>
        <translation>Diwrnod yr ymweliad.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2027-03-31.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad; ysgrifennwch ef fel YYYY-MM-DD, e.e. 2027-03-31.</translation>
    </message>
    <message>
        <source>Writes a practitioner&apos;s Lead Practitioner portfolio (their newest, unless --portfolio names one) as a PDF.</source>
        <translation>Yn ysgrifennu portffolio Lead Practitioner ymarferydd (y portffolio mwyaf diweddar, oni bai bod --portfolio yn enwi un arall) fel PDF.</translation>
    </message>
    <message>
        <source>The practitioner&apos;s name, as the file has it (any case).</source>
        <translation>Enw&apos;r ymarferydd, fel y mae yn y ffeil (nid yw priflythrennau o bwys).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>The portfolio&apos;s id, as info --json lists it (default: the newest).</source>
        <translation>Dynodydd y portffolio, fel y mae info --json yn ei restru (rhagosodiad: y mwyaf diweddar).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a portfolio id; info --json lists them.</source>
        <translation>Nid yw &quot;%1&quot; yn ddynodydd portffolio; mae info --json yn eu rhestru.</translation>
    </message>
    <message>
        <source>Writes the school&apos;s RACE Charter Mark self-evaluation as a PDF.</source>
        <translation>Yn ysgrifennu hunanwerthusiad RACE Charter Mark yr ysgol fel PDF.</translation>
    </message>
    <message>
        <source>Writes where the school stands on the race equality leadership ambitions in one year as a PDF.</source>
        <translation>Yn ysgrifennu lle mae&apos;r ysgol arni o ran yr uchelgeisiau arwain ar gydraddoldeb hiliol mewn un flwyddyn fel PDF.</translation>
    </message>
    <message>
        <source>The school year, e.g. 2026-27 (default: the latest year judged).</source>
        <translation>Y flwyddyn ysgol, e.e. 2026-27 (rhagosodiad: y flwyddyn ddiweddaraf a farnwyd).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-09-01.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad; ysgrifennwch ef fel YYYY-MM-DD, e.e. 2026-09-01.</translation>
    </message>
    <message>
        <source>Writes the training coverage report as a PDF: race equality training offered and attended by staff and governors in a period (default: this academic year), who has not been reached, sessions, programme evaluation and case studies.</source>
        <translation>Yn ysgrifennu&apos;r adroddiad cwmpas hyfforddiant fel PDF: yr hyfforddiant cydraddoldeb hiliol a gynigiwyd i staff a llywodraethwyr mewn cyfnod (rhagosodiad: y flwyddyn academaidd hon) a phwy a fu&apos;n bresennol, pwy sydd heb eu cyrraedd, sesiynau, gwerthusiad rhaglenni ac astudiaethau achos.</translation>
    </message>
    <message>
        <source>The first day of the period (default: 1 September).</source>
        <translation>Diwrnod cyntaf y cyfnod (rhagosodiad: 1 Medi).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DYDDIAD</translation>
    </message>
    <message>
        <source>The last day of the period (default: 31 August).</source>
        <translation>Diwrnod olaf y cyfnod (rhagosodiad: 31 Awst).</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>Mae --to (%1) cyn --from (%2).</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>%1 already exists; choose another name. Nothing was changed.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall. Ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Creates a new school file with the frameworks that ship with Equimark. An existing file is never overwritten.</source>
        <translation>Yn creu ffeil ysgol newydd gyda&apos;r fframweithiau sy&apos;n dod gydag Equimark. Ni chaiff ffeil sy&apos;n bodoli eisoes fyth ei throsysgrifo.</translation>
    </message>
    <message>
        <source>The school&apos;s name.</source>
        <translation>Enw&apos;r ysgol.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ENW</translation>
    </message>
    <message>
        <source>The school&apos;s Unique Reference Number.</source>
        <translation>Cyfeirnod Unigryw (URN) yr ysgol.</translation>
    </message>
    <message>
        <source>URN</source>
        <translation>URN</translation>
    </message>
    <message>
        <source>One of: %1 (default: primary).</source>
        <translation>Un o: %1 (rhagosodiad: primary).</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>CYFNOD</translation>
    </message>
    <message>
        <source>The local authority.</source>
        <translation>Yr awdurdod lleol.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a school phase; use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn gyfnod ysgol; defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>Created %1 for %2.</source>
        <translation>Crëwyd %1 ar gyfer %2.</translation>
    </message>
    <message>
        <source>Creates the fictional demo school, with every step filled in. With --large, ten years into the process: ten audit years, 2,000 actions, 500 evidence items with 50 MB of attachments (for benchmarks and trying Equimark at scale; takes a few seconds).</source>
        <translation>Yn creu&apos;r ysgol enghreifftiol ddychmygol, gyda phob cam wedi&apos;i lenwi. Gyda --large, deng mlynedd i mewn i&apos;r broses: deng mlynedd o archwiliadau, 2,000 o gamau gweithredu, 500 eitem o dystiolaeth gyda 50 MB o atodiadau (ar gyfer meincnodau ac i roi cynnig ar Equimark ar raddfa fawr; mae&apos;n cymryd ychydig eiliadau).</translation>
    </message>
    <message>
        <source>Make the ten-year school instead.</source>
        <translation>Creu&apos;r ysgol deng mlynedd yn lle hynny.</translation>
    </message>
    <message>
        <source>Created the large demo school in %1.</source>
        <translation>Crëwyd yr ysgol enghreifftiol fawr yn %1.</translation>
    </message>
    <message>
        <source>Created the demo school in %1.</source>
        <translation>Crëwyd yr ysgol enghreifftiol yn %1.</translation>
    </message>
    <message>
        <source>Checks the file&apos;s integrity, its links between records and the rules of the process. Exit status 0 only when all hold; 1 when problems were found (each printed on a line of its own).</source>
        <translation>Yn gwirio cyfanrwydd y ffeil, y cysylltiadau rhwng ei chofnodion a rheolau&apos;r broses. Statws gadael 0 dim ond pan fo&apos;r cyfan yn dal; 1 pan ganfyddir problemau (caiff pob un ei hargraffu ar ei llinell ei hun).</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: ni chanfuwyd unrhyw broblemau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>Mae gan %1 %n problem.</numerusform>
            <numerusform>Mae gan %1 %n broblem.</numerusform>
            <numerusform>Mae gan %1 %n broblem.</numerusform>
            <numerusform>Mae gan %1 %n problem.</numerusform>
            <numerusform>Mae gan %1 %n problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saves a consistent copy of the school file as OUT (replacing an earlier copy there).</source>
        <translation>Yn cadw copi cyson o&apos;r ffeil ysgol fel OUT (gan ddisodli copi cynharach yno).</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2.</source>
        <translation>Cadwyd copi o %1 fel %2.</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>could not open %1 to finish writing it: %2</source>
        <translation>methu agor %1 i orffen ei hysgrifennu: %2</translation>
    </message>
    <message>
        <source>could not write %1 to the disk</source>
        <translation>methu ysgrifennu %1 i&apos;r ddisg</translation>
    </message>
    <message>
        <source>could not move the finished file into place as %1</source>
        <translation>methu symud y ffeil orffenedig i&apos;w lle fel %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Ni ellir darllen %1: %2</translation>
    </message>
</context>
<context>
    <name>FrameworkEditor</name>
    <message>
        <source>Only the wording of a RACE Charter Mark framework can be edited here.</source>
        <translation>Dim ond geiriad fframwaith RACE Charter Mark y gellir ei olygu yma.</translation>
    </message>
    <message>
        <source>Enter a name for section %1.</source>
        <translation>Rhowch enw ar gyfer adran %1.</translation>
    </message>
    <message>
        <source>There is no section %1 in this framework.</source>
        <translation>Nid oes adran %1 yn y fframwaith hwn.</translation>
    </message>
    <message>
        <source>A section number must be a whole number such as 2, not &quot;%1&quot;.</source>
        <translation>Rhaid i rif adran fod yn rhif cyfan fel 2, nid &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is already a section %1 in this framework.</source>
        <translation>Mae adran %1 yn y fframwaith hwn eisoes.</translation>
    </message>
    <message>
        <source>Enter the wording of criterion %1.</source>
        <translation>Rhowch eiriad maen prawf %1.</translation>
    </message>
    <message>
        <source>There is no criterion %1 in this framework.</source>
        <translation>Nid oes maen prawf %1 yn y fframwaith hwn.</translation>
    </message>
    <message>
        <source>A criterion of section %1 is numbered %1.&lt;number&gt;, such as %1.5; &quot;%2&quot; is not.</source>
        <translation>Mae meini prawf adran %1 wedi&apos;u rhifo %1.&lt;number&gt;, fel %1.5; nid yw &quot;%2&quot; wedi&apos;i rifo felly.</translation>
    </message>
    <message>
        <source>There is already a criterion %1 in this framework.</source>
        <translation>Mae maen prawf %1 yn y fframwaith hwn eisoes.</translation>
    </message>
    <message>
        <source>There is no LP standard %1 in this framework.</source>
        <translation>Nid oes safon LP %1 yn y fframwaith hwn.</translation>
    </message>
    <message>
        <source>Enter the name of LP standard %1.</source>
        <translation>Rhowch enw safon LP %1.</translation>
    </message>
</context>
<context>
    <name>FrameworkLoader</name>
    <message>
        <source>id &quot;%1&quot; must be lower-case letters, digits and hyphens</source>
        <translation>rhaid i&apos;r id &quot;%1&quot; fod yn llythrennau bach, digidau a chysylltnodau</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice</source>
        <translation>defnyddir yr id &quot;%1&quot; ddwywaith</translation>
    </message>
    <message>
        <source>must list red, amber and green, in that order</source>
        <translation>rhaid rhestru red, amber a green, yn y drefn honno</translation>
    </message>
    <message>
        <source>must name at least one strand</source>
        <translation>rhaid enwi o leiaf un llinyn</translation>
    </message>
    <message>
        <source>must name at least one element</source>
        <translation>rhaid enwi o leiaf un elfen</translation>
    </message>
    <message>
        <source>element &quot;%1&quot; is not defined</source>
        <translation>nid yw&apos;r elfen &quot;%1&quot; wedi&apos;i diffinio</translation>
    </message>
    <message>
        <source>strand &quot;%1&quot; is not defined</source>
        <translation>nid yw&apos;r llinyn &quot;%1&quot; wedi&apos;i ddiffinio</translation>
    </message>
    <message>
        <source>element &quot;%1&quot; has no statement for strand &quot;%2&quot;</source>
        <translation>nid oes datganiad gan yr elfen &quot;%1&quot; ar gyfer y llinyn &quot;%2&quot;</translation>
    </message>
    <message>
        <source>requires &quot;%1&quot;, which is not a level of the rubric</source>
        <translation>mae angen &quot;%1&quot;, nad yw&apos;n un o lefelau&apos;r gyfeireb</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not defined</source>
        <translation>nid yw&apos;r grŵp &quot;%1&quot; wedi&apos;i ddiffinio</translation>
    </message>
    <message>
        <source>LP standard &quot;%1&quot; is not defined</source>
        <translation>nid yw&apos;r safon LP &quot;%1&quot; wedi&apos;i diffinio</translation>
    </message>
    <message>
        <source>The framework file is not valid JSON (at character %1: %2).</source>
        <translation>Nid yw&apos;r ffeil fframwaith yn JSON dilys (ar nod %1: %2).</translation>
    </message>
    <message>
        <source>The framework file must hold a JSON object.</source>
        <translation>Rhaid i&apos;r ffeil fframwaith gynnwys gwrthrych JSON.</translation>
    </message>
    <message>
        <source>The framework file has format version %1; this Equimark reads version 1.</source>
        <translation>Fersiwn fformat %1 sydd gan y ffeil fframwaith; mae&apos;r fersiwn hon o Equimark yn darllen fersiwn 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case letters, digits and hyphens</source>
        <translation>rhaid i &quot;%1&quot; fod yn llythrennau bach, digidau a chysylltnodau</translation>
    </message>
    <message>
        <source>must be &quot;complete&quot; or &quot;partial&quot;</source>
        <translation>rhaid iddo fod yn &quot;complete&quot; neu&apos;n &quot;partial&quot;</translation>
    </message>
    <message>
        <source>The framework file is of an unknown kind &quot;%1&quot;.</source>
        <translation>Mae&apos;r ffeil fframwaith o fath anhysbys, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The framework file %1 cannot be read: %2</source>
        <translation>Ni ellir darllen y ffeil fframwaith %1: %2</translation>
    </message>
    <message>
        <source>Equimark does not ship a framework called &quot;%1&quot;.</source>
        <translation>Nid yw Equimark yn cynnwys fframwaith o&apos;r enw &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ar goll</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>rhaid iddo fod yn destun nad yw&apos;n wag</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>rhaid iddo fod yn rhif cyfan o 1 o leiaf</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn wir neu&apos;n gau (true/false)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>rhaid iddo fod yn wrthrych</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <source>The framework definition is not valid: %1</source>
        <translation>Nid yw diffiniad y fframwaith yn ddilys: %1</translation>
    </message>
    <message>
        <source> (and %1 more problems)</source>
        <translation> (a %1 problem arall)</translation>
    </message>
</context>
<context>
    <name>FrameworkRepository</name>
    <message>
        <source>The new definition of &quot;%1&quot; is a %2 framework, but the file uses it as a %3 framework.</source>
        <translation>Fframwaith %2 yw&apos;r diffiniad newydd o &quot;%1&quot;, ond mae&apos;r ffeil yn ei ddefnyddio fel fframwaith %3.</translation>
    </message>
    <message>
        <source>Only the wording of the RACE Charter Mark can be replaced; &quot;%1&quot; stays as it is.</source>
        <translation>Dim ond geiriad y RACE Charter Mark y gellir ei ddisodli; mae &quot;%1&quot; yn aros fel y mae.</translation>
    </message>
    <message>
        <source>The new wording of &quot;%1&quot; is not a valid framework: %2</source>
        <translation>Nid yw geiriad newydd &quot;%1&quot; yn fframwaith dilys: %2</translation>
    </message>
    <message>
        <source>The new definition is of framework &quot;%1&quot;, not &quot;%2&quot;.</source>
        <translation>Mae&apos;r diffiniad newydd ar gyfer y fframwaith &quot;%1&quot;, nid &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>maen prawf %1</translation>
    </message>
    <message>
        <source>LP standard %1</source>
        <translation>safon LP %1</translation>
    </message>
    <message>
        <source>award level &quot;%1&quot;</source>
        <translation>lefel dyfarniad &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new wording of &quot;%1&quot; leaves out %2, which the school&apos;s self-evaluation or portfolios still use. Keep them in the framework, or remove the records that use them first.</source>
        <translation>Mae geiriad newydd &quot;%1&quot; yn hepgor %2, sy&apos;n dal i gael eu defnyddio yn hunanwerthusiad neu bortffolios yr ysgol. Cadwch nhw yn y fframwaith, neu tynnwch y cofnodion sy&apos;n eu defnyddio yn gyntaf.</translation>
    </message>
    <message>
        <source>The file already uses the %1.</source>
        <translation>Mae&apos;r ffeil eisoes yn defnyddio fframwaith %1.</translation>
    </message>
    <message>
        <source>Equimark does not ship a %1 framework.</source>
        <translation>Nid yw Equimark yn cynnwys fframwaith %1.</translation>
    </message>
    <message>
        <source>The %1 is the framework this school file is built on, so it stays in the file.</source>
        <translation>%1 yw&apos;r fframwaith y mae&apos;r ffeil ysgol hon wedi&apos;i seilio arno, felly mae&apos;n aros yn y ffeil.</translation>
    </message>
    <message>
        <source>audits</source>
        <translation>archwiliadau</translation>
    </message>
    <message>
        <source>accreditation summaries</source>
        <translation>crynodebau achredu</translation>
    </message>
    <message>
        <source>badges</source>
        <translation>bathodynnau</translation>
    </message>
    <message>
        <source>self-evaluation judgements</source>
        <translation>barnau hunanwerthusiad</translation>
    </message>
    <message>
        <source>self-evaluation evidence links</source>
        <translation>dolenni tystiolaeth hunanwerthusiad</translation>
    </message>
    <message>
        <source>self-evaluation action links</source>
        <translation>dolenni camau gweithredu hunanwerthusiad</translation>
    </message>
    <message>
        <source>award target or award</source>
        <translation>targed dyfarniad neu ddyfarniad</translation>
    </message>
    <message>
        <source>Lead Practitioner portfolios</source>
        <translation>Portffolios Lead Practitioner</translation>
    </message>
    <message>
        <source>The %1 cannot be removed from the file while the school&apos;s %2 use it. Remove those records first.</source>
        <translation>Ni ellir tynnu fframwaith %1 o&apos;r ffeil tra bo %2 yr ysgol yn ei ddefnyddio. Tynnwch y cofnodion hynny yn gyntaf.</translation>
    </message>
    <message>
        <source>ambition judgements</source>
        <translation>barnau uchelgeisiau</translation>
    </message>
    <message>
        <source>ambition evidence links</source>
        <translation>dolenni tystiolaeth uchelgeisiau</translation>
    </message>
    <message>
        <source>ambition action links</source>
        <translation>dolenni camau gweithredu uchelgeisiau</translation>
    </message>
</context>
<context>
    <name>FrameworkTranslation</name>
    <message>
        <source>The framework translation is not JSON: %1 at character %2.</source>
        <translation>Nid JSON yw cyfieithiad y fframwaith: %1 wrth nod %2.</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>rhaid iddo fod yn &quot;%1&quot;</translation>
    </message>
    <message>
        <source>translates &quot;%1&quot; a second time, differently</source>
        <translation>yn cyfieithu &quot;%1&quot; eilwaith, yn wahanol</translation>
    </message>
    <message>
        <source>The framework translation is not valid: %1</source>
        <translation>Nid yw cyfieithiad y fframwaith yn ddilys: %1</translation>
    </message>
    <message>
        <source>Cannot read the framework translation %1: %2</source>
        <translation>Ni ellir darllen cyfieithiad y fframwaith %1: %2</translation>
    </message>
</context>
<context>
    <name>GridRule</name>
    <message>
        <source>No statement in this cell has been judged yet.</source>
        <translation>Nid oes unrhyw ddatganiad yn y gell hon wedi&apos;i farnu eto.</translation>
    </message>
    <message>
        <source>Judged so far: %1 of %2 statements. A suggestion needs at least half of them judged.</source>
        <translation>Wedi&apos;u barnu hyd yma: %1 o %2 datganiad. Mae angen barnu o leiaf hanner ohonynt cyn cael awgrym.</translation>
    </message>
    <message>
        <source>Red: %1 of the %2 judged statements are red, which is more than a third.</source>
        <translation>Coch: mae %1 o&apos;r %2 datganiad a farnwyd yn goch, sy&apos;n fwy na thraean.</translation>
    </message>
    <message>
        <source>Green: every judged statement (%1) is green.</source>
        <translation>Gwyrdd: mae pob datganiad a farnwyd (%1) yn wyrdd.</translation>
    </message>
    <message>
        <source>Green: %1 of the %2 judged statements are green and none is red.</source>
        <translation>Gwyrdd: mae %1 o&apos;r %2 datganiad a farnwyd yn wyrdd ac nid oes yr un yn goch.</translation>
    </message>
    <message>
        <source>Amber: %1 red, %2 amber and %3 green. Practice is partly in place.</source>
        <translation>Ambr: %1 coch, %2 ambr a %3 gwyrdd. Mae&apos;r arfer ar waith yn rhannol.</translation>
    </message>
    <message>
        <source>Improved since last year</source>
        <translation>Wedi gwella ers y llynedd</translation>
    </message>
    <message>
        <source>Same as last year</source>
        <translation>Yr un fath â&apos;r llynedd</translation>
    </message>
    <message>
        <source>Lower than last year</source>
        <translation>Is na&apos;r llynedd</translation>
    </message>
    <message>
        <source>No comparison with last year</source>
        <translation>Dim cymhariaeth â&apos;r llynedd</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Lists the change history, oldest first: when, who, what and the old and new values.</source>
        <translation>Yn rhestru hanes y newidiadau, yr hynaf yn gyntaf: pryd, pwy, beth a&apos;r hen werthoedd a&apos;r gwerthoedd newydd.</translation>
    </message>
    <message>
        <source>Only changes made on or after this day (YYYY-MM-DD) or moment (YYYY-MM-DDTHH:MM, local time).</source>
        <translation>Dim ond newidiadau a wnaed ar y diwrnod hwn (YYYY-MM-DD) neu&apos;r adeg hon (YYYY-MM-DDTHH:MM, amser lleol) neu wedi hynny.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DYDDIAD</translation>
    </message>
    <message>
        <source>Print a JSON array of {at, who, entity, entityId, field, old, new}.</source>
        <translation>Argraffu arae JSON o {at, who, entity, entityId, field, old, new}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23, or as 2026-11-23T14:00.</source>
        <translation>Nid yw &quot;%1&quot; yn ddyddiad; ysgrifennwch ef fel YYYY-MM-DD, e.e. 2026-11-23, neu fel 2026-11-23T14:00.</translation>
    </message>
</context>
<context>
    <name>HistoryDescription</name>
    <message>
        <source>School details</source>
        <translation>Manylion yr ysgol</translation>
    </message>
    <message>
        <source>Framework wording</source>
        <translation>Geiriad y fframwaith</translation>
    </message>
    <message>
        <source>Reference group member</source>
        <translation>Aelod o&apos;r grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Reference group meeting</source>
        <translation>Cyfarfod y grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Audit year</source>
        <translation>Blwyddyn archwilio</translation>
    </message>
    <message>
        <source>Audit judgement</source>
        <translation>Barn archwilio</translation>
    </message>
    <message>
        <source>Audit delegation</source>
        <translation>Dirprwyaeth archwilio</translation>
    </message>
    <message>
        <source>Summary grid cell</source>
        <translation>Cell y grid crynodeb</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Accreditation summary</source>
        <translation>Crynodeb achredu</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Bathodyn</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Network meeting</source>
        <translation>Cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>RACE Charter criterion</source>
        <translation>Maen prawf RACE Charter</translation>
    </message>
    <message>
        <source>RACE Charter award</source>
        <translation>Dyfarniad RACE Charter</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>LP portfolio</source>
        <translation>Portffolio LP</translation>
    </message>
    <message>
        <source>Evidence of impact</source>
        <translation>Tystiolaeth o effaith</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Reference group</source>
        <translation>Grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Whole-School Audit</source>
        <translation>Archwiliad Ysgol Gyfan</translation>
    </message>
    <message>
        <source>Summary grid</source>
        <translation>Grid crynodeb</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Achredu</translation>
    </message>
    <message>
        <source>RACE Charter</source>
        <translation>RACE Charter</translation>
    </message>
    <message>
        <source>LP portfolios</source>
        <translation>Portffolios LP</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>dyddiad cwblhau</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dyddiad</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>dyddiad ymuno</translation>
    </message>
    <message>
        <source>left</source>
        <translation>dyddiad gadael</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>dyddiad cyflwyno</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>dyddiad dilysu</translation>
    </message>
    <message>
        <source>accredited</source>
        <translation>dyddiad achredu</translation>
    </message>
    <message>
        <source>gateway date</source>
        <translation>dyddiad y porth</translation>
    </message>
    <message>
        <source>element</source>
        <translation>elfen</translation>
    </message>
    <message>
        <source>SIP priority</source>
        <translation>Blaenoriaeth CGY</translation>
    </message>
    <message>
        <source>URN</source>
        <translation>URN</translation>
    </message>
    <message>
        <source>verification visit</source>
        <translation>ymweliad dilysu</translation>
    </message>
    <message>
        <source>linked actions</source>
        <translation>camau gweithredu cysylltiedig</translation>
    </message>
    <message>
        <source>linked statements</source>
        <translation>datganiadau cysylltiedig</translation>
    </message>
    <message>
        <source>strands</source>
        <translation>llinynnau</translation>
    </message>
    <message>
        <source>notes carried from</source>
        <translation>nodiadau a gariwyd drosodd o</translation>
    </message>
    <message>
        <source>how it is known</source>
        <translation>sut y gwyddys</translation>
    </message>
    <message>
        <source>with whom</source>
        <translation>gyda phwy</translation>
    </message>
    <message>
        <source>self-assessment %1</source>
        <translation>hunanasesiad %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>crëwyd: %1</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>tynnwyd: %1</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>newidiwyd</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Outcome figures</source>
        <translation>Ffigurau canlyniadau</translation>
    </message>
    <message>
        <source>Outcome settings</source>
        <translation>Gosodiadau canlyniadau</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>Ambition criterion</source>
        <translation>Maen prawf uchelgais</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Uchelgeisiau</translation>
    </message>
    <message>
        <source>Person (training)</source>
        <translation>Person (hyfforddiant)</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Sesiwn hyfforddi</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Presenoldeb hyfforddiant</translation>
    </message>
    <message>
        <source>Training programme</source>
        <translation>Rhaglen hyfforddi</translation>
    </message>
    <message>
        <source>Confidence rating</source>
        <translation>Sgôr hyder</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Astudiaeth achos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>how leaders changed</source>
        <translation>sut y newidiodd arweinwyr</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>rhaglen</translation>
    </message>
    <message>
        <source>linked evidence</source>
        <translation>tystiolaeth gysylltiedig</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Adds every action of a CSV file (see docs/csv-format.md) to the school&apos;s action plan, all in one step. A file with any problem is refused whole, naming its line and column, and nothing is added.</source>
        <translation>Yn ychwanegu pob cam gweithredu mewn ffeil CSV (gweler docs/csv-format.md) at gynllun gweithredu&apos;r ysgol, i gyd mewn un cam. Caiff ffeil ag unrhyw broblem ei gwrthod yn llwyr, gan nodi rhif y llinell a&apos;r golofn, ac ni chaiff dim ei ychwanegu.</translation>
    </message>
    <message>
        <source>No actions were added: %1 has no rows below its header.</source>
        <translation>Ni ychwanegwyd unrhyw gamau gweithredu: nid oes gan %1 resi o dan ei phennawd.</translation>
    </message>
    <message>
        <source>Added 1 action.</source>
        <translation>Ychwanegwyd 1 cam gweithredu.</translation>
    </message>
    <message>
        <source>Added %1 actions.</source>
        <translation>Ychwanegwyd %1 cam gweithredu.</translation>
    </message>
    <message>
        <source>Writes the school&apos;s action plan as a CSV file (UTF-8, for Excel or LibreOffice) that &quot;import actions&quot; reads back.</source>
        <translation>Yn ysgrifennu cynllun gweithredu&apos;r ysgol fel ffeil CSV (UTF-8, ar gyfer Excel neu LibreOffice) y gall &quot;import actions&quot; ei darllen yn ôl.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Y ffeil CSV i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>School:</source>
        <translation>Ysgol:</translation>
    </message>
    <message>
        <source>URN:</source>
        <translation>URN:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Cyfnod:</translation>
    </message>
    <message>
        <source>Local authority:</source>
        <translation>Awdurdod lleol:</translation>
    </message>
    <message>
        <source>File version:</source>
        <translation>Fersiwn y ffeil:</translation>
    </message>
    <message>
        <source>Frameworks:</source>
        <translation>Fframweithiau:</translation>
    </message>
    <message>
        <source>%1 strands</source>
        <translation>%1 llinyn</translation>
    </message>
    <message>
        <source>Audits:</source>
        <translation>Archwiliadau:</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dim eto</translation>
    </message>
    <message>
        <source>%1: %2 of %3 statements judged</source>
        <translation>%1: %2 o %3 datganiad wedi&apos;u barnu</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Camau gweithredu:</translation>
    </message>
    <message>
        <source>Badges:</source>
        <translation>Bathodynnau:</translation>
    </message>
    <message>
        <source>%1, awarded %2</source>
        <translation>%1, dyfarnwyd %2</translation>
    </message>
    <message>
        <source>RACE Charter:</source>
        <translation>RACE Charter:</translation>
    </message>
    <message>
        <source>%1 of %2 criteria judged; level reached: %3; working towards: %4</source>
        <translation>%1 o %2 maen prawf wedi&apos;u barnu; lefel a gyrhaeddwyd: %3; yn gweithio tuag at: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Lead Practitioner portfolios:</source>
        <translation>Portffolios Lead Practitioner:</translation>
    </message>
    <message>
        <source>no portfolio yet</source>
        <translation>dim portffolio eto</translation>
    </message>
    <message>
        <source>%1 (id %2): %3, gateway %4, %5</source>
        <translation>%1 (id %2): %3, porth %4, %5</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>heb ei ddewis</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>yn barod</translation>
    </message>
    <message>
        <source>not ready yet</source>
        <translation>heb fod yn barod eto</translation>
    </message>
    <message>
        <source>Shows the school, its frameworks, audits, actions, badges, RACE Charter self-evaluation and Lead Practitioner portfolios.</source>
        <translation>Yn dangos yr ysgol, ei fframweithiau, ei harchwiliadau, ei chamau gweithredu, ei bathodynnau, ei hunanwerthusiad RACE Charter a&apos;i phortffolios Lead Practitioner.</translation>
    </message>
    <message>
        <source>Print JSON for scripts.</source>
        <translation>Argraffu JSON ar gyfer sgriptiau.</translation>
    </message>
    <message>
        <source>%1 %2 of %3 met</source>
        <translation>%1 %2 o %3 wedi&apos;u bodloni</translation>
    </message>
    <message>
        <source>Ambitions %1:</source>
        <translation>Uchelgeisiau %1:</translation>
    </message>
</context>
<context>
    <name>LargeSchool</name>
    <message>
        <source>%1: seen in the %2 review of %3; minutes and work samples kept by the equality coordinator.</source>
        <translation>%1: gwelwyd yn adolygiad %2 o %3; cofnodion a samplau gwaith yn cael eu cadw gan y cydlynydd cydraddoldeb.</translation>
    </message>
    <message>
        <source>Agreed at the summer meeting.</source>
        <translation>Cytunwyd arno yng nghyfarfod yr haf.</translation>
    </message>
    <message>
        <source>Action %1: %2 for %3</source>
        <translation>Cam gweithredu %1: %2 ar gyfer %3</translation>
    </message>
    <message>
        <source>Pupils and staff in the %1 strand report the change in the termly survey; the audit statement moves up a rating.</source>
        <translation>Mae disgyblion a staff yn llinyn %1 yn adrodd am y newid yn yr arolwg tymhorol; mae datganiad yr archwiliad yn codi un sgôr.</translation>
    </message>
    <message>
        <source>Progress review %1: on track, evidence filed.</source>
        <translation>Adolygiad cynnydd %1: ar y trywydd iawn, tystiolaeth wedi&apos;i ffeilio.</translation>
    </message>
    <message>
        <source>Evidence %1: work samples and notes</source>
        <translation>Tystiolaeth %1: samplau gwaith a nodiadau</translation>
    </message>
    <message>
        <source>Collected for the %1 review.</source>
        <translation>Wedi&apos;i chasglu ar gyfer adolygiad %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the large school.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall ar gyfer yr ysgol fawr.</translation>
    </message>
    <message>
        <source>The large school could not be built: %1</source>
        <translation>Nid oedd modd creu&apos;r ysgol fawr: %1</translation>
    </message>
    <message>
        <source>The large school could not be saved as %1.</source>
        <translation>Nid oedd modd cadw&apos;r ysgol fawr fel %1.</translation>
    </message>
</context>
<context>
    <name>LinkRows</name>
    <message>
        <source>There is no evidence %1 in this file; it may have been removed.</source>
        <translation>Nid oes tystiolaeth %1 yn y ffeil hon; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>There is no action %1 in this file; it may have been removed.</source>
        <translation>Nid oes cam gweithredu %1 yn y ffeil hon; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Senior leader</source>
        <translation>Uwch arweinydd</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Athro/Athrawes</translation>
    </message>
    <message>
        <source>Support staff</source>
        <translation>Staff cymorth</translation>
    </message>
    <message>
        <source>Governor</source>
        <translation>Llywodraethwr</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Disgybl</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Updating the file</source>
        <translation>Diweddaru&apos;r ffeil</translation>
    </message>
    <message>
        <source>Updating the file to version %1 failed: %2; it was left as it was</source>
        <translation>Methodd diweddaru&apos;r ffeil i fersiwn %1: %2; gadawyd hi fel yr oedd</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Type the date, or press Alt+Down to choose it from a calendar.</source>
        <translation>Teipiwch y dyddiad, neu bwyswch Alt+Down i&apos;w ddewis o galendr.</translation>
    </message>
    <message>
        <source>Tick to record a date here; untick to leave it without one.</source>
        <translation>Ticiwch i gofnodi dyddiad yma; tynnwch y tic i&apos;w adael heb ddyddiad.</translation>
    </message>
</context>
<context>
    <name>OutcomeCharts</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pwynt</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Cenedlaethol</translation>
    </message>
    <message>
        <source>No figures that may be shown yet.</source>
        <translation>Dim ffigurau y gellir eu dangos eto.</translation>
    </message>
    <message>
        <source>No figures for this year.</source>
        <translation>Dim ffigurau ar gyfer y flwyddyn hon.</translation>
    </message>
    <message>
        <source>Gap to all other pupils (points); bars with whiskers show the 95% interval</source>
        <translation>Bwlch i bob disgybl arall (pwyntiau); mae&apos;r barrau â llinellau gwall yn dangos y cyfwng 95%</translation>
    </message>
    <message>
        <source>Gap to all other pupils (percentage points); whiskers show the 95% interval</source>
        <translation>Bwlch i bob disgybl arall (pwyntiau canran); mae&apos;r llinellau gwall yn dangos y cyfwng 95%</translation>
    </message>
    <message>
        <source>Not shown (small numbers): %1.</source>
        <translation>Heb eu dangos (niferoedd bach): %1.</translation>
    </message>
</context>
<context>
    <name>OutcomeCommands</name>
    <message>
        <source>&quot;%1&quot; is not a school year; write it like 2025-26.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn ysgol; ysgrifennwch hi fel 2025-26.</translation>
    </message>
    <message>
        <source>Prints the outcomes CSV template (docs/outcomes-csv.md): a row for every measure and ethnic group of a year, with the counts to fill in and each measure&apos;s definition.</source>
        <translation>Yn argraffu templed CSV y canlyniadau (docs/outcomes-csv.md): rhes ar gyfer pob mesur a grŵp ethnig mewn blwyddyn, gyda&apos;r cyfrifon i&apos;w llenwi a diffiniad pob mesur.</translation>
    </message>
    <message>
        <source>The school year of the rows (default: the last complete year).</source>
        <translation>Blwyddyn ysgol y rhesi (rhagosodiad: y flwyddyn gyflawn ddiwethaf).</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>BLWYDDYN</translation>
    </message>
    <message>
        <source>Write the template to this file instead.</source>
        <translation>Ysgrifennu&apos;r templed i&apos;r ffeil hon yn lle hynny.</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>OUT.csv</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Ysgrifennwyd %1.</translation>
    </message>
    <message>
        <source>Adds the outcome figures of a CSV file (see docs/outcomes-csv.md) to the school file, replacing figures for the same year, measure and group, all in one step. A file with any problem is refused whole, naming its line and column, and nothing is imported.</source>
        <translation>Yn ychwanegu ffigurau canlyniadau ffeil CSV (gweler docs/outcomes-csv.md) at y ffeil ysgol, gan ddisodli ffigurau ar gyfer yr un flwyddyn, mesur a grŵp, i gyd mewn un cam. Caiff ffeil ag unrhyw broblem ei gwrthod yn llwyr, gan nodi rhif y llinell a&apos;r golofn, ac ni chaiff dim ei fewnforio.</translation>
    </message>
    <message>
        <source>No figures were imported: %1 has no filled-in rows.</source>
        <translation>Ni fewnforiwyd unrhyw ffigurau: nid oes gan %1 resi wedi&apos;u llenwi.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n figure(s).</source>
        <translation>
            <numerusform>Mewnforiwyd %n ffigur.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur.</numerusform>
            <numerusform>Mewnforiwyd %n ffigur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the &quot;Outcomes and gaps&quot; report as a PDF, or the figures as a CSV file, for sharing: counts below the school file&apos;s threshold, and every figure worked out from one, are suppressed. The format follows the file name unless --format says.</source>
        <translation>Yn ysgrifennu&apos;r adroddiad &quot;Canlyniadau a bylchau&quot; fel PDF, neu&apos;r ffigurau fel ffeil CSV, i&apos;w rhannu: caiff cyfrifon o dan drothwy&apos;r ffeil ysgol, a phob ffigur a gyfrifwyd o un ohonynt, eu cuddio. Mae&apos;r fformat yn dilyn enw&apos;r ffeil oni bai bod --format yn nodi fel arall.</translation>
    </message>
    <message>
        <source>The PDF or CSV file to write.</source>
        <translation>Y ffeil PDF neu CSV i&apos;w hysgrifennu.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>The school year of the report&apos;s tables (default: each measure&apos;s latest).</source>
        <translation>Blwyddyn ysgol tablau&apos;r adroddiad (rhagosodiad: y flwyddyn ddiweddaraf ar gyfer pob mesur).</translation>
    </message>
    <message>
        <source>pdf or csv.</source>
        <translation>pdf neu csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FFORMAT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format; use pdf or csv.</source>
        <translation>Nid yw &quot;%1&quot; yn fformat; defnyddiwch pdf neu csv.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n dudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows, or with --set changes, the school file&apos;s threshold: counts below it are suppressed in everything shared.</source>
        <translation>Yn dangos trothwy&apos;r ffeil ysgol, neu&apos;n ei newid gyda --set: caiff cyfrifon o dano eu cuddio ym mhopeth a rennir.</translation>
    </message>
    <message>
        <source>The new threshold, from 1 to 100.</source>
        <translation>Y trothwy newydd, o 1 i 100.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>Nid yw &quot;%1&quot; yn rhif.</translation>
    </message>
</context>
<context>
    <name>OutcomeCsv</name>
    <message>
        <source>&quot;%1&quot; is not a column of an outcomes file. The first row names the columns: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn golofn mewn ffeil canlyniadau. Mae&apos;r rhes gyntaf yn enwi&apos;r colofnau: %2.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>mae&apos;r golofn &quot;%1&quot; yn ymddangos ddwywaith.</translation>
    </message>
    <message>
        <source>the first row has no &quot;%1&quot; column. It names the columns: %2.</source>
        <translation>nid oes colofn &quot;%1&quot; yn y rhes gyntaf. Mae&apos;n enwi&apos;r colofnau: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year; write it like 2025-26.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn academaidd; ysgrifennwch hi fel 2025-26.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome measure. Use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn fesur canlyniad. Defnyddiwch un o&apos;r canlynol: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group of the school census; use its code (e.g. BCRB, MWBC, REFU, NOBT) or its name.</source>
        <translation>Nid yw &quot;%1&quot; yn un o grwpiau ethnig cyfrifiad yr ysgolion; defnyddiwch ei god (e.e. BCRB, MWBC, REFU, NOBT) neu ei enw.</translation>
    </message>
    <message>
        <source>the count (%1 %2) is more than the base (%3 %4).</source>
        <translation>mae&apos;r cyfrif (%1 %2) yn fwy na&apos;r sylfaen (%3 %4).</translation>
    </message>
    <message>
        <source>the &quot;pupils&quot; column is empty: absence needs the number of pupils behind the sessions.</source>
        <translation>mae&apos;r golofn &quot;pupils&quot; yn wag: ar gyfer absenoldeb, mae angen nifer y disgyblion y tu ôl i&apos;r sesiynau.</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; column is empty.</source>
        <translation>mae&apos;r golofn &quot;%1&quot; yn wag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count: write a whole number of 0 or more without separators, e.g. 1250.</source>
        <translation>Nid yw &quot;%1&quot; yn gyfrif: ysgrifennwch rif cyfan o 0 neu fwy heb wahanyddion, e.e. 1250.</translation>
    </message>
    <message>
        <source>(not needed: the school&apos;s total)</source>
        <translation>(dim angen: cyfanswm yr ysgol)</translation>
    </message>
    <message>
        <source>Give the pupils behind the sessions in &quot;pupils&quot;.</source>
        <translation>Rhowch y disgyblion y tu ôl i&apos;r sesiynau yn &quot;pupils&quot;.</translation>
    </message>
    <message>
        <source>the file is empty. Its first row must name the columns: %1.</source>
        <translation>mae&apos;r ffeil yn wag. Rhaid i&apos;w rhes gyntaf enwi&apos;r colofnau: %1.</translation>
    </message>
    <message>
        <source>%1, %2, %3 is given twice: first on line %4.</source>
        <translation>Mae %1, %2, %3 wedi&apos;i roi ddwywaith: y tro cyntaf ar linell %4.</translation>
    </message>
</context>
<context>
    <name>OutcomeMeasure</name>
    <message>
        <source>pupils</source>
        <translation>disgyblion</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absenoldeb</translation>
    </message>
    <message>
        <source>sessions missed</source>
        <translation>sesiynau a gollwyd</translation>
    </message>
    <message>
        <source>possible sessions</source>
        <translation>sesiynau posibl</translation>
    </message>
    <message>
        <source>Sessions missed through authorised and unauthorised absence, as a share of possible sessions. A session is a morning or an afternoon.</source>
        <translation>Sesiynau a gollwyd oherwydd absenoldeb wedi&apos;i awdurdodi a heb ei awdurdodi, fel cyfran o&apos;r sesiynau posibl. Bore neu brynhawn yw sesiwn.</translation>
    </message>
    <message>
        <source>Persistent absence</source>
        <translation>Absenoldeb parhaus</translation>
    </message>
    <message>
        <source>pupils missing 10% or more of their sessions</source>
        <translation>disgyblion sy&apos;n colli 10% neu fwy o&apos;u sesiynau</translation>
    </message>
    <message>
        <source>Pupils who missed 10% or more of their own possible sessions, as a share of pupils on roll.</source>
        <translation>Disgyblion a gollodd 10% neu fwy o&apos;u sesiynau posibl eu hunain, fel cyfran o&apos;r disgyblion ar y gofrestr.</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Gwaharddiadau dros dro</translation>
    </message>
    <message>
        <source>suspensions</source>
        <translation>gwaharddiadau dros dro</translation>
    </message>
    <message>
        <source>The number of suspensions (fixed-period exclusions) as a share of pupils on roll; a pupil suspended twice counts twice.</source>
        <translation>Nifer y gwaharddiadau dros dro (gwaharddiadau cyfnod penodol) fel cyfran o&apos;r disgyblion ar y gofrestr; mae disgybl a waharddwyd ddwywaith yn cyfrif ddwywaith.</translation>
    </message>
    <message>
        <source>Pupils with one or more suspensions</source>
        <translation>Disgyblion ag un gwaharddiad dros dro neu fwy</translation>
    </message>
    <message>
        <source>pupils suspended</source>
        <translation>disgyblion a waharddwyd dros dro</translation>
    </message>
    <message>
        <source>Pupils with at least one suspension, as a share of pupils on roll.</source>
        <translation>Disgyblion ag o leiaf un gwaharddiad dros dro, fel cyfran o&apos;r disgyblion ar y gofrestr.</translation>
    </message>
    <message>
        <source>Permanent exclusions</source>
        <translation>Gwaharddiadau parhaol</translation>
    </message>
    <message>
        <source>permanent exclusions</source>
        <translation>gwaharddiadau parhaol</translation>
    </message>
    <message>
        <source>Permanent exclusions as a share of pupils on roll.</source>
        <translation>Gwaharddiadau parhaol fel cyfran o&apos;r disgyblion ar y gofrestr.</translation>
    </message>
    <message>
        <source>KS2 reading, writing and maths: expected standard</source>
        <translation>CA2 darllen, ysgrifennu a mathemateg: y safon ddisgwyliedig</translation>
    </message>
    <message>
        <source>pupils at the expected standard</source>
        <translation>disgyblion ar y safon ddisgwyliedig</translation>
    </message>
    <message>
        <source>pupils at the end of key stage 2</source>
        <translation>disgyblion ar ddiwedd cyfnod allweddol 2</translation>
    </message>
    <message>
        <source>Pupils at the end of key stage 2 who reached the expected standard in all of reading, writing and maths.</source>
        <translation>Disgyblion ar ddiwedd cyfnod allweddol 2 a gyrhaeddodd y safon ddisgwyliedig ym mhob un o ddarllen, ysgrifennu a mathemateg.</translation>
    </message>
    <message>
        <source>KS2 reading, writing and maths: higher standard</source>
        <translation>CA2 darllen, ysgrifennu a mathemateg: y safon uwch</translation>
    </message>
    <message>
        <source>pupils at the higher standard</source>
        <translation>disgyblion ar y safon uwch</translation>
    </message>
    <message>
        <source>Pupils at the end of key stage 2 who reached the higher standard in all of reading, writing and maths.</source>
        <translation>Disgyblion ar ddiwedd cyfnod allweddol 2 a gyrhaeddodd y safon uwch ym mhob un o ddarllen, ysgrifennu a mathemateg.</translation>
    </message>
    <message>
        <source>GCSE English and maths, grade 5 or above</source>
        <translation>TGAU Saesneg a mathemateg, gradd 5 neu uwch</translation>
    </message>
    <message>
        <source>pupils with grade 5 or above in both</source>
        <translation>disgyblion â gradd 5 neu uwch yn y ddau</translation>
    </message>
    <message>
        <source>pupils at the end of key stage 4</source>
        <translation>disgyblion ar ddiwedd cyfnod allweddol 4</translation>
    </message>
    <message>
        <source>Pupils at the end of key stage 4 who achieved grade 5 or above in both English and maths.</source>
        <translation>Disgyblion ar ddiwedd cyfnod allweddol 4 a gafodd radd 5 neu uwch yn Saesneg a mathemateg.</translation>
    </message>
    <message>
        <source>Attainment 8</source>
        <translation>Attainment 8</translation>
    </message>
    <message>
        <source>Attainment 8 points, added up</source>
        <translation>cyfanswm pwyntiau Attainment 8</translation>
    </message>
    <message>
        <source>The average Attainment 8 score per pupil: points across eight qualifications, with English and maths counting twice.</source>
        <translation>Sgôr Attainment 8 gyfartalog pob disgybl: pwyntiau ar draws wyth cymhwyster, gyda Saesneg a mathemateg yn cyfrif ddwywaith.</translation>
    </message>
    <message>
        <source>Progression to higher education</source>
        <translation>Symud ymlaen i addysg uwch</translation>
    </message>
    <message>
        <source>students going on to higher education</source>
        <translation>myfyrwyr sy&apos;n mynd ymlaen i addysg uwch</translation>
    </message>
    <message>
        <source>students in the cohort</source>
        <translation>myfyrwyr yn y garfan</translation>
    </message>
    <message>
        <source>Students in sustained higher education after key stage 5, as a share of the cohort.</source>
        <translation>Myfyrwyr mewn addysg uwch barhaus ar ôl cyfnod allweddol 5, fel cyfran o&apos;r garfan.</translation>
    </message>
    <message>
        <source>Progression to high-tariff providers</source>
        <translation>Symud ymlaen i ddarparwyr tariff uchel</translation>
    </message>
    <message>
        <source>students going on to a high-tariff provider</source>
        <translation>myfyrwyr sy&apos;n mynd ymlaen i ddarparwr tariff uchel</translation>
    </message>
    <message>
        <source>Students going on to the third of higher education providers with the highest entry requirements, as a share of the cohort.</source>
        <translation>Myfyrwyr sy&apos;n mynd ymlaen i&apos;r traean o ddarparwyr addysg uwch sydd â&apos;r gofynion mynediad uchaf, fel cyfran o&apos;r garfan.</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Arweinwyr</translation>
    </message>
    <message>
        <source>leaders of the group</source>
        <translation>arweinwyr o&apos;r grŵp</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>staff of the group</source>
        <translation>staff o&apos;r grŵp</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Penodiadau</translation>
    </message>
    <message>
        <source>applicants appointed</source>
        <translation>ymgeiswyr a benodwyd</translation>
    </message>
    <message>
        <source>applicants</source>
        <translation>ymgeiswyr</translation>
    </message>
    <message>
        <source>Applicants who were appointed, as a share of applicants, for posts advertised in the year.</source>
        <translation>Ymgeiswyr a benodwyd, fel cyfran o&apos;r ymgeiswyr, ar gyfer swyddi a hysbysebwyd yn y flwyddyn.</translation>
    </message>
    <message>
        <source>Members of staff of each ethnic group who are in the senior leadership team, as a share of that group&apos;s staff.</source>
        <translation>Aelodau staff pob grŵp ethnig sydd yn yr uwch dîm arwain, fel cyfran o staff y grŵp hwnnw.</translation>
    </message>
    <message>
        <source>Members of staff of each ethnic group, as a share of all staff. The base is the school&apos;s whole staff, the same on every row.</source>
        <translation>Aelodau staff pob grŵp ethnig, fel cyfran o&apos;r holl staff. Y sylfaen yw holl staff yr ysgol, yr un fath ar bob rhes.</translation>
    </message>
    <message>
        <source>All applicants</source>
        <translation>Pob ymgeisydd</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Pob aelod o staff</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Pob myfyriwr</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Pob disgybl</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome measure.</source>
        <translation>Nid yw &quot;%1&quot; yn fesur canlyniad.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ethnic group code of the school census.</source>
        <translation>Nid yw &quot;%1&quot; yn god grŵp ethnig yng nghyfrifiad yr ysgolion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an academic year written like 2025-26.</source>
        <translation>Nid yw &quot;%1&quot; yn flwyddyn academaidd wedi&apos;i hysgrifennu fel 2025-26.</translation>
    </message>
    <message>
        <source>counts cannot be negative.</source>
        <translation>ni all cyfrifon fod yn negatif.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be more than %3 (%4).</source>
        <translation>ni all %1 (%2) fod yn fwy na %3 (%4).</translation>
    </message>
    <message>
        <source>there are %1 %2 but no %3.</source>
        <translation>mae %1 %2 ond nid oes %3.</translation>
    </message>
    <message>
        <source>the number of pupils is missing; it decides whether the figures are small enough to hide when shared.</source>
        <translation>mae nifer y disgyblion ar goll; dyna sy&apos;n penderfynu a yw&apos;r ffigurau&apos;n ddigon bach i&apos;w cuddio wrth eu rhannu.</translation>
    </message>
    <message>
        <source>A national figure for %1 is a percentage from 0 to 100.</source>
        <translation>Mae ffigur cenedlaethol ar gyfer %1 yn ganran o 0 i 100.</translation>
    </message>
    <message>
        <source>A national figure cannot be negative.</source>
        <translation>Ni all ffigur cenedlaethol fod yn negatif.</translation>
    </message>
    <message>
        <source>The threshold for hiding small numbers is from 1 to 100.</source>
        <translation>Mae&apos;r trothwy ar gyfer cuddio niferoedd bach o 1 i 100.</translation>
    </message>
</context>
<context>
    <name>OutcomesReport</name>
    <message>
        <source>This school file has no outcome figures yet: import them from a CSV file first.</source>
        <translation>Nid oes ffigurau canlyniadau yn y ffeil ysgol hon eto: mewnforiwch nhw o ffeil CSV yn gyntaf.</translation>
    </message>
    <message>
        <source>There are no outcome figures for %1; there are for %2.</source>
        <translation>Nid oes ffigurau canlyniadau ar gyfer %1; mae rhai ar gyfer %2.</translation>
    </message>
    <message>
        <source>Outcomes and gaps by ethnic group</source>
        <translation>Canlyniadau a bylchau yn ôl grŵp ethnig</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Blynyddoedd</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>Niferoedd bach</translation>
    </message>
    <message>
        <source>Counts below %1, and every figure worked out from one, are shown as &quot;c&quot;; so are %2 more that would let one be worked out from a total.</source>
        <translation>Dangosir cyfrifon o dan %1, a phob ffigur a gyfrifwyd o un ohonynt, fel &quot;c&quot;; felly hefyd %2 arall a fyddai&apos;n gadael i un gael ei gyfrifo o gyfanswm.</translation>
    </message>
    <message>
        <source>Aggregate counts only: no pupil&apos;s record is held. Gaps compare each group with all other pupils in the school; a risk ratio above 1 means the outcome is more likely for the group. Intervals are 95% confidence intervals.</source>
        <translation>Cyfansymiau yn unig: ni chedwir cofnod unrhyw ddisgybl. Mae&apos;r bylchau&apos;n cymharu pob grŵp â phob disgybl arall yn yr ysgol; mae cymhareb risg uwchlaw 1 yn golygu bod y canlyniad yn fwy tebygol i&apos;r grŵp. Cyfyngau hyder 95% yw&apos;r cyfyngau.</translation>
    </message>
    <message>
        <source>Where the focus groups stand</source>
        <translation>Sefyllfa&apos;r grwpiau ffocws</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>No figures</source>
        <translation>Dim ffigurau</translation>
    </message>
    <message>
        <source>c (small numbers)</source>
        <translation>c (niferoedd bach)</translation>
    </message>
    <message>
        <source>%1, gap %2</source>
        <translation>%1, bwlch %2</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Dros y blynyddoedd</translation>
    </message>
    <message>
        <source>Gaps to all other pupils, %1</source>
        <translation>Bylchau i bob disgybl arall, %1</translation>
    </message>
    <message>
        <source>Figures, %1</source>
        <translation>Ffigurau, %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>all staff</source>
        <translation>yr holl staff</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <source>Per pupil</source>
        <translation>Fesul disgybl</translation>
    </message>
    <message>
        <source>Gap to all other pupils</source>
        <translation>Bwlch i bob disgybl arall</translation>
    </message>
    <message>
        <source>Risk ratio (95% interval)</source>
        <translation>Cymhareb risg (cyfwng 95%)</translation>
    </message>
    <message>
        <source>Gap to national</source>
        <translation>Bwlch i&apos;r ffigur cenedlaethol</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)%4</source>
        <translation>%1 (%2 i %3)%4</translation>
    </message>
    <message>
        <source>National figure for %1: %2.</source>
        <translation>Ffigur cenedlaethol ar gyfer %1: %2.</translation>
    </message>
    <message>
        <source>* The 95% interval of the risk ratio leaves out 1: the difference is unlikely to be chance alone. c: suppressed (small numbers).</source>
        <translation>* Nid yw cyfwng 95% y gymhareb risg yn cynnwys 1: mae&apos;n annhebygol mai siawns yn unig yw&apos;r gwahaniaeth. c: wedi&apos;i guddio (niferoedd bach).</translation>
    </message>
</context>
<context>
    <name>Person</name>
    <message>
        <source>Governor</source>
        <translation>Llywodraethwr</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>Portfolio</name>
    <message>
        <source>Drafting</source>
        <translation>Wrthi&apos;n drafftio</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Wedi&apos;i gymedroli</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Wedi&apos;i achredu</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Heb ei asesu eto</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Yn datblygu</translation>
    </message>
    <message>
        <source>Secure</source>
        <translation>Cadarn</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Cryfder</translation>
    </message>
</context>
<context>
    <name>PortfolioCoverage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No evidence of impact yet for %1.</source>
        <translation>Dim tystiolaeth o effaith eto ar gyfer %1.</translation>
    </message>
    <message>
        <source>Not self-assessed yet: %1.</source>
        <translation>Heb hunanasesu eto: %1.</translation>
    </message>
    <message>
        <source>Reflective question %1 not answered: %2</source>
        <translation>Cwestiwn myfyriol %1 heb ei ateb: %2</translation>
    </message>
</context>
<context>
    <name>PortfolioReport</name>
    <message>
        <source>Not chosen yet</source>
        <translation>Heb ei ddewis eto</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heddiw)</translation>
    </message>
    <message>
        <source>%1 (1 day to go)</source>
        <translation>%1 (1 diwrnod i fynd)</translation>
    </message>
    <message>
        <source>%1 (%2 days to go)</source>
        <translation>%1 (%2 diwrnod i fynd)</translation>
    </message>
    <message>
        <source>%1 (passed yesterday)</source>
        <translation>%1 (aeth heibio ddoe)</translation>
    </message>
    <message>
        <source>%1 (passed %2 days ago)</source>
        <translation>%1 (aeth heibio %2 diwrnod yn ôl)</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Heb ddyddiad</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tan %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>E%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>%1 has no Lead Practitioner portfolio yet.</source>
        <translation>Nid oes gan %1 bortffolio Lead Practitioner eto.</translation>
    </message>
    <message>
        <source>Portfolio %1 is not one of %2&apos;s portfolios.</source>
        <translation>Nid yw portffolio %1 yn un o bortffolios %2.</translation>
    </message>
    <message>
        <source>Lead Practitioner portfolio: %1</source>
        <translation>Portffolio Lead Practitioner: %1</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Wedi&apos;i achredu</translation>
    </message>
    <message>
        <source>Accreditation expires</source>
        <translation>Achrediad yn dod i ben</translation>
    </message>
    <message>
        <source>Readiness for the gateway</source>
        <translation>Parodrwydd ar gyfer y porth</translation>
    </message>
    <message>
        <source>Ready for the gateway: every LP standard has evidence of impact and a self-assessment, and every reflective question is answered.</source>
        <translation>Yn barod ar gyfer y porth: mae gan bob safon LP dystiolaeth o effaith a hunanasesiad, ac mae pob cwestiwn myfyriol wedi&apos;i ateb.</translation>
    </message>
    <message>
        <source>Not ready for the gateway yet:</source>
        <translation>Heb fod yn barod ar gyfer y porth eto:</translation>
    </message>
    <message>
        <source>Self-assessment against the LP standards</source>
        <translation>Hunanasesiad yn erbyn safonau LP</translation>
    </message>
    <message>
        <source>The scale (not yet, developing, secure, strength) is Equimark&apos;s own, not SSAT&apos;s.</source>
        <translation>Graddfa Equimark ei hun yw&apos;r raddfa (ddim eto, yn datblygu, cadarn, cryfder), nid graddfa SSAT.</translation>
    </message>
    <message>
        <source>LP standard</source>
        <translation>Safon LP</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Heb ei asesu eto</translation>
    </message>
    <message>
        <source>Reflective questions</source>
        <translation>Cwestiynau myfyriol</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Heb ei ateb eto.</translation>
    </message>
    <message>
        <source>Evidence of impact</source>
        <translation>Tystiolaeth o effaith</translation>
    </message>
    <message>
        <source>No evidence of impact has been recorded yet.</source>
        <translation>Nid oes tystiolaeth o effaith wedi&apos;i chofnodi eto.</translation>
    </message>
    <message>
        <source>E%1. %2</source>
        <translation>T%1. %2</translation>
    </message>
    <message>
        <source>%1 (files: %2)</source>
        <translation>%1 (ffeiliau: %2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source>Impact on others&apos; knowledge, understanding or practice</source>
        <translation>Effaith ar wybodaeth, dealltwriaeth neu arfer pobl eraill</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>Sut y gwyddys</translation>
    </message>
    <message>
        <source>RACE Charter criteria</source>
        <translation>Meini prawf RACE Charter</translation>
    </message>
    <message>
        <source>None mapped</source>
        <translation>Dim wedi&apos;u mapio</translation>
    </message>
    <message>
        <source>LP standards</source>
        <translation>Safonau LP</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>None linked</source>
        <translation>Dim wedi&apos;u cysylltu</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>Which evidence of impact (E1, E2 ... as numbered above) counts for each LP standard and each RACE Charter criterion.</source>
        <translation>Pa dystiolaeth o effaith (T1, T2 ... fel y&apos;u rhifwyd uchod) sy&apos;n cyfrif ar gyfer pob safon LP a phob maen prawf RACE Charter.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Eitemau</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Dim tystiolaeth eto</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Maen prawf</translation>
    </message>
    <message>
        <source>Only part of the wording of the RACE Charter Mark criteria and the LP standards is public. Where it is not known the framework says so; a school holding the official documents can enter it in Equimark.</source>
        <translation>Dim ond rhan o eiriad meini prawf y RACE Charter Mark a&apos;r safonau LP sy&apos;n gyhoeddus. Lle nad yw&apos;n hysbys, mae&apos;r fframwaith yn dweud hynny; gall ysgol sydd â&apos;r dogfennau swyddogol ei roi i mewn yn Equimark.</translation>
    </message>
</context>
<context>
    <name>PortfolioRepository</name>
    <message>
        <source>There is no practitioner called &quot;%1&quot; in this file.</source>
        <translation>Nid oes ymarferydd o&apos;r enw &quot;%1&quot; yn y ffeil hon.</translation>
    </message>
    <message numerus="yes">
        <source>%n practitioner(s) in this file are called &quot;%1&quot;; rename one of them so they can be told apart.</source>
        <translation>
            <numerusform>Mae %n ymarferydd yn y ffeil hon o&apos;r enw &quot;%1&quot;; ailenwch un ohonynt er mwyn gallu gwahaniaethu rhyngddynt.</numerusform>
            <numerusform>Mae %n ymarferydd yn y ffeil hon o&apos;r enw &quot;%1&quot;; ailenwch un ohonynt er mwyn gallu gwahaniaethu rhyngddynt.</numerusform>
            <numerusform>Mae %n ymarferydd yn y ffeil hon o&apos;r enw &quot;%1&quot;; ailenwch un ohonynt er mwyn gallu gwahaniaethu rhyngddynt.</numerusform>
            <numerusform>Mae %n ymarferydd yn y ffeil hon o&apos;r enw &quot;%1&quot;; ailenwch un ohonynt er mwyn gallu gwahaniaethu rhyngddynt.</numerusform>
            <numerusform>Mae %n ymarferydd yn y ffeil hon o&apos;r enw &quot;%1&quot;; ailenwch un ohonynt er mwyn gallu gwahaniaethu rhyngddynt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a practitioner who was removed can be put back.</source>
        <translation>Dim ond ymarferydd a dynnwyd y gellir ei adfer.</translation>
    </message>
    <message>
        <source>A portfolio stays with the framework it was started on; start a new portfolio for &quot;%1&quot;.</source>
        <translation>Mae portffolio yn aros gyda&apos;r fframwaith y&apos;i dechreuwyd arno; dechreuwch bortffolio newydd ar gyfer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a portfolio that was removed can be put back.</source>
        <translation>Dim ond portffolio a dynnwyd y gellir ei adfer.</translation>
    </message>
    <message>
        <source>Only evidence of impact that was removed can be put back.</source>
        <translation>Dim ond tystiolaeth o effaith a dynnwyd y gellir ei hadfer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o feini prawf %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Lead Practitioner standard of the %2.</source>
        <translation>Nid yw &quot;%1&quot; yn un o safonau Lead Practitioner %2.</translation>
    </message>
    <message>
        <source>There is no practitioner %1 in this file; they may have been removed.</source>
        <translation>Nid oes ymarferydd %1 yn y ffeil hon; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>There is no portfolio %1 in this file; it may have been removed.</source>
        <translation>Nid oes portffolio %1 yn y ffeil hon; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>There is no evidence of impact %1 in this file; it may have been removed.</source>
        <translation>Nid oes tystiolaeth o effaith %1 yn y ffeil hon; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>This file holds no RACE Charter Mark framework for a Lead Practitioner portfolio to map to.</source>
        <translation>Nid oes fframwaith RACE Charter Mark yn y ffeil hon y gellir mapio portffolio Lead Practitioner iddo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a framework stored in this file.</source>
        <translation>Nid yw &quot;%1&quot; yn fframwaith sydd wedi&apos;i storio yn y ffeil hon.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a RACE Charter Mark framework, so a Lead Practitioner portfolio cannot map to it.</source>
        <translation>Nid yw &quot;%1&quot; yn fframwaith RACE Charter Mark, felly ni ellir mapio portffolio Lead Practitioner iddo.</translation>
    </message>
    <message>
        <source>The practitioner needs a name.</source>
        <translation>Mae angen enw ar yr ymarferydd.</translation>
    </message>
    <message>
        <source>The portfolio needs the name of the programme it is for, such as &quot;RACE Lead Practitioner accreditation&quot;.</source>
        <translation>Mae angen enw&apos;r rhaglen y mae&apos;r portffolio ar ei chyfer, fel &quot;RACE Lead Practitioner accreditation&quot;.</translation>
    </message>
    <message>
        <source>An accredited portfolio needs the date of accreditation.</source>
        <translation>Mae angen dyddiad achredu ar bortffolio sydd wedi&apos;i achredu.</translation>
    </message>
    <message>
        <source>The portfolio cannot be accredited on %1, before it was submitted on %2.</source>
        <translation>Ni ellir achredu&apos;r portffolio ar %1, cyn iddo gael ei gyflwyno ar %2.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n reflective question(s); there is no question %2 to answer.</source>
        <translation>
            <numerusform>Mae gan fframwaith %1 %n cwestiwn myfyriol; nid oes cwestiwn %2 i&apos;w ateb.</numerusform>
            <numerusform>Mae gan fframwaith %1 %n cwestiwn myfyriol; nid oes cwestiwn %2 i&apos;w ateb.</numerusform>
            <numerusform>Mae gan fframwaith %1 %n gwestiwn myfyriol; nid oes cwestiwn %2 i&apos;w ateb.</numerusform>
            <numerusform>Mae gan fframwaith %1 %n cwestiwn myfyriol; nid oes cwestiwn %2 i&apos;w ateb.</numerusform>
            <numerusform>Mae gan fframwaith %1 %n cwestiwn myfyriol; nid oes cwestiwn %2 i&apos;w ateb.</numerusform>
        </translation>
    </message>
    <message>
        <source>The evidence of impact needs a title: what was done.</source>
        <translation>Mae angen teitl ar y dystiolaeth o effaith: beth a wnaed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends on %2, before it starts on %3.</source>
        <translation>Mae &quot;%1&quot; yn dod i ben ar %2, cyn iddo ddechrau ar %3.</translation>
    </message>
    <message>
        <source>There is no evidence %1 in the evidence store to link to &quot;%2&quot;; it may have been removed.</source>
        <translation>Nid oes tystiolaeth %1 yn y storfa dystiolaeth i&apos;w chysylltu â &quot;%2&quot;; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be put back: number %2 is already in use in this file.</source>
        <translation>Ni ellir adfer &quot;%1&quot;: mae rhif %2 eisoes yn cael ei ddefnyddio yn y ffeil hon.</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>The training programme needs a title.</source>
        <translation>Mae angen teitl ar y rhaglen hyfforddi.</translation>
    </message>
    <message>
        <source>There is no action %1 in the action plan to link; it may have been removed.</source>
        <translation>Nid oes cam gweithredu %1 yn y cynllun gweithredu i&apos;w gysylltu; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>A confidence rating is from 1 to 5; %1 is not one.</source>
        <translation>Mae sgôr hyder o 1 i 5; nid yw %1 yn un ohonynt.</translation>
    </message>
    <message>
        <source>There is no person %1 in this file to rate the programme.</source>
        <translation>Nid oes person %1 yn y ffeil hon i roi sgôr i&apos;r rhaglen.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Not yet judged</source>
        <translation>Heb ei farnu eto</translation>
    </message>
</context>
<context>
    <name>ReferenceGroupRepository</name>
    <message>
        <source>A member of the reference group needs a name.</source>
        <translation>Mae angen enw ar aelod o&apos;r grŵp cyfeirio.</translation>
    </message>
    <message>
        <source>%1 cannot leave the group (%2) before joining it (%3).</source>
        <translation>Ni all %1 adael y grŵp (%2) cyn ymuno ag ef (%3).</translation>
    </message>
    <message>
        <source>The reference group has no member number %1.</source>
        <translation>Nid oes aelod rhif %1 yn y grŵp cyfeirio.</translation>
    </message>
    <message>
        <source>A meeting needs the date it was held.</source>
        <translation>Mae angen y dyddiad y cynhaliwyd y cyfarfod.</translation>
    </message>
    <message>
        <source>Attendee number %1 is not a member of the reference group.</source>
        <translation>Nid yw mynychwr rhif %1 yn aelod o&apos;r grŵp cyfeirio.</translation>
    </message>
    <message>
        <source>The reference group has no meeting number %1.</source>
        <translation>Nid oes cyfarfod rhif %1 gan y grŵp cyfeirio.</translation>
    </message>
    <message>
        <source>Only a member who was removed can be put back.</source>
        <translation>Dim ond aelod a dynnwyd y gellir ei adfer.</translation>
    </message>
    <message>
        <source>Only a meeting that was removed can be put back.</source>
        <translation>Dim ond cyfarfod a dynnwyd y gellir ei adfer.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>No whole-school audit has been started in this file yet.</source>
        <translation>Nid oes archwiliad ysgol gyfan wedi&apos;i ddechrau yn y ffeil hon eto.</translation>
    </message>
    <message>
        <source>There is no audit for %1 in this file (audits: %2).</source>
        <translation>Nid oes archwiliad ar gyfer %1 yn y ffeil hon (archwiliadau: %2).</translation>
    </message>
    <message>
        <source>%1, edition %2</source>
        <translation>%1, argraffiad %2</translation>
    </message>
</context>
<context>
    <name>ReportRequest</name>
    <message>
        <source>Accreditation summary</source>
        <translation>Crynodeb achredu</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Equality summary grid</source>
        <translation>Grid crynodeb cydraddoldeb</translation>
    </message>
    <message>
        <source>Audit record</source>
        <translation>Cofnod archwilio</translation>
    </message>
    <message>
        <source>Visit report</source>
        <translation>Adroddiad ymweliad</translation>
    </message>
    <message>
        <source>Lead Practitioner portfolio</source>
        <translation>Portffolio Lead Practitioner</translation>
    </message>
    <message>
        <source>RACE Charter self-evaluation</source>
        <translation>Hunanwerthusiad RACE Charter</translation>
    </message>
    <message>
        <source>Choose the visit to report on.</source>
        <translation>Dewiswch yr ymweliad i adrodd arno.</translation>
    </message>
    <message>
        <source>Choose the practitioner whose portfolio to report on.</source>
        <translation>Dewiswch yr ymarferydd yr ydych am adrodd ar ei bortffolio.</translation>
    </message>
    <message>
        <source>Unknown report.</source>
        <translation>Adroddiad anhysbys.</translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation>Canlyniadau a bylchau</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Uchelgeisiau</translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation>Cwmpas hyfforddiant</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The report could not be started on this printer or file.</source>
        <translation>Nid oedd modd dechrau&apos;r adroddiad ar yr argraffydd neu&apos;r ffeil hon.</translation>
    </message>
    <message>
        <source>Made with Equimark on %1</source>
        <translation>Crëwyd gydag Equimark ar %1</translation>
    </message>
    <message>
        <source>%1 · made with Equimark on %2</source>
        <translation>%1 · crëwyd gydag Equimark ar %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Nid oedd modd gorffen yr adroddiad.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Ni ellir ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2); nothing was written.</source>
        <translation>Nid oedd modd cadw %1 (%2); ni ysgrifennwyd dim.</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>Nursery</source>
        <translation>Meithrin</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Cynradd</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Arbennig</translation>
    </message>
    <message>
        <source>Short stay</source>
        <translation>Arhosiad byr</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Uwchradd</translation>
    </message>
    <message>
        <source>All-through</source>
        <translation>Pob oed</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Efydd</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Aur</translation>
    </message>
    <message>
        <source>Annual advisory or accreditation visit (focus determined by the school)</source>
        <translation>Ymweliad cynghori neu achredu blynyddol (yr ysgol sy&apos;n pennu&apos;r ffocws)</translation>
    </message>
    <message>
        <source>Full documentation for all strands</source>
        <translation>Dogfennaeth lawn ar gyfer pob llinyn</translation>
    </message>
    <message>
        <source>Co-ordinator termly network meeting</source>
        <translation>Cyfarfod rhwydwaith tymhorol i gydlynwyr</translation>
    </message>
    <message>
        <source>Telephone/e-mail support on a goodwill basis, subject to availability</source>
        <translation>Cymorth dros y ffôn/e-bost ar sail ewyllys da, yn amodol ar argaeledd</translation>
    </message>
    <message>
        <source>One of: a school-based INSET session per year (up to 2 hours), or a second advisory visit (up to half a day)</source>
        <translation>Un o&apos;r canlynol: sesiwn HMS yn yr ysgol bob blwyddyn (hyd at 2 awr), neu ail ymweliad cynghori (hyd at hanner diwrnod)</translation>
    </message>
    <message>
        <source>Regular telephone/e-mail support</source>
        <translation>Cymorth rheolaidd dros y ffôn/e-bost</translation>
    </message>
    <message>
        <source>Both: a school-based INSET session per year (up to 2 hours) and a second advisory visit (up to half a day)</source>
        <translation>Y ddau: sesiwn HMS yn yr ysgol bob blwyddyn (hyd at 2 awr) ac ail ymweliad cynghori (hyd at hanner diwrnod)</translation>
    </message>
</context>
<context>
    <name>SchoolChecker</name>
    <message>
        <source>SQLite&apos;s integrity check reports: %1.</source>
        <translation>Mae gwiriad cywirdeb SQLite yn adrodd: %1.</translation>
    </message>
    <message>
        <source>A record in table &quot;%1&quot; refers to a record in table &quot;%2&quot; that does not exist.</source>
        <translation>Mae cofnod yn nhabl &quot;%1&quot; yn cyfeirio at gofnod yn nhabl &quot;%2&quot; nad yw&apos;n bodoli.</translation>
    </message>
    <message>
        <source>Record %1 in table &quot;%2&quot; refers to a record in table &quot;%3&quot; that does not exist.</source>
        <translation>Mae cofnod %1 yn nhabl &quot;%2&quot; yn cyfeirio at gofnod yn nhabl &quot;%3&quot; nad yw&apos;n bodoli.</translation>
    </message>
    <message>
        <source>The file holds no school details.</source>
        <translation>Nid yw&apos;r ffeil yn cynnwys manylion ysgol.</translation>
    </message>
    <message>
        <source>The file holds %1 schools; it must hold exactly one.</source>
        <translation>Mae&apos;r ffeil yn cynnwys %1 ysgol; rhaid iddi gynnwys un yn union.</translation>
    </message>
    <message>
        <source>The stored framework &quot;%1&quot; cannot be read: %2</source>
        <translation>Ni ellir darllen y fframwaith sydd wedi&apos;i storio, &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The stored framework &quot;%1&quot; holds the definition of another framework, &quot;%2&quot;.</source>
        <translation>Mae&apos;r fframwaith sydd wedi&apos;i storio, &quot;%1&quot;, yn cynnwys diffiniad fframwaith arall, &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The %1 audit has a judgement for statement &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae gan archwiliad %1 farn ar gyfer datganiad &quot;%2&quot;, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>The %1 summary grid has a cell for element &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae gan grid crynodeb %1 gell ar gyfer elfen &quot;%2&quot;, nad yw fframwaith &quot;%3&quot; yn ei diffinio.</translation>
    </message>
    <message>
        <source>The %1 summary grid has a cell for strand &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae gan grid crynodeb %1 gell ar gyfer llinyn &quot;%2&quot;, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Action %1 (&quot;%2&quot;) is not linked to any strand.</source>
        <translation>Nid yw cam gweithredu %1 (&quot;%2&quot;) wedi&apos;i gysylltu ag unrhyw linyn.</translation>
    </message>
    <message>
        <source>Action %1 (&quot;%2&quot;) names element &quot;%3&quot;, which the equality mark framework does not define.</source>
        <translation>Mae cam gweithredu %1 (&quot;%2&quot;) yn enwi elfen &quot;%3&quot;, nad yw fframwaith y Marc Cydraddoldeb yn ei diffinio.</translation>
    </message>
    <message>
        <source>Action %1 (&quot;%2&quot;) is linked to strand &quot;%3&quot;, which the equality mark framework does not define.</source>
        <translation>Mae cam gweithredu %1 (&quot;%2&quot;) wedi&apos;i gysylltu â llinyn &quot;%3&quot;, nad yw fframwaith y Marc Cydraddoldeb yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Evidence %1 (&quot;%2&quot;) is linked to statement &quot;%3&quot;, which no framework in the file defines.</source>
        <translation>Mae tystiolaeth %1 (&quot;%2&quot;) wedi&apos;i chysylltu â datganiad &quot;%3&quot;, nad oes unrhyw fframwaith yn y ffeil yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Evidence %1 (&quot;%2&quot;) is linked to strand &quot;%3&quot;, which no framework in the file defines.</source>
        <translation>Mae tystiolaeth %1 (&quot;%2&quot;) wedi&apos;i chysylltu â llinyn &quot;%3&quot;, nad oes unrhyw fframwaith yn y ffeil yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Accreditation summary %1 is for strand &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae crynodeb achredu %1 ar gyfer llinyn &quot;%2&quot;, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Accreditation summary %1 (strand &quot;%2&quot;) is marked verified but has no date of verification.</source>
        <translation>Mae crynodeb achredu %1 (llinyn &quot;%2&quot;) wedi&apos;i nodi fel un wedi&apos;i ddilysu, ond nid oes ganddo ddyddiad dilysu.</translation>
    </message>
    <message>
        <source>The badge awarded on %1 (record %2) is for strand &quot;%3&quot;, which framework &quot;%4&quot; does not define.</source>
        <translation>Mae&apos;r bathodyn a ddyfarnwyd ar %1 (cofnod %2) ar gyfer llinyn &quot;%3&quot;, nad yw fframwaith &quot;%4&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Strand &quot;%1&quot; of framework &quot;%2&quot; has %3 verified accreditation summaries without a badge; it may have at most one.</source>
        <translation>Mae gan linyn &quot;%1&quot; fframwaith &quot;%2&quot; %3 crynodeb achredu wedi&apos;u dilysu heb fathodyn; ni chaiff fod ganddo fwy nag un.</translation>
    </message>
    <message>
        <source>The RACE Charter self-evaluation has a judgement for criterion &quot;%1&quot;, which framework &quot;%2&quot; does not define.</source>
        <translation>Mae gan hunanwerthusiad RACE Charter farn ar gyfer maen prawf &quot;%1&quot;, nad yw fframwaith &quot;%2&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>RACE Charter criterion %1 is judged &quot;%2&quot;, which is not a rubric level of framework &quot;%3&quot;.</source>
        <translation>Barnwyd bod maen prawf RACE Charter %1 ar lefel &quot;%2&quot;, nad yw&apos;n un o lefelau cyfeireb fframwaith &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Evidence %1 is linked to RACE Charter criterion &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae tystiolaeth %1 wedi&apos;i chysylltu â maen prawf RACE Charter &quot;%2&quot;, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Action %1 is linked to RACE Charter criterion &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae cam gweithredu %1 wedi&apos;i gysylltu â maen prawf RACE Charter &quot;%2&quot;, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>The RACE Charter Mark award names level &quot;%1&quot;, which framework &quot;%2&quot; does not define.</source>
        <translation>Mae dyfarniad RACE Charter Mark yn enwi lefel &quot;%1&quot;, nad yw fframwaith &quot;%2&quot; yn ei diffinio.</translation>
    </message>
    <message>
        <source>Portfolio %1 uses framework &quot;%2&quot;, which is not a RACE Charter framework.</source>
        <translation>Mae portffolio %1 yn defnyddio fframwaith &quot;%2&quot;, nad yw&apos;n fframwaith RACE Charter.</translation>
    </message>
    <message>
        <source>Portfolio %1 assesses LP standard &quot;%2&quot;, which its framework does not define.</source>
        <translation>Mae portffolio %1 yn asesu safon LP &quot;%2&quot;, nad yw ei fframwaith yn ei diffinio.</translation>
    </message>
    <message>
        <source>Evidence of impact %3 is mapped to LP standard &quot;%2&quot;, which the framework of portfolio %1 does not define.</source>
        <translation>Mae tystiolaeth o effaith %3 wedi&apos;i mapio i safon LP &quot;%2&quot;, nad yw fframwaith portffolio %1 yn ei diffinio.</translation>
    </message>
    <message>
        <source>Evidence of impact %3 is mapped to RACE Charter criterion &quot;%2&quot;, which the framework of portfolio %1 does not define.</source>
        <translation>Mae tystiolaeth o effaith %3 wedi&apos;i mapio i faen prawf RACE Charter &quot;%2&quot;, nad yw fframwaith portffolio %1 yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Portfolio %1 answers reflective question %2, but its framework asks only %3.</source>
        <translation>Mae portffolio %1 yn ateb cwestiwn myfyriol %2, ond dim ond %3 y mae ei fframwaith yn eu gofyn.</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Nid oedd modd gwirio&apos;r ffeil: %1</translation>
    </message>
    <message>
        <source>Outcome figures: %1</source>
        <translation>Ffigurau canlyniadau: %1</translation>
    </message>
    <message>
        <source>The ambitions for %1 have a judgement for success criterion &quot;%2&quot;, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae gan yr uchelgeisiau ar gyfer %1 farn ar faen prawf llwyddiant &quot;%2&quot;, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Ambition criterion %1 is judged &quot;%2&quot; for %3, which is not a status of framework &quot;%4&quot;.</source>
        <translation>Barnwyd maen prawf uchelgais %1 yn &quot;%2&quot; ar gyfer %3, nad yw&apos;n statws yn fframwaith &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Evidence %1 is linked to ambition criterion &quot;%2&quot; for %4, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae tystiolaeth %1 wedi&apos;i chysylltu â maen prawf uchelgais &quot;%2&quot; ar gyfer %4, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Action %1 is linked to ambition criterion &quot;%2&quot; for %4, which framework &quot;%3&quot; does not define.</source>
        <translation>Mae cam gweithredu %1 wedi&apos;i gysylltu â maen prawf uchelgais &quot;%2&quot; ar gyfer %4, nad yw fframwaith &quot;%3&quot; yn ei ddiffinio.</translation>
    </message>
    <message>
        <source>Person %1 has a date &quot;%2&quot; that is not a date.</source>
        <translation>Mae gan berson %1 ddyddiad &quot;%2&quot; nad yw&apos;n ddyddiad.</translation>
    </message>
    <message>
        <source>Training session %1 has a date &quot;%2&quot; that is not a date.</source>
        <translation>Mae gan sesiwn hyfforddi %1 ddyddiad &quot;%2&quot; nad yw&apos;n ddyddiad.</translation>
    </message>
    <message>
        <source>Case study %1 has a date &quot;%2&quot; that is not a date.</source>
        <translation>Mae gan astudiaeth achos %1 ddyddiad &quot;%2&quot; nad yw&apos;n ddyddiad.</translation>
    </message>
    <message>
        <source>Training session %1 has topic &quot;%2&quot;, which Equimark does not know.</source>
        <translation>Mae gan sesiwn hyfforddi %1 y pwnc &quot;%2&quot;, nad yw Equimark yn ei adnabod.</translation>
    </message>
</context>
<context>
    <name>SchoolDocument</name>
    <message>
        <source>Add person %1</source>
        <translation>Ychwanegu person %1</translation>
    </message>
    <message>
        <source>Change person %1</source>
        <translation>Newid person %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Tynnu person %1</translation>
    </message>
    <message>
        <source>Add training session %1</source>
        <translation>Ychwanegu sesiwn hyfforddi %1</translation>
    </message>
    <message>
        <source>Change training session %1</source>
        <translation>Newid sesiwn hyfforddi %1</translation>
    </message>
    <message>
        <source>Remove training session %1</source>
        <translation>Tynnu sesiwn hyfforddi %1</translation>
    </message>
    <message>
        <source>Add training programme %1</source>
        <translation>Ychwanegu rhaglen hyfforddi %1</translation>
    </message>
    <message>
        <source>Change training programme %1</source>
        <translation>Newid rhaglen hyfforddi %1</translation>
    </message>
    <message>
        <source>Remove training programme %1</source>
        <translation>Tynnu rhaglen hyfforddi %1</translation>
    </message>
    <message>
        <source>Add case study %1</source>
        <translation>Ychwanegu astudiaeth achos %1</translation>
    </message>
    <message>
        <source>Change case study %1</source>
        <translation>Newid astudiaeth achos %1</translation>
    </message>
    <message>
        <source>Remove case study %1</source>
        <translation>Tynnu astudiaeth achos %1</translation>
    </message>
</context>
<context>
    <name>SchoolFile</name>
    <message>
        <source>The copy of framework &quot;%1&quot; stored in the file is not valid: %2</source>
        <translation>Nid yw&apos;r copi o fframwaith &quot;%1&quot; sydd wedi&apos;i storio yn y ffeil yn ddilys: %2</translation>
    </message>
    <message>
        <source>The file does not use a framework called &quot;%1&quot;.</source>
        <translation>Nid yw&apos;r ffeil yn defnyddio fframwaith o&apos;r enw &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The file uses no %1 framework.</source>
        <translation>Nid yw&apos;r ffeil yn defnyddio unrhyw fframwaith %1.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Equimark school file.</source>
        <translation>Mae %1 yn wag: nid yw&apos;n ffeil ysgol Equimark.</translation>
    </message>
    <message>
        <source>%1 is not an Equimark school file (it is not a database at all; perhaps a document renamed).</source>
        <translation>Nid yw %1 yn ffeil ysgol Equimark (nid yw&apos;n gronfa ddata o gwbl; efallai mai dogfen wedi&apos;i hailenwi ydyw).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not an Equimark school file.</source>
        <translation>Mae %1 yn gronfa ddata gan raglen arall, nid yn ffeil ysgol Equimark.</translation>
    </message>
    <message>
        <source>%1 was never finished being created and holds no school.</source>
        <translation>Ni orffennwyd creu %1 erioed, ac nid yw&apos;n cynnwys ysgol.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Equimark (file version %2; this version reads up to %3). Install the newer Equimark to open it; the file was not changed.</source>
        <translation>Gwnaed %1 gan fersiwn fwy diweddar o Equimark (fersiwn ffeil %2; mae&apos;r fersiwn hon yn darllen hyd at %3). Gosodwch y fersiwn fwy diweddar o Equimark i&apos;w hagor; ni newidiwyd y ffeil.</translation>
    </message>
    <message>
        <source>its contents do not add up</source>
        <translation>nid yw ei chynnwys yn gyson</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely (%2). Open your most recent backup copy instead; this file was not changed.</source>
        <translation>Mae %1 wedi&apos;i difrodi ac ni ellir ei hagor yn ddiogel (%2). Agorwch eich copi wrth gefn diweddaraf yn lle hynny; ni newidiwyd y ffeil hon.</translation>
    </message>
    <message>
        <source>%1 is not an Equimark school file (SQLite cannot read it as a database).</source>
        <translation>Nid yw %1 yn ffeil ysgol Equimark (ni all SQLite ei darllen fel cronfa ddata).</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Yn agor %1</translation>
    </message>
    <message>
        <source>it was made by an older version of Equimark and cannot be updated where it is; open it from a folder you can write to, to update it and make changes</source>
        <translation>cafodd ei gwneud gan fersiwn hŷn o Equimark ac ni ellir ei diweddaru lle mae hi; agorwch hi o ffolder y gallwch ysgrifennu iddo, er mwyn ei diweddaru a gwneud newidiadau</translation>
    </message>
    <message>
        <source>%1 is a folder, not a school file.</source>
        <translation>Ffolder yw %1, nid ffeil ysgol.</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be reached.</source>
        <translation>Nid yw %1 yn bodoli, neu nid oes modd ei gyrraedd.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (perhaps a pipe or a device), so it is not an Equimark school file.</source>
        <translation>Nid yw %1 yn ffeil gyffredin (efallai mai pibell neu ddyfais ydyw), felly nid yw&apos;n ffeil ysgol Equimark.</translation>
    </message>
    <message>
        <source>opened read-only on request</source>
        <translation>agorwyd hi i&apos;w darllen yn unig, ar gais</translation>
    </message>
    <message>
        <source>the file cannot be written here</source>
        <translation>ni ellir ysgrifennu i&apos;r ffeil yma</translation>
    </message>
    <message>
        <source>the folder holding the file cannot be written</source>
        <translation>ni ellir ysgrifennu i&apos;r ffolder sy&apos;n cynnwys y ffeil</translation>
    </message>
    <message>
        <source>%1 needs updating, but the backup copy could not be written first (%2); the file was not changed.</source>
        <translation>Mae angen diweddaru %1, ond nid oedd modd ysgrifennu&apos;r copi wrth gefn yn gyntaf (%2); ni newidiwyd y ffeil.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dewiswch enw arall.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli.</translation>
    </message>
    <message>
        <source>The school needs a name.</source>
        <translation>Mae angen enw ar yr ysgol.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Nid oedd modd creu %1: %2</translation>
    </message>
    <message>
        <source>Could not create %1: the name could not be taken.</source>
        <translation>Nid oedd modd creu %1: nid oedd modd hawlio&apos;r enw.</translation>
    </message>
    <message>
        <source>A copy cannot be saved over the open file itself.</source>
        <translation>Ni ellir cadw copi dros y ffeil agored ei hun.</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>Nid yw&apos;r ffolder ar gyfer %1 yn bodoli.</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Yn cadw copi</translation>
    </message>
    <message>
        <source>The file holds no school details.</source>
        <translation>Nid yw&apos;r ffeil yn cynnwys manylion ysgol.</translation>
    </message>
    <message>
        <source>This school file is open read-only (%1); the change was not saved.</source>
        <translation>Mae&apos;r ffeil ysgol hon ar agor i&apos;w darllen yn unig (%1); ni chadwyd y newid.</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>the school file is in use by another window or program; nothing was changed. Close it there, or wait a moment, and try again</source>
        <translation>mae&apos;r ffeil ysgol yn cael ei defnyddio gan ffenestr neu raglen arall; ni newidiwyd dim. Caewch hi yno, neu arhoswch am ennyd, a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>the disk is full; the change was not saved and the file is unchanged</source>
        <translation>mae&apos;r ddisg yn llawn; ni chadwyd y newid ac nid yw&apos;r ffeil wedi newid</translation>
    </message>
    <message>
        <source>the school file is read-only here; the change was not saved</source>
        <translation>mae&apos;r ffeil ysgol i&apos;w darllen yn unig yma; ni chadwyd y newid</translation>
    </message>
    <message>
        <source>the school file could not be read or written (%1); the drive may have been removed</source>
        <translation>nid oedd modd darllen nac ysgrifennu&apos;r ffeil ysgol (%1); efallai fod y gyriant wedi&apos;i dynnu allan</translation>
    </message>
    <message>
        <source>the school file is damaged (%1)</source>
        <translation>mae&apos;r ffeil ysgol wedi&apos;i difrodi (%1)</translation>
    </message>
    <message>
        <source>this is not an Equimark school file</source>
        <translation>nid ffeil ysgol Equimark yw hon</translation>
    </message>
    <message>
        <source>the change breaks a rule of the file (%1)</source>
        <translation>mae&apos;r newid yn torri un o reolau&apos;r ffeil (%1)</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>gwall cronfa ddata: %1</translation>
    </message>
</context>
<context>
    <name>SummaryGridReport</name>
    <message>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Dim newid</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Wedi dirywio</translation>
    </message>
    <message>
        <source>Equality summary grid %1</source>
        <translation>Grid crynodeb cydraddoldeb %1</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Blwyddyn ysgol</translation>
    </message>
    <message>
        <source>Cells agreed</source>
        <translation>Celloedd y cytunwyd arnynt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>O&apos;i gymharu â</translation>
    </message>
    <message>
        <source>No earlier audit</source>
        <translation>Dim archwiliad cynharach</translation>
    </message>
    <message>
        <source>The grid agreed for %1</source>
        <translation>Y grid y cytunwyd arno ar gyfer %1</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Heb gytuno</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Awgrym: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>heb gytuno</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Allwedd: %1</translation>
    </message>
    <message>
        <source>Key: Not agreed</source>
        <translation>Allwedd: Heb gytuno</translation>
    </message>
    <message>
        <source>The group has not agreed this cell yet. &quot;Suggested&quot; is what the judged statements point to: a hint, not a judgement.</source>
        <translation>Nid yw&apos;r grŵp wedi cytuno ar y gell hon eto. &quot;Awgrym&quot; yw&apos;r hyn y mae&apos;r datganiadau a farnwyd yn cyfeirio ato: arwydd, nid barn.</translation>
    </message>
    <message>
        <source>Under each rating: the rating agreed for the same cell in %1, and the change since then (Improved, No change or Declined).</source>
        <translation>O dan bob sgôr: y sgôr y cytunwyd arni ar gyfer yr un gell yn %1, a&apos;r newid ers hynny (Wedi gwella, Dim newid neu Wedi dirywio).</translation>
    </message>
</context>
<context>
    <name>Target</name>
    <message>
        <source>Met: in line</source>
        <translation>Wedi&apos;i fodloni: yn unol</translation>
    </message>
    <message>
        <source>On track: gap narrowing</source>
        <translation>Ar y trywydd iawn: y bwlch yn culhau</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Oddi ar y trywydd</translation>
    </message>
    <message>
        <source>No figures to judge</source>
        <translation>Dim ffigurau i farnu</translation>
    </message>
</context>
<context>
    <name>TrainingCoverageReport</name>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Mae&apos;r cyfnod yn dod i ben (%1) cyn iddo ddechrau (%2).</translation>
    </message>
    <message>
        <source>Training coverage</source>
        <translation>Cwmpas hyfforddiant</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Training that counts</source>
        <translation>Hyfforddiant sy&apos;n cyfrif</translation>
    </message>
    <message>
        <source>%1 (first courses and refreshers)</source>
        <translation>%1 (cyrsiau cyntaf a chyrsiau gloywi)</translation>
    </message>
    <message>
        <source>Sessions that count</source>
        <translation>Sesiynau sy&apos;n cyfrif</translation>
    </message>
    <message>
        <source>Coverage by body</source>
        <translation>Cwmpas yn ôl corff</translation>
    </message>
    <message>
        <source>Of the people in post at any time in the period, how many were offered race equality training and how many attended. Each person counts once, however many sessions they came to; leaders are also counted in their body.</source>
        <translation>O&apos;r bobl a oedd mewn swydd ar unrhyw adeg yn y cyfnod, faint a gafodd gynnig hyfforddiant cydraddoldeb hiliol a faint a fu&apos;n bresennol. Mae pob person yn cyfrif unwaith, waeth faint o sesiynau y daeth iddynt; caiff arweinwyr eu cyfrif yn eu corff hefyd.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Mewn swydd</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>Offered %</source>
        <translation>Cynigiwyd %</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Attended %</source>
        <translation>Yn bresennol %</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Governors</source>
        <translation>Llywodraethwyr</translation>
    </message>
    <message>
        <source>Leaders (staff and governors)</source>
        <translation>Arweinwyr (staff a llywodraethwyr)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Not yet reached</source>
        <translation>Heb eu cyrraedd eto</translation>
    </message>
    <message>
        <source>Nobody in the file was in post in this period.</source>
        <translation>Nid oedd neb yn y ffeil mewn swydd yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Everyone in post in this period attended.</source>
        <translation>Roedd pawb a oedd mewn swydd yn y cyfnod hwn yn bresennol.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in post have not attended race equality training in the period. Ambition 4 asks that every member of the workforce and the governing body is offered it.</source>
        <translation>
            <numerusform>Nid yw %n o bobl mewn swydd wedi bod yn bresennol mewn hyfforddiant cydraddoldeb hiliol yn y cyfnod. Mae uchelgais 4 yn gofyn bod pob aelod o&apos;r gweithlu ac o&apos;r corff llywodraethu yn cael cynnig yr hyfforddiant hwn.</numerusform>
            <numerusform>Nid yw %n person mewn swydd wedi bod yn bresennol mewn hyfforddiant cydraddoldeb hiliol yn y cyfnod. Mae uchelgais 4 yn gofyn bod pob aelod o&apos;r gweithlu ac o&apos;r corff llywodraethu yn cael cynnig yr hyfforddiant hwn.</numerusform>
            <numerusform>Nid yw %n o bobl mewn swydd wedi bod yn bresennol mewn hyfforddiant cydraddoldeb hiliol yn y cyfnod. Mae uchelgais 4 yn gofyn bod pob aelod o&apos;r gweithlu ac o&apos;r corff llywodraethu yn cael cynnig yr hyfforddiant hwn.</numerusform>
            <numerusform>Nid yw %n o bobl mewn swydd wedi bod yn bresennol mewn hyfforddiant cydraddoldeb hiliol yn y cyfnod. Mae uchelgais 4 yn gofyn bod pob aelod o&apos;r gweithlu ac o&apos;r corff llywodraethu yn cael cynnig yr hyfforddiant hwn.</numerusform>
            <numerusform>Nid yw %n o bobl mewn swydd wedi bod yn bresennol mewn hyfforddiant cydraddoldeb hiliol yn y cyfnod. Mae uchelgais 4 yn gofyn bod pob aelod o&apos;r gweithlu ac o&apos;r corff llywodraethu yn cael cynnig yr hyfforddiant hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corff</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Lle maen nhw arni</translation>
    </message>
    <message>
        <source>Offered, not yet attended</source>
        <translation>Cynigiwyd, heb fod yn bresennol eto</translation>
    </message>
    <message>
        <source>Not yet offered</source>
        <translation>Heb gael cynnig eto</translation>
    </message>
    <message>
        <source>Sessions in the period</source>
        <translation>Sesiynau yn y cyfnod</translation>
    </message>
    <message>
        <source>No training sessions are recorded in this period.</source>
        <translation>Nid oes sesiynau hyfforddi wedi&apos;u cofnodi yn y cyfnod hwn.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>%1 (refresher)</source>
        <translation>%1 (cwrs gloywi)</translation>
    </message>
    <message>
        <source>%1 (does not count)</source>
        <translation>%1 (nid yw&apos;n cyfrif)</translation>
    </message>
    <message>
        <source>Programme: %1</source>
        <translation>Rhaglen: %1</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>Confidence before and after</source>
        <translation>Hyder cyn ac ar ôl</translation>
    </message>
    <message>
        <source>fewer than %1</source>
        <translation>llai na %1</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>wedi&apos;i guddio</translation>
    </message>
    <message>
        <source>Participants rated their confidence from 1 (not confident) to 5 (very confident). Only totals are shown; a count below %1, or one that would let such a count be worked out, is shown as &quot;%2&quot;.</source>
        <translation>Rhoddodd y cyfranogwyr sgôr i&apos;w hyder o 1 (dim yn hyderus) i 5 (hyderus iawn). Dim ond cyfansymiau a ddangosir; caiff cyfrif o dan %1, neu un a fyddai&apos;n gadael i gyfrif o&apos;r fath gael ei gyfrifo, ei ddangos fel &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Participants who rated</source>
        <translation>Cyfranogwyr a roddodd sgôr</translation>
    </message>
    <message>
        <source>Rated both before and after</source>
        <translation>Wedi rhoi sgôr cyn ac ar ôl</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Cymedr cyn</translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation>Cymedr ar ôl</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Newid cymedrig</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Ar ôl</translation>
    </message>
    <message>
        <source>How leaders changed their approach</source>
        <translation>Sut y newidiodd arweinwyr eu dull</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Heb ei gofnodi eto.</translation>
    </message>
    <message>
        <source>How the learning is embedded</source>
        <translation>Sut mae&apos;r dysgu wedi&apos;i ymgorffori</translation>
    </message>
    <message>
        <source>Linked action</source>
        <translation>Cam gweithredu cysylltiedig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Case studies of positive action</source>
        <translation>Astudiaethau achos o weithredu cadarnhaol</translation>
    </message>
    <message>
        <source>No case studies are recorded yet.</source>
        <translation>Nid oes astudiaethau achos wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
</context>
<context>
    <name>TrainingRepository</name>
    <message>
        <source>There is no person %1 in this file; they may have been removed.</source>
        <translation>Nid oes person %1 yn y ffeil hon; efallai ei fod wedi&apos;i dynnu.</translation>
    </message>
    <message>
        <source>There is no training session %1 in this file; it may have been removed.</source>
        <translation>Nid oes sesiwn hyfforddi %1 yn y ffeil hon; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>Mae angen enw ar y person.</translation>
    </message>
    <message>
        <source>%1 cannot leave (%2) before joining (%3).</source>
        <translation>Ni all %1 adael (%2) cyn ymuno (%3).</translation>
    </message>
    <message>
        <source>The training session needs a title.</source>
        <translation>Mae angen teitl ar y sesiwn hyfforddi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the date it is held on.</source>
        <translation>Mae angen y dyddiad y cynhelir &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a training topic Equimark knows.</source>
        <translation>Nid yw &quot;%1&quot; yn bwnc hyfforddiant y mae Equimark yn ei adnabod.</translation>
    </message>
</context>
<context>
    <name>TrainingRows</name>
    <message>
        <source>&quot;%1&quot; cannot be put back: number %2 is already in use in this file.</source>
        <translation>Ni ellir adfer &quot;%1&quot;: mae rhif %2 eisoes yn cael ei ddefnyddio yn y ffeil hon.</translation>
    </message>
    <message>
        <source>There is no training programme %1 in this file; it may have been removed.</source>
        <translation>Nid oes rhaglen hyfforddi %1 yn y ffeil hon; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
    <message>
        <source>There is no training programme %1 in this file to link to; it may have been removed.</source>
        <translation>Nid oes rhaglen hyfforddi %1 yn y ffeil hon i gysylltu â hi; efallai ei bod wedi&apos;i thynnu.</translation>
    </message>
</context>
<context>
    <name>TrainingTopic</name>
    <message>
        <source>Race equality</source>
        <translation>Cydraddoldeb hiliol</translation>
    </message>
    <message>
        <source>Anti-racist leadership</source>
        <translation>Arwain gwrth-hiliol</translation>
    </message>
    <message>
        <source>Unconscious bias</source>
        <translation>Tuedd ddiarwybod</translation>
    </message>
    <message>
        <source>Inclusive curriculum</source>
        <translation>Cwricwlwm cynhwysol</translation>
    </message>
    <message>
        <source>Equality law</source>
        <translation>Cyfraith cydraddoldeb</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
</context>
<context>
    <name>TranslationCommands</name>
    <message>
        <source>&quot;%1&quot; is not a framework Equimark ships; use one of: %2.</source>
        <translation>Nid yw &quot;%1&quot; yn fframwaith sy&apos;n dod gydag Equimark; defnyddiwch un o: %2.</translation>
    </message>
    <message>
        <source>Prints a translation file for the framework FRAMEWORK (e.g. lancashire-equality-mark) into LANGUAGE (e.g. cy): every text of the framework with an empty translation, to be filled in.</source>
        <translation>Yn argraffu ffeil gyfieithu ar gyfer y fframwaith FRAMEWORK (e.e. lancashire-equality-mark) i LANGUAGE (e.e. cy): pob testun yn y fframwaith gyda chyfieithiad gwag, i&apos;w lenwi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; give its two- or three-letter ISO 639 code, e.g. cy for Welsh.</source>
        <translation>Nid yw &quot;%1&quot; yn god iaith; rhowch ei god ISO 639 dwy neu dair llythyren, e.e. cy ar gyfer Cymraeg.</translation>
    </message>
    <message>
        <source>Checks a framework translation file and says how much of its framework it translates.</source>
        <translation>Yn gwirio ffeil cyfieithu fframwaith ac yn dweud faint o&apos;i fframwaith y mae&apos;n ei gyfieithu.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 texts translated.</source>
        <translation>%1 (%2): %3 o %4 testun wedi&apos;u cyfieithu.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match no text of the framework: they are out of date or for another version, and are not used.</source>
        <translation>
            <numerusform>Nid yw %n cofnod yn cyfateb i unrhyw destun yn y fframwaith: maen nhw wedi dyddio neu ar gyfer fersiwn arall, ac ni chânt eu defnyddio.</numerusform>
            <numerusform>Nid yw %n cofnod yn cyfateb i unrhyw destun yn y fframwaith: mae wedi dyddio neu ar gyfer fersiwn arall, ac ni chaiff ei ddefnyddio.</numerusform>
            <numerusform>Nid yw %n gofnod yn cyfateb i unrhyw destun yn y fframwaith: maen nhw wedi dyddio neu ar gyfer fersiwn arall, ac ni chânt eu defnyddio.</numerusform>
            <numerusform>Nid yw %n cofnod yn cyfateb i unrhyw destun yn y fframwaith: maen nhw wedi dyddio neu ar gyfer fersiwn arall, ac ni chânt eu defnyddio.</numerusform>
            <numerusform>Nid yw %n cofnod yn cyfateb i unrhyw destun yn y fframwaith: maen nhw wedi dyddio neu ar gyfer fersiwn arall, ac ni chânt eu defnyddio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>Accreditation visit</source>
        <translation>Ymweliad achredu</translation>
    </message>
    <message>
        <source>Advisory visit</source>
        <translation>Ymweliad cynghori</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Parents and carers</source>
        <translation>Rhieni a gofalwyr</translation>
    </message>
    <message>
        <source>Governors</source>
        <translation>Llywodraethwyr</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Eraill</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Disgyblion</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>No visit was recorded on %1.</source>
        <translation>Ni chofnodwyd ymweliad ar %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Math o ymweliad</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Cynghorydd</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
    <message>
        <source>Learning environment walk</source>
        <translation>Taith o amgylch yr amgylchedd dysgu</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Ni ysgrifennwyd nodiadau.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Met with</source>
        <translation>Cyfarfu â</translation>
    </message>
    <message>
        <source>What was heard</source>
        <translation>Yr hyn a glywyd</translation>
    </message>
    <message>
        <source>No meetings were recorded.</source>
        <translation>Ni chofnodwyd cyfarfodydd.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Deilliannau</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Dim wedi&apos;u cofnodi.</translation>
    </message>
    <message>
        <source>Agreed next steps</source>
        <translation>Camau nesaf y cytunwyd arnynt</translation>
    </message>
    <message>
        <source>Accreditation summaries verified at this visit</source>
        <translation>Crynodebau achredu a ddilyswyd yn ystod yr ymweliad hwn</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Advisor&apos;s comments</source>
        <translation>Sylwadau&apos;r cynghorydd</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Bathodyn</translation>
    </message>
    <message>
        <source>No summaries were verified at this visit.</source>
        <translation>Ni ddilyswyd unrhyw grynodebau yn ystod yr ymweliad hwn.</translation>
    </message>
    <message>
        <source>%1 awarded %2</source>
        <translation>%1: dyfarnwyd %2</translation>
    </message>
    <message>
        <source>No badge (verification withdrawn)</source>
        <translation>Dim bathodyn (tynnwyd y dilysiad yn ôl)</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>There is no visit number %1 in this school file.</source>
        <translation>Nid oes ymweliad rhif %1 yn y ffeil ysgol hon.</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>Rhowch ddyddiad yr ymweliad.</translation>
    </message>
    <message>
        <source>No visit is recorded on %1.</source>
        <translation>Nid oes ymweliad wedi&apos;i gofnodi ar %1.</translation>
    </message>
    <message>
        <source>Give the date to look ahead from.</source>
        <translation>Rhowch y dyddiad i edrych ymlaen ohono.</translation>
    </message>
    <message>
        <source>A visit needs the date it took place on.</source>
        <translation>Mae angen nodi&apos;r dyddiad y cynhaliwyd yr ymweliad.</translation>
    </message>
    <message>
        <source>There is no network meeting number %1 in this school file.</source>
        <translation>Nid oes cyfarfod rhwydwaith rhif %1 yn y ffeil ysgol hon.</translation>
    </message>
    <message>
        <source>A network meeting needs the date it was held on.</source>
        <translation>Mae angen nodi&apos;r dyddiad y cynhaliwyd y cyfarfod rhwydwaith.</translation>
    </message>
</context>
<context>
    <name>equimark::AccreditationPage</name>
    <message>
        <source>Strands and their accreditation summaries</source>
        <translation>Llinynnau a&apos;u crynodebau achredu</translation>
    </message>
    <message>
        <source>&amp;Summaries and badges</source>
        <translation>&amp;Crynodebau a bathodynnau</translation>
    </message>
    <message>
        <source>V&amp;isits and network meetings</source>
        <translation>&amp;Ymweliadau a chyfarfodydd rhwydwaith</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Achredu</translation>
    </message>
    <message>
        <source>Each strand with where its summary stands; choose one to write its summary below</source>
        <translation>Pob llinyn a statws ei grynodeb; dewiswch un i ysgrifennu ei grynodeb isod</translation>
    </message>
</context>
<context>
    <name>equimark::ActionEditor</name>
    <message>
        <source>Choose an action in the plan to see and edit its details, or press &quot;New action&quot; (Ctrl+N) to add one.</source>
        <translation>Dewiswch gam gweithredu yn y cynllun i weld a golygu ei fanylion, neu pwyswch &quot;Cam gweithredu newydd&quot; (Ctrl+N) i ychwanegu un.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Action title</source>
        <translation>Teitl y cam gweithredu</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Equality strands</source>
        <translation>Llinynnau cydraddoldeb</translation>
    </message>
    <message>
        <source>Tick every equality strand the action serves.</source>
        <translation>Ticiwch bob llinyn cydraddoldeb y mae&apos;r cam gweithredu&apos;n ei wasanaethu.</translation>
    </message>
    <message>
        <source>St&amp;rands:</source>
        <translation>&amp;Llinynnau:</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>&amp;Elfen:</translation>
    </message>
    <message>
        <source>School Improvement Plan priority</source>
        <translation>Blaenoriaeth y Cynllun Gwella Ysgol</translation>
    </message>
    <message>
        <source>e.g. SIP 2: reading for pleasure</source>
        <translation>e.e. CGY 2: darllen er pleser</translation>
    </message>
    <message>
        <source>SIP &amp;priority:</source>
        <translation>&amp;Blaenoriaeth CGY:</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Wedi&apos;i osod</translation>
    </message>
    <message>
        <source>Has a %1</source>
        <translation>Gyda %1</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Dechrau:</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>E&amp;rbyn:</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>dyddiad cwblhau</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>Meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Success &amp;criteria:</source>
        <translation>&amp;Meini prawf llwyddiant:</translation>
    </message>
    <message>
        <source>Resources and cost</source>
        <translation>Adnoddau a chost</translation>
    </message>
    <message>
        <source>e.g. £450, two staff meetings</source>
        <translation>e.e. £450, dau gyfarfod staff</translation>
    </message>
    <message>
        <source>Resources/c&amp;ost:</source>
        <translation>&amp;Adnoddau/cost:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>Impact and outcome</source>
        <translation>Effaith a deilliant</translation>
    </message>
    <message>
        <source>&amp;Impact/outcome:</source>
        <translation>E&amp;ffaith/deilliant:</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Nodiadau cynnydd</translation>
    </message>
    <message>
        <source>Date of the new progress note</source>
        <translation>Dyddiad y nodyn cynnydd newydd</translation>
    </message>
    <message>
        <source>New progress note</source>
        <translation>Nodyn cynnydd newydd</translation>
    </message>
    <message>
        <source>What has happened since the last review</source>
        <translation>Beth sydd wedi digwydd ers yr adolygiad diwethaf</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Tynnu nodyn</translation>
    </message>
    <message>
        <source>Remove the chosen progress note</source>
        <translation>Tynnu&apos;r nodyn cynnydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Cynnydd:</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Tystiolaeth gysylltiedig</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Tystiolaeth:</translation>
    </message>
    <message>
        <source>&amp;Add action</source>
        <translation>&amp;Ychwanegu cam gweithredu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>Dim elfen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Cam gweithredu newydd</translation>
    </message>
    <message>
        <source>Action details</source>
        <translation>Manylion y cam gweithredu</translation>
    </message>
    <message>
        <source>Evidence can be linked once the action is added.</source>
        <translation>Gellir cysylltu tystiolaeth unwaith y bydd y cam gweithredu wedi&apos;i ychwanegu.</translation>
    </message>
    <message>
        <source>No evidence is linked to this action yet. Link it from the Evidence page.</source>
        <translation>Nid oes tystiolaeth wedi&apos;i chysylltu â&apos;r cam gweithredu hwn eto. Cysylltwch hi o&apos;r dudalen Tystiolaeth.</translation>
    </message>
    <message>
        <source>Change action title</source>
        <translation>Newid teitl y cam gweithredu</translation>
    </message>
    <message>
        <source>Change action strands</source>
        <translation>Newid llinynnau&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>Change action element</source>
        <translation>Newid elfen y cam gweithredu</translation>
    </message>
    <message>
        <source>Change SIP priority</source>
        <translation>Newid blaenoriaeth CGY</translation>
    </message>
    <message>
        <source>Change action owner</source>
        <translation>Newid perchennog y cam gweithredu</translation>
    </message>
    <message>
        <source>Change start date</source>
        <translation>Newid y dyddiad dechrau</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Newid y dyddiad cwblhau</translation>
    </message>
    <message>
        <source>Change success criteria</source>
        <translation>Newid y meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Change resources and cost</source>
        <translation>Newid yr adnoddau a&apos;r gost</translation>
    </message>
    <message>
        <source>Change action status to %1</source>
        <translation>Newid statws y cam gweithredu i %1</translation>
    </message>
    <message>
        <source>Change impact</source>
        <translation>Newid yr effaith</translation>
    </message>
    <message>
        <source>The element of the Equality Mark the action belongs to</source>
        <translation>Yr elfen o&apos;r Marc Cydraddoldeb y mae&apos;r cam gweithredu&apos;n perthyn iddi</translation>
    </message>
    <message>
        <source>Who leads the action: choose a member of the reference group or type a name</source>
        <translation>Pwy sy&apos;n arwain y cam gweithredu: dewiswch aelod o&apos;r grŵp cyfeirio neu deipiwch enw</translation>
    </message>
    <message>
        <source>How the group will know the action has worked</source>
        <translation>Sut y bydd y grŵp yn gwybod bod y cam gweithredu wedi llwyddo</translation>
    </message>
    <message>
        <source>Where the action stands: not started, in progress, complete or dropped</source>
        <translation>Lle mae&apos;r cam gweithredu arni: heb ddechrau, ar y gweill, wedi&apos;i gwblhau neu wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>What changed for pupils, staff or families because of the action</source>
        <translation>Beth newidiodd i ddisgyblion, staff neu deuluoedd oherwydd y cam gweithredu</translation>
    </message>
    <message>
        <source>Each review of the action, with its date and who wrote it; choose one to remove it</source>
        <translation>Pob adolygiad o&apos;r cam gweithredu, gyda&apos;i ddyddiad a phwy a&apos;i hysgrifennodd; dewiswch un i&apos;w dynnu</translation>
    </message>
    <message>
        <source>The day the progress was reviewed</source>
        <translation>Y diwrnod yr adolygwyd y cynnydd</translation>
    </message>
    <message>
        <source>Add the note typed beside it to the action&apos;s progress</source>
        <translation>Ychwanegu&apos;r nodyn a deipiwyd wrth ei ymyl at gynnydd y cam gweithredu</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Ychwanegu nodyn</translation>
    </message>
</context>
<context>
    <name>equimark::ActionPlanPage</name>
    <message>
        <source>Remove action</source>
        <translation>Tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation>Cam gweithredu &amp;newydd</translation>
    </message>
    <message>
        <source>Add an action to the plan (Ctrl+N)</source>
        <translation>Ychwanegu cam gweithredu at y cynllun (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Remove action</source>
        <translation>&amp;Tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>Remove the chosen action (Delete)</source>
        <translation>Tynnu&apos;r cam gweithredu a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grwpio yn ôl</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grwpio yn ôl:</translation>
    </message>
    <message>
        <source>Show actions for strand</source>
        <translation>Dangos camau gweithredu ar gyfer llinyn</translation>
    </message>
    <message>
        <source>Show actions for element</source>
        <translation>Dangos camau gweithredu ar gyfer elfen</translation>
    </message>
    <message>
        <source>Show actions with status</source>
        <translation>Dangos camau gweithredu â statws</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Show actions owned by</source>
        <translation>Dangos camau gweithredu sy&apos;n eiddo i</translation>
    </message>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Yn &amp;hwyr yn unig</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Chwilio camau gweithredu</translation>
    </message>
    <message>
        <source>Search title, owner, notes</source>
        <translation>Chwilio teitl, perchennog, nodiadau</translation>
    </message>
    <message>
        <source>S&amp;trand:</source>
        <translation>&amp;Llinyn:</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>&amp;Elfen:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>All strands</source>
        <translation>Pob llinyn</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>Pob elfen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>Dim elfen</translation>
    </message>
    <message>
        <source>1 action</source>
        <translation>1 cam gweithredu</translation>
    </message>
    <message>
        <source>%1 actions</source>
        <translation>%1 cam gweithredu</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Yn dangos %1 o %2</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 yn hwyr</translation>
    </message>
    <message>
        <source>Remove the action &quot;%1&quot; with its progress notes? Evidence linked to it stays in the file. You can undo this with Edit &gt; Undo.</source>
        <translation>Tynnu&apos;r cam gweithredu &quot;%1&quot; a&apos;i nodiadau cynnydd? Bydd tystiolaeth sydd wedi&apos;i chysylltu ag ef yn aros yn y ffeil. Gallwch ddadwneud hyn gyda Golygu &gt; Dadwneud.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Show only the actions that serve one equality strand</source>
        <translation>Dangos dim ond y camau gweithredu sy&apos;n gwasanaethu un llinyn cydraddoldeb</translation>
    </message>
    <message>
        <source>Show only the actions of one element</source>
        <translation>Dangos dim ond camau gweithredu un elfen</translation>
    </message>
    <message>
        <source>Show only the actions with one status</source>
        <translation>Dangos dim ond y camau gweithredu sydd â statws penodol</translation>
    </message>
    <message>
        <source>Show only the actions one person leads</source>
        <translation>Dangos dim ond y camau gweithredu y mae un person yn eu harwain</translation>
    </message>
    <message>
        <source>Show only the unfinished actions whose due date has passed</source>
        <translation>Dangos dim ond y camau gweithredu anorffenedig y mae eu dyddiad cwblhau wedi mynd heibio</translation>
    </message>
    <message>
        <source>The actions of the plan in their groups; choose one to change it on the right, or press Delete to remove it</source>
        <translation>Camau gweithredu&apos;r cynllun yn eu grwpiau; dewiswch un i&apos;w newid ar y dde, neu bwyswch Delete i&apos;w dynnu</translation>
    </message>
    <message>
        <source>Group the actions by strand or element</source>
        <translation>Grwpio&apos;r camau gweithredu yn ôl llinyn neu elfen</translation>
    </message>
</context>
<context>
    <name>equimark::ActionTableModel</name>
    <message>
        <source>No element</source>
        <translation>Dim elfen</translation>
    </message>
    <message>
        <source>Strand: %1</source>
        <translation>Llinyn: %1</translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation>Elfen: %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Dim dyddiad cwblhau</translation>
    </message>
    <message>
        <source>%1 · Overdue</source>
        <translation>%1 · Yn hwyr</translation>
    </message>
    <message>
        <source>Overdue: due on %1 and still %2.</source>
        <translation>Yn hwyr: i&apos;w gwblhau erbyn %1, a&apos;r statws o hyd yw %2.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Strands</source>
        <translation>Llinynnau</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Perchennog</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>SIP priority</source>
        <translation>Blaenoriaeth CGY</translation>
    </message>
</context>
<context>
    <name>equimark::AmbitionCriteriaModel</name>
    <message>
        <source>Ambition and success criterion</source>
        <translation>Uchelgais a maen prawf llwyddiant</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Where the school stands in %1</source>
        <translation>Lle mae&apos;r ysgol arni yn %1</translation>
    </message>
    <message>
        <source>The status judged in %1, as a reminder; nothing is copied</source>
        <translation>Y statws a farnwyd yn %1, fel atgof; nid oes dim yn cael ei gopïo</translation>
    </message>
    <message>
        <source>Evidence items linked this year</source>
        <translation>Eitemau tystiolaeth wedi&apos;u cysylltu eleni</translation>
    </message>
    <message>
        <source>Actions linked this year</source>
        <translation>Camau gweithredu wedi&apos;u cysylltu eleni</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 o %2 wedi&apos;u bodloni</translation>
    </message>
    <message>
        <source>%1 met, %2 developing, %3 not started in %4</source>
        <translation>%1 wedi&apos;u bodloni, %2 yn datblygu, %3 heb ddechrau yn %4</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
</context>
<context>
    <name>equimark::AmbitionEditor</name>
    <message>
        <source>&amp;Show the Figures</source>
        <translation>Dang&amp;os y ffigurau</translation>
    </message>
    <message>
        <source>&amp;Raise an Action…</source>
        <translation>C&amp;reu cam gweithredu…</translation>
    </message>
    <message>
        <source>Lin&amp;k an Action…</source>
        <translation>C&amp;ysylltu cam gweithredu…</translation>
    </message>
    <message>
        <source>&amp;Open in Action Plan</source>
        <translation>&amp;Agor yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Datgysylltu</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Uchelgais</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Maen prawf llwyddiant</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Mesur canlyniad</translation>
    </message>
    <message>
        <source>Show the figures for this outcome measure</source>
        <translation>Dangos y ffigurau ar gyfer y mesur canlyniad hwn</translation>
    </message>
    <message>
        <source>Opens the Outcomes page at the measure this success criterion names</source>
        <translation>Yn agor y dudalen Canlyniadau ar y mesur y mae&apos;r maen prawf llwyddiant hwn yn ei enwi</translation>
    </message>
    <message>
        <source>Status of the success criterion this year</source>
        <translation>Statws y maen prawf llwyddiant eleni</translation>
    </message>
    <message>
        <source>Status last year</source>
        <translation>Statws y llynedd</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>What shows where the school stands on this criterion this year; saved when you leave the box or press Ctrl+Return</source>
        <translation>Beth sy&apos;n dangos lle mae&apos;r ysgol arni o ran y maen prawf hwn eleni; caiff ei gadw pan fyddwch yn gadael y blwch neu&apos;n pwyso Ctrl+Return</translation>
    </message>
    <message>
        <source>What shows where the school stands: what you saw, where it is kept, who to ask. Saved when you leave the box or press Ctrl+Return.</source>
        <translation>Beth sy&apos;n dangos lle mae&apos;r ysgol arni: beth a welsoch, ble mae&apos;n cael ei gadw, pwy i&apos;w holi. Caiff ei gadw pan fyddwch yn gadael y blwch neu&apos;n pwyso Ctrl+Return.</translation>
    </message>
    <message>
        <source>Evidence &amp;notes:</source>
        <translation>&amp;Nodiadau tystiolaeth:</translation>
    </message>
    <message>
        <source>Filter the evidence store</source>
        <translation>Hidlo&apos;r storfa dystiolaeth</translation>
    </message>
    <message>
        <source>Filter the evidence items</source>
        <translation>Hidlo&apos;r eitemau tystiolaeth</translation>
    </message>
    <message>
        <source>Shows only the evidence items whose title contains this text; linked items stay</source>
        <translation>Yn dangos dim ond yr eitemau tystiolaeth y mae eu teitl yn cynnwys y testun hwn; mae eitemau cysylltiedig yn aros</translation>
    </message>
    <message>
        <source>Evidence items linked to the criterion</source>
        <translation>Eitemau tystiolaeth sydd wedi&apos;u cysylltu â&apos;r maen prawf</translation>
    </message>
    <message>
        <source>The school&apos;s evidence store; tick an item (Space) to link it to this criterion for this year</source>
        <translation>Storfa dystiolaeth yr ysgol; ticiwch eitem (Space) i&apos;w chysylltu â&apos;r maen prawf hwn ar gyfer eleni</translation>
    </message>
    <message>
        <source>Actions in the action plan for this criterion</source>
        <translation>Camau gweithredu yn y cynllun gweithredu ar gyfer y maen prawf hwn</translation>
    </message>
    <message>
        <source>The actions linked to this criterion this year; Return opens one on the Action plan page</source>
        <translation>Y camau gweithredu sydd wedi&apos;u cysylltu â&apos;r maen prawf hwn eleni; mae Return yn agor un ar y dudalen Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Raise an action for this criterion in the action plan</source>
        <translation>Creu cam gweithredu ar gyfer y maen prawf hwn yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Adds an action to the school&apos;s action plan under the race strand, linked to this criterion for this year</source>
        <translation>Yn ychwanegu cam gweithredu at gynllun gweithredu&apos;r ysgol o dan y llinyn hil, wedi&apos;i gysylltu â&apos;r maen prawf hwn ar gyfer eleni</translation>
    </message>
    <message>
        <source>Link an existing action to this criterion</source>
        <translation>Cysylltu cam gweithredu sy&apos;n bodoli eisoes â&apos;r maen prawf hwn</translation>
    </message>
    <message>
        <source>Choose an action already in the action plan</source>
        <translation>Dewis cam gweithredu sydd eisoes yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Open the chosen action on the Action plan page</source>
        <translation>Agor y cam gweithredu a ddewiswyd ar y dudalen Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Shows the action with all its details</source>
        <translation>Yn dangos y cam gweithredu gyda&apos;i holl fanylion</translation>
    </message>
    <message>
        <source>Unlink the chosen action from this criterion</source>
        <translation>Datgysylltu&apos;r cam gweithredu a ddewiswyd oddi wrth y maen prawf hwn</translation>
    </message>
    <message>
        <source>The action stays in the action plan</source>
        <translation>Mae&apos;r cam gweithredu yn aros yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Mark the criterion as %1 this year (%2)</source>
        <translation>Nodi&apos;r maen prawf fel %1 eleni (%2)</translation>
    </message>
    <message>
        <source>Choose a success criterion in the list to judge it.</source>
        <translation>Dewiswch faen prawf llwyddiant yn y rhestr i&apos;w farnu.</translation>
    </message>
    <message>
        <source>Ambition %1: %2</source>
        <translation>Uchelgais %1: %2</translation>
    </message>
    <message>
        <source>Outcome measure: %1</source>
        <translation>Mesur canlyniad: %1</translation>
    </message>
    <message>
        <source>Status in %1</source>
        <translation>Statws yn %1</translation>
    </message>
    <message>
        <source>Last year (%1): %2</source>
        <translation>Y llynedd (%1): %2</translation>
    </message>
    <message>
        <source>Last judged by %1, %2</source>
        <translation>Barnwyd ddiwethaf gan %1, %2</translation>
    </message>
    <message>
        <source>Not judged this year yet.</source>
        <translation>Heb ei farnu eleni eto.</translation>
    </message>
    <message>
        <source>E&amp;vidence (%1)</source>
        <translation>&amp;Tystiolaeth (%1)</translation>
    </message>
    <message>
        <source>The evidence store is empty: add evidence on the Evidence page, then tick it here.</source>
        <translation>Mae&apos;r storfa dystiolaeth yn wag: ychwanegwch dystiolaeth ar y dudalen Tystiolaeth, yna ticiwch hi yma.</translation>
    </message>
    <message>
        <source>%1 linked; showing %2 of %3 items</source>
        <translation>%1 wedi&apos;u cysylltu; yn dangos %2 o %3 eitem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, erbyn %1</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (perchennog: %2)</translation>
    </message>
    <message>
        <source>Ac&amp;tions (%1)</source>
        <translation>Camau g&amp;weithredu (%1)</translation>
    </message>
    <message>
        <source>No actions yet. Raise one to plan the work for this criterion.</source>
        <translation>Dim camau gweithredu eto. Crëwch un i gynllunio&apos;r gwaith ar gyfer y maen prawf hwn.</translation>
    </message>
    <message>
        <source>The success criterion is met: %1</source>
        <translation>Mae&apos;r maen prawf llwyddiant wedi&apos;i fodloni: %1</translation>
    </message>
    <message>
        <source>This school file is open read-only.</source>
        <translation>Mae&apos;r ffeil ysgol hon ar agor i&apos;w darllen yn unig.</translation>
    </message>
    <message>
        <source>Raise an Action for %1</source>
        <translation>Creu cam gweithredu ar gyfer %1</translation>
    </message>
    <message>
        <source>The action goes into the school&apos;s action plan under the race strand, linked to this success criterion for %1, so the same work counts for the Equality Mark. Add the rest of its details on the Action plan page.</source>
        <translation>Bydd y cam gweithredu&apos;n mynd i gynllun gweithredu&apos;r ysgol o dan y llinyn hil, wedi&apos;i gysylltu â&apos;r maen prawf llwyddiant hwn ar gyfer %1, fel bod yr un gwaith yn cyfrif ar gyfer y Marc Cydraddoldeb. Ychwanegwch weddill ei fanylion ar y dudalen Cynllun gweithredu.</translation>
    </message>
    <message>
        <source>Action Added</source>
        <translation>Cam gweithredu wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>The action is in the action plan. Open it on the Action plan page to add its owner, dates and success criteria?</source>
        <translation>Mae&apos;r cam gweithredu yn y cynllun gweithredu. Hoffech chi ei agor ar y dudalen Cynllun gweithredu i ychwanegu ei berchennog, ei ddyddiadau a&apos;i feini prawf llwyddiant?</translation>
    </message>
    <message>
        <source>Link an Action</source>
        <translation>Cysylltu cam gweithredu</translation>
    </message>
    <message>
        <source>Every action in the action plan is already linked to this criterion, or the plan is empty.</source>
        <translation>Mae pob cam gweithredu yn y cynllun gweithredu eisoes wedi&apos;i gysylltu â&apos;r maen prawf hwn, neu mae&apos;r cynllun yn wag.</translation>
    </message>
    <message>
        <source>Action from the school&apos;s action plan that serves %1 in %2:</source>
        <translation>Cam gweithredu o gynllun gweithredu&apos;r ysgol sy&apos;n gwasanaethu %1 yn %2:</translation>
    </message>
    <message>
        <source>No figures yet: import them on the Outcomes page.</source>
        <translation>Dim ffigurau eto: mewnforiwch nhw ar y dudalen Canlyniadau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Target (%1): %2</source>
        <translation>Targed (%1): %2</translation>
    </message>
</context>
<context>
    <name>equimark::AmbitionsPage</name>
    <message>
        <source>&amp;Start Using the Ambitions</source>
        <translation>&amp;Dechrau defnyddio&apos;r uchelgeisiau</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Blwyddyn academaidd</translation>
    </message>
    <message>
        <source>The year whose judgements are shown and edited; last year&apos;s status is shown beside each criterion</source>
        <translation>Y flwyddyn y dangosir ac y golygir ei barnau; dangosir statws y llynedd wrth ymyl pob maen prawf</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>Success criteria met this year</source>
        <translation>Meini prawf llwyddiant wedi&apos;u bodloni eleni</translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translation>Hidlo meini prawf</translation>
    </message>
    <message>
        <source>Filter the success criteria</source>
        <translation>Hidlo&apos;r meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Shows only the criteria whose text or notes contain this text</source>
        <translation>Yn dangos dim ond y meini prawf y mae eu testun neu eu nodiadau yn cynnwys y testun hwn</translation>
    </message>
    <message>
        <source>Ambitions and their success criteria</source>
        <translation>Yr uchelgeisiau a&apos;u meini prawf llwyddiant</translation>
    </message>
    <message>
        <source>Each ambition with the criteria met, and each criterion&apos;s status this year and last; choose one to judge it on the right</source>
        <translation>Pob uchelgais gyda&apos;r meini prawf a fodlonwyd, a statws pob maen prawf eleni a&apos;r llynedd; dewiswch un i&apos;w farnu ar y dde</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Yn datblygu</translation>
    </message>
    <message>
        <source>%1 of %2 met</source>
        <translation>%1 o %2 wedi&apos;u bodloni</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Start using the race equality leadership ambitions in this school file</source>
        <translation>Dechrau defnyddio&apos;r uchelgeisiau arwain ar gydraddoldeb hiliol yn y ffeil ysgol hon</translation>
    </message>
    <message>
        <source>Adds the five ambitions and their success criteria to the file; Edit &gt; Undo takes them out again</source>
        <translation>Yn ychwanegu&apos;r pum uchelgais a&apos;u meini prawf llwyddiant at y ffeil; mae Golygu &gt; Dadwneud yn eu tynnu allan eto</translation>
    </message>
    <message>
        <source>%1 (this year)</source>
        <translation>%1 (eleni)</translation>
    </message>
    <message>
        <source>Open a school file to see where it stands on the race equality leadership ambitions.</source>
        <translation>Agorwch ffeil ysgol i weld lle mae arni o ran yr uchelgeisiau arwain ar gydraddoldeb hiliol.</translation>
    </message>
    <message>
        <source>This school file does not use the race equality leadership ambitions yet.

The five ambitions set out what leaders commit to on race equality, each with success criteria. Each year the school judges every criterion as not started, developing or met, links its evidence and raises actions into the same action plan as the Equality Mark.

Start using them to add the ambitions to this file.</source>
        <translation>Nid yw&apos;r ffeil ysgol hon yn defnyddio&apos;r uchelgeisiau arwain ar gydraddoldeb hiliol eto.

Mae&apos;r pum uchelgais yn nodi&apos;r hyn y mae arweinwyr yn ymrwymo iddo o ran cydraddoldeb hiliol, pob un â meini prawf llwyddiant. Bob blwyddyn mae&apos;r ysgol yn barnu pob maen prawf fel heb ddechrau, yn datblygu neu wedi&apos;i fodloni, yn cysylltu ei dystiolaeth ac yn codi camau gweithredu yn yr un cynllun gweithredu â&apos;r Marc Cydraddoldeb.

Dechreuwch eu defnyddio i ychwanegu&apos;r uchelgeisiau at y ffeil hon.</translation>
    </message>
    <message>
        <source>%1 of %2 success criteria met, %3 developing</source>
        <translation>%1 o %2 maen prawf llwyddiant wedi&apos;u bodloni, %3 yn datblygu</translation>
    </message>
    <message>
        <source>Ambitions</source>
        <translation>Uchelgeisiau</translation>
    </message>
</context>
<context>
    <name>equimark::AttachmentPreview</name>
    <message>
        <source>Preview of the selected attachment</source>
        <translation>Rhagolwg o&apos;r atodiad a ddewiswyd</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be previewed.</source>
        <translation>Nid oes modd cael rhagolwg o &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Image %1, %2 by %3 pixels</source>
        <translation>Delwedd %1, %2 wrth %3 picsel</translation>
    </message>
</context>
<context>
    <name>equimark::AttendanceTableModel</name>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Heb gael cynnig</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Heb fod yn bresennol</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corff</translation>
    </message>
</context>
<context>
    <name>equimark::AuditGridModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 statements judged (%5 green, %6 amber, %7 red, %8 not yet judged).</source>
        <translation>%1, %2: %3 o %4 datganiad wedi&apos;u barnu (%5 gwyrdd, %6 ambr, %7 coch, %8 heb eu barnu eto).</translation>
    </message>
    <message>
        <source>Delegated to %1.</source>
        <translation>Wedi&apos;i ddirprwyo i %1.</translation>
    </message>
</context>
<context>
    <name>equimark::AuditPage</name>
    <message>
        <source>Start &amp;New Year…</source>
        <translation>Dechrau blwyddyn &amp;newydd…</translation>
    </message>
    <message>
        <source>Not yet &amp;judged only</source>
        <translation>Heb eu barnu &amp;eto yn unig</translation>
    </message>
    <message>
        <source>&amp;Delegate…</source>
        <translation>&amp;Dirprwyo…</translation>
    </message>
    <message>
        <source>Show &amp;All Statements</source>
        <translation>Dangos &amp;pob datganiad</translation>
    </message>
    <message>
        <source>Audit &amp;year:</source>
        <translation>&amp;Blwyddyn yr archwiliad:</translation>
    </message>
    <message>
        <source>Audit year</source>
        <translation>Blwyddyn archwilio</translation>
    </message>
    <message>
        <source>Start a new year&apos;s audit</source>
        <translation>Dechrau archwiliad blwyddyn newydd</translation>
    </message>
    <message>
        <source>Start the audit of another academic year</source>
        <translation>Dechrau archwiliad blwyddyn academaidd arall</translation>
    </message>
    <message>
        <source>Audit progress</source>
        <translation>Cynnydd yr archwiliad</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Dan&amp;gos:</translation>
    </message>
    <message>
        <source>Show the sections of</source>
        <translation>Dangos adrannau</translation>
    </message>
    <message>
        <source>Show only statements not yet judged</source>
        <translation>Dangos datganiadau heb eu barnu eto yn unig</translation>
    </message>
    <message>
        <source>Delegate a section of the audit</source>
        <translation>Dirprwyo adran o&apos;r archwiliad</translation>
    </message>
    <message>
        <source>Hand an element, a strand or a cell to a person or group</source>
        <translation>Trosglwyddo elfen, llinyn neu gell i unigolyn neu grŵp</translation>
    </message>
    <message>
        <source>Audit grid: elements by strands</source>
        <translation>Grid archwilio: elfennau yn ôl llinynnau</translation>
    </message>
    <message>
        <source>Audit statements</source>
        <translation>Datganiadau&apos;r archwiliad</translation>
    </message>
    <message>
        <source>Press R, A or G (or 1, 2, 3) to rate the statement and move to the next; 0 clears the rating.</source>
        <translation>Pwyswch R, A neu G (neu 1, 2, 3) i roi sgôr i&apos;r datganiad a symud i&apos;r nesaf; mae 0 yn clirio&apos;r sgôr.</translation>
    </message>
    <message>
        <source>Not yet judged</source>
        <translation>Heb ei farnu eto</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Y llynedd</translation>
    </message>
    <message>
        <source>Show all statements</source>
        <translation>Dangos pob datganiad</translation>
    </message>
    <message>
        <source>Open a school file to see its whole-school audit.</source>
        <translation>Agorwch ffeil ysgol i weld ei harchwiliad ysgol gyfan.</translation>
    </message>
    <message>
        <source>No whole-school audit has been started yet. Choose &quot;Start New Year&quot; to begin this year&apos;s audit.</source>
        <translation>Nid oes archwiliad ysgol gyfan wedi&apos;i ddechrau eto. Dewiswch &quot;Dechrau blwyddyn newydd&quot; i ddechrau archwiliad eleni.</translation>
    </message>
    <message>
        <source>%1 of %2 judged (%3%)</source>
        <translation>%1 o %2 wedi&apos;u barnu (%3%)</translation>
    </message>
    <message>
        <source>All statements</source>
        <translation>Pob datganiad</translation>
    </message>
    <message>
        <source>sections of %1</source>
        <translation>adrannau %1</translation>
    </message>
    <message>
        <source>not yet judged</source>
        <translation>heb eu barnu eto</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n statement(s))</source>
        <translation>
            <numerusform>%1 (%n datganiad)</numerusform>
            <numerusform>%1 (%n datganiad)</numerusform>
            <numerusform>%1 (%n ddatganiad)</numerusform>
            <numerusform>%1 (%n datganiad)</numerusform>
            <numerusform>%1 (%n datganiad)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole-School Audit</source>
        <translation>Archwiliad Ysgol Gyfan</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Pob adran</translation>
    </message>
    <message>
        <source>My sections (%1)</source>
        <translation>Fy adrannau (%1)</translation>
    </message>
    <message>
        <source>Delegate This Cell…</source>
        <translation>Dirprwyo&apos;r gell hon…</translation>
    </message>
    <message>
        <source>Delegate the Element &quot;%1&quot;…</source>
        <translation>Dirprwyo&apos;r elfen &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Delegate the Strand &quot;%1&quot;…</source>
        <translation>Dirprwyo&apos;r llinyn &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>element %1</source>
        <translation>elfen %1</translation>
    </message>
    <message>
        <source>strand %1</source>
        <translation>llinyn %1</translation>
    </message>
    <message>
        <source>this cell</source>
        <translation>y gell hon</translation>
    </message>
    <message>
        <source>Take %1 Back from %2</source>
        <translation>Cymryd %1 yn ôl gan %2</translation>
    </message>
    <message>
        <source>The academic year whose audit is shown</source>
        <translation>Y flwyddyn academaidd y dangosir ei harchwiliad</translation>
    </message>
    <message>
        <source>Show only the sections handed to one person or group</source>
        <translation>Dangos dim ond yr adrannau a drosglwyddwyd i un unigolyn neu grŵp</translation>
    </message>
    <message>
        <source>Hide the statements that already have a rating</source>
        <translation>Cuddio&apos;r datganiadau sydd â sgôr eisoes</translation>
    </message>
    <message>
        <source>How far each element and strand is judged; move with the arrow keys and press Enter to list that cell&apos;s statements</source>
        <translation>I ba raddau y mae pob elfen a llinyn wedi&apos;u barnu; symudwch gyda&apos;r bysellau saeth a phwyswch Enter i restru datganiadau&apos;r gell honno</translation>
    </message>
    <message>
        <source>Clear the cell chosen in the grid and list every statement</source>
        <translation>Clirio&apos;r gell a ddewiswyd yn y grid a rhestru pob datganiad</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The whole-school audit.&lt;/b&gt; The reference group judges every statement of the Equality Mark for the school as it is now, and notes the evidence. The grid shows how far each element and strand has got; the summary grid is built from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Yr archwiliad ysgol gyfan.&lt;/b&gt; Mae&apos;r grŵp cyfeirio yn barnu pob datganiad yn y Marc Cydraddoldeb ar gyfer yr ysgol fel y mae hi nawr, ac yn nodi&apos;r dystiolaeth. Mae&apos;r grid yn dangos pa mor bell y mae pob elfen a llinyn wedi mynd; caiff y grid crynodeb ei lunio ohono.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The chosen statement&lt;/b&gt;, with its guidance and last year&apos;s rating.&lt;/p&gt;&lt;p&gt;Choose Red, Amber or Green for where the school stands now, and write in &lt;i&gt;Evidence note&lt;/i&gt; what has been done and where the evidence is kept. The note is saved as you leave the box.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Y datganiad a ddewiswyd&lt;/b&gt;, gyda&apos;i ganllawiau a sgôr y llynedd.&lt;/p&gt;&lt;p&gt;Dewiswch Coch, Ambr neu Gwyrdd ar gyfer lle mae&apos;r ysgol arni nawr, ac ysgrifennwch yn &lt;i&gt;Nodyn tystiolaeth&lt;/i&gt; beth sydd wedi&apos;i wneud a ble cedwir y dystiolaeth. Caiff y nodyn ei gadw wrth i chi adael y blwch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The audit grid&lt;/b&gt; sets each element of the Equality Mark (rows) against each equality strand (columns).&lt;/p&gt;&lt;p&gt;A cell&apos;s colours are the share of its statements rated Red, Amber and Green so far, and its figures say how many are judged. Choose a cell, or press Enter on it, to list only its statements below; &lt;i&gt;Show all statements&lt;/i&gt; lists every one again.&lt;/p&gt;&lt;p&gt;Right-click a cell (or press the menu key) to hand the cell, its element or its strand to a person or group to judge.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae &lt;b&gt;grid yr archwiliad&lt;/b&gt; yn gosod pob elfen o&apos;r Marc Cydraddoldeb (rhesi) yn erbyn pob llinyn cydraddoldeb (colofnau).&lt;/p&gt;&lt;p&gt;Lliwiau cell yw&apos;r gyfran o&apos;i datganiadau a gafodd sgôr Coch, Ambr a Gwyrdd hyd yma, ac mae ei ffigurau&apos;n dweud faint sydd wedi&apos;u barnu. Dewiswch gell, neu pwyswch Enter arni, i restru ei datganiadau hi yn unig isod; mae &lt;i&gt;Dangos pob datganiad&lt;/i&gt; yn rhestru pob un eto.&lt;/p&gt;&lt;p&gt;De-gliciwch gell (neu pwyswch y fysell dewislen) i roi&apos;r gell, ei helfen neu ei llinyn i unigolyn neu grŵp i&apos;w barnu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The statements&lt;/b&gt; of the audit, with the rating each has now, last year&apos;s rating and who judged it.&lt;/p&gt;&lt;p&gt;Rate the chosen statement with &lt;b&gt;R&lt;/b&gt;, &lt;b&gt;A&lt;/b&gt; or &lt;b&gt;G&lt;/b&gt; (or 1, 2, 3): Red where practice is not in place, Amber where it is partly in place, Green where it is fully in place and the evidence shows it. The list then moves to the next statement. &lt;b&gt;0&lt;/b&gt; clears a rating.&lt;/p&gt;&lt;p&gt;Every rating is saved at once and can be undone with Ctrl+Z.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datganiadau&lt;/b&gt; yr archwiliad, gyda&apos;r sgôr sydd gan bob un nawr, sgôr y llynedd a phwy a&apos;i barnodd.&lt;/p&gt;&lt;p&gt;Rhowch sgôr i&apos;r datganiad a ddewiswyd gydag &lt;b&gt;R&lt;/b&gt;, &lt;b&gt;A&lt;/b&gt; neu &lt;b&gt;G&lt;/b&gt; (neu 1, 2, 3): Coch lle nad yw&apos;r arfer ar waith, Ambr lle mae ar waith yn rhannol, Gwyrdd lle mae ar waith yn llawn a&apos;r dystiolaeth yn dangos hynny. Yna mae&apos;r rhestr yn symud i&apos;r datganiad nesaf. Mae &lt;b&gt;0&lt;/b&gt; yn clirio sgôr.&lt;/p&gt;&lt;p&gt;Caiff pob sgôr ei chadw ar unwaith a gellir ei dadwneud gyda Ctrl+Z.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>equimark::CharterCriteriaModel</name>
    <message>
        <source>Not judged yet</source>
        <translation>Heb ei farnu eto</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 of %2 judged</source>
        <translation>%1 o %2 wedi&apos;u barnu</translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation>Adran %1: %2</translation>
    </message>
    <message>
        <source>Wording not entered yet (%1)</source>
        <translation>Geiriad heb ei nodi eto (%1)</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Maen prawf %1: %2</translation>
    </message>
    <message>
        <source>Judged %1</source>
        <translation>Barnwyd %1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s)</source>
        <translation>
            <numerusform>%n eitem o dystiolaeth</numerusform>
            <numerusform>%n eitem o dystiolaeth</numerusform>
            <numerusform>%n eitem o dystiolaeth</numerusform>
            <numerusform>%n eitem o dystiolaeth</numerusform>
            <numerusform>%n eitem o dystiolaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n gam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
            <numerusform>%n cam gweithredu</numerusform>
        </translation>
    </message>
    <message>
        <source>The official wording of criterion %1 has not been entered yet. Use &quot;Complete the wording&quot; to enter it from the RACE Charter Mark documents.</source>
        <translation>Nid yw geiriad swyddogol maen prawf %1 wedi&apos;i nodi eto. Defnyddiwch &quot;Cwblhau&apos;r geiriad&quot; i&apos;w nodi o ddogfennau RACE Charter Mark.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Maen prawf</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
</context>
<context>
    <name>equimark::CoverageMatrixModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>LP standard %1 %2</source>
        <translation>Safon LP %1 %2</translation>
    </message>
    <message>
        <source>RACE criterion %1 %2</source>
        <translation>Maen prawf RACE %1 %2</translation>
    </message>
    <message>
        <source>LP standard %1: %2</source>
        <translation>Safon LP %1: %2</translation>
    </message>
    <message>
        <source>RACE Charter criterion %1: %2</source>
        <translation>Maen prawf RACE Charter %1: %2</translation>
    </message>
    <message>
        <source>The official wording is not entered yet.</source>
        <translation>Nid yw&apos;r geiriad swyddogol wedi&apos;i nodi eto.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Dim eto</translation>
    </message>
    <message>
        <source>No evidence of impact for this standard yet</source>
        <translation>Dim tystiolaeth o effaith ar gyfer y safon hon eto</translation>
    </message>
    <message>
        <source>No evidence of impact for this criterion yet</source>
        <translation>Dim tystiolaeth o effaith ar gyfer y maen prawf hwn eto</translation>
    </message>
    <message>
        <source>1 item of evidence</source>
        <translation>1 eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>%1 items of evidence</source>
        <translation>%1 eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>%1 is evidence for %2</source>
        <translation>Mae %1 yn dystiolaeth ar gyfer %2</translation>
    </message>
    <message>
        <source>%1 is not mapped to %2</source>
        <translation>Nid yw %1 wedi&apos;i fapio i %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is evidence for %2.</source>
        <translation>Mae &quot;%1&quot; yn dystiolaeth ar gyfer %2.</translation>
    </message>
    <message>
        <source>LP standard or RACE criterion</source>
        <translation>Safon LP neu faen prawf RACE</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>equimark::CoverageTableModel</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Governors</source>
        <translation>Llywodraethwyr</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Arweinwyr</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Mewn swydd</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>Offered %</source>
        <translation>Cynigiwyd %</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Attended %</source>
        <translation>Yn bresennol %</translation>
    </message>
</context>
<context>
    <name>equimark::CriterionEditor</name>
    <message>
        <source>&amp;Level reached</source>
        <translation>&amp;Lefel a gyrhaeddwyd</translation>
    </message>
    <message>
        <source>&amp;Raise an Action…</source>
        <translation>&amp;Creu cam gweithredu…</translation>
    </message>
    <message>
        <source>Lin&amp;k an Action…</source>
        <translation>C&amp;ysylltu cam gweithredu…</translation>
    </message>
    <message>
        <source>&amp;Open in Action Plan</source>
        <translation>&amp;Agor yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Datgysylltu</translation>
    </message>
    <message>
        <source>Choose a criterion in the list to judge it.</source>
        <translation>Dewiswch faen prawf yn y rhestr i&apos;w farnu.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Maen prawf</translation>
    </message>
    <message>
        <source>The official wording of this criterion has not been entered yet. Use &quot;Complete the Wording&quot; above to enter it from the RACE Charter Mark documents; until then it does not count towards an award.</source>
        <translation>Nid yw geiriad swyddogol y maen prawf hwn wedi&apos;i nodi eto. Defnyddiwch &quot;Cwblhau&apos;r geiriad&quot; uchod i&apos;w nodi o ddogfennau RACE Charter Mark; tan hynny, nid yw&apos;n cyfrif tuag at ddyfarniad.</translation>
    </message>
    <message>
        <source>Level reached on the self-evaluation rubric</source>
        <translation>Y lefel a gyrhaeddwyd ar gyfeireb yr hunanwerthusiad</translation>
    </message>
    <message>
        <source>What the chosen level means</source>
        <translation>Ystyr y lefel a ddewiswyd</translation>
    </message>
    <message>
        <source>Evidence notes</source>
        <translation>Nodiadau tystiolaeth</translation>
    </message>
    <message>
        <source>What shows the school has reached this level: what you saw, where it is kept, who to ask. Saved when you leave the box or press Ctrl+Return.</source>
        <translation>Beth sy&apos;n dangos bod yr ysgol wedi cyrraedd y lefel hon: beth a welsoch, ble mae&apos;n cael ei gadw, pwy i&apos;w holi. Caiff ei gadw pan fyddwch yn gadael y blwch neu&apos;n pwyso Ctrl+Return.</translation>
    </message>
    <message>
        <source>Evidence &amp;notes:</source>
        <translation>&amp;Nodiadau tystiolaeth:</translation>
    </message>
    <message>
        <source>Filter the evidence store</source>
        <translation>Hidlo&apos;r storfa dystiolaeth</translation>
    </message>
    <message>
        <source>Filter the evidence items</source>
        <translation>Hidlo&apos;r eitemau tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence items linked to the criterion</source>
        <translation>Eitemau tystiolaeth sydd wedi&apos;u cysylltu â&apos;r maen prawf</translation>
    </message>
    <message>
        <source>Actions in the action plan for this criterion</source>
        <translation>Camau gweithredu yn y cynllun gweithredu ar gyfer y maen prawf hwn</translation>
    </message>
    <message>
        <source>Raise an action for this criterion in the action plan</source>
        <translation>Creu cam gweithredu ar gyfer y maen prawf hwn yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Adds an action to the school&apos;s action plan under the race strand, so the same work counts for the Equality Mark and the RACE Charter</source>
        <translation>Yn ychwanegu cam gweithredu at gynllun gweithredu&apos;r ysgol o dan y llinyn hil, fel bod yr un gwaith yn cyfrif ar gyfer y Marc Cydraddoldeb a&apos;r RACE Charter</translation>
    </message>
    <message>
        <source>Link an existing action to this criterion</source>
        <translation>Cysylltu cam gweithredu sy&apos;n bodoli eisoes â&apos;r maen prawf hwn</translation>
    </message>
    <message>
        <source>Open the chosen action on the Action plan page</source>
        <translation>Agor y cam gweithredu a ddewiswyd ar y dudalen Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Unlink the chosen action from this criterion</source>
        <translation>Datgysylltu&apos;r cam gweithredu a ddewiswyd oddi wrth y maen prawf hwn</translation>
    </message>
    <message>
        <source>The action stays in the action plan</source>
        <translation>Mae&apos;r cam gweithredu yn aros yn y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Lead Practitioner mapping for this criterion</source>
        <translation>Mapio Lead Practitioner ar gyfer y maen prawf hwn</translation>
    </message>
    <message>
        <source>LP &amp;mapping</source>
        <translation>&amp;Mapio LP</translation>
    </message>
    <message>
        <source>The Lead Practitioner standards the published mapping links to this criterion (guidance for portfolios)</source>
        <translation>Y safonau Lead Practitioner y mae&apos;r mapio cyhoeddedig yn eu cysylltu â&apos;r maen prawf hwn (canllawiau ar gyfer portffolios)</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>Lefel: %1</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>Heb ei farnu</translation>
    </message>
    <message>
        <source>No judgement recorded yet.</source>
        <translation>Dim barn wedi&apos;i chofnodi eto.</translation>
    </message>
    <message>
        <source>Criterion %1 — %2</source>
        <translation>Maen prawf %1 — %2</translation>
    </message>
    <message>
        <source>Last judged by %1, %2</source>
        <translation>Barnwyd ddiwethaf gan %1, %2</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>Heb ei farnu eto.</translation>
    </message>
    <message>
        <source>Choose the level the school has reached. Hover over a level to read what it means.</source>
        <translation>Dewiswch y lefel y mae&apos;r ysgol wedi&apos;i chyrraedd. Hofranwch dros lefel i ddarllen ei hystyr.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E&amp;vidence (%1)</source>
        <translation>&amp;Tystiolaeth (%1)</translation>
    </message>
    <message>
        <source>The evidence store is empty: add evidence on the Evidence page, then tick it here.</source>
        <translation>Mae&apos;r storfa dystiolaeth yn wag: ychwanegwch dystiolaeth ar y dudalen Tystiolaeth, yna ticiwch hi yma.</translation>
    </message>
    <message>
        <source>%1 linked; showing %2 of %3 items</source>
        <translation>%1 wedi&apos;u cysylltu; yn dangos %2 o %3 eitem</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, due %1</source>
        <translation>, erbyn %1</translation>
    </message>
    <message>
        <source>%1 (owner: %2)</source>
        <translation>%1 (perchennog: %2)</translation>
    </message>
    <message>
        <source>Ac&amp;tions (%1)</source>
        <translation>Camau &amp;gweithredu (%1)</translation>
    </message>
    <message>
        <source>No actions yet. Raise one to plan the work for this criterion.</source>
        <translation>Dim camau gweithredu eto. Crëwch un i gynllunio&apos;r gwaith ar gyfer y maen prawf hwn.</translation>
    </message>
    <message>
        <source>The published mapping names no Lead Practitioner standard for this criterion.</source>
        <translation>Nid yw&apos;r mapio cyhoeddedig yn enwi unrhyw safon Lead Practitioner ar gyfer y maen prawf hwn.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Elfen:</translation>
    </message>
    <message>
        <source>Exemplar:</source>
        <translation>Enghraifft:</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>dim wedi&apos;i roi</translation>
    </message>
    <message>
        <source>As published in the RACE Lead Practitioner mapping; texts cut short in the source are shown as published.</source>
        <translation>Fel y&apos;u cyhoeddwyd ym mapio RACE Lead Practitioner; dangosir testunau a gwtogwyd yn y ffynhonnell fel y&apos;u cyhoeddwyd.</translation>
    </message>
    <message>
        <source>RACE Charter %1: %2</source>
        <translation>RACE Charter %1: %2</translation>
    </message>
    <message>
        <source>RACE Charter %1</source>
        <translation>RACE Charter %1</translation>
    </message>
    <message>
        <source>RACE Charter criterion %1 judged at a higher level at the next self-evaluation.</source>
        <translation>Maen prawf RACE Charter %1 wedi&apos;i farnu ar lefel uwch yn yr hunanwerthusiad nesaf.</translation>
    </message>
    <message>
        <source>This school file is open read-only.</source>
        <translation>Mae&apos;r ffeil ysgol hon ar agor i&apos;w darllen yn unig.</translation>
    </message>
    <message>
        <source>Raise an Action for Criterion %1</source>
        <translation>Creu cam gweithredu ar gyfer maen prawf %1</translation>
    </message>
    <message>
        <source>Title of the action</source>
        <translation>Teitl y cam gweithredu</translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation>Perchennog y cam gweithredu</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>E&amp;rbyn:</translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation>Dyddiad cwblhau&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>The action goes into the school&apos;s action plan under the race strand, linked to criterion %1, so it counts for the Equality Mark and the RACE Charter Mark. Add the rest of its details on the Action plan page.</source>
        <translation>Bydd y cam gweithredu&apos;n mynd i gynllun gweithredu&apos;r ysgol o dan y llinyn hil, wedi&apos;i gysylltu â maen prawf %1, fel ei fod yn cyfrif ar gyfer y Marc Cydraddoldeb a&apos;r RACE Charter Mark. Ychwanegwch weddill ei fanylion ar y dudalen Cynllun gweithredu.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Add to Action Plan</source>
        <translation>Ychwanegu at y cynllun gweithredu</translation>
    </message>
    <message>
        <source>Action Added</source>
        <translation>Cam gweithredu wedi&apos;i ychwanegu</translation>
    </message>
    <message>
        <source>The action is in the action plan. Open it on the Action plan page to add its owner, dates and success criteria?</source>
        <translation>Mae&apos;r cam gweithredu yn y cynllun gweithredu. Hoffech chi ei agor ar y dudalen Cynllun gweithredu i ychwanegu ei berchennog, ei ddyddiadau a&apos;i feini prawf llwyddiant?</translation>
    </message>
    <message>
        <source>Link an Action</source>
        <translation>Cysylltu cam gweithredu</translation>
    </message>
    <message>
        <source>Every action in the action plan is already linked to this criterion, or the plan is empty.</source>
        <translation>Mae pob cam gweithredu yn y cynllun gweithredu eisoes wedi&apos;i gysylltu â&apos;r maen prawf hwn, neu mae&apos;r cynllun yn wag.</translation>
    </message>
    <message>
        <source>Action from the school&apos;s action plan that serves criterion %1:</source>
        <translation>Cam gweithredu o gynllun gweithredu&apos;r ysgol sy&apos;n gwasanaethu maen prawf %1:</translation>
    </message>
</context>
<context>
    <name>equimark::DelegateDialog</name>
    <message>
        <source>A whole &amp;element (every strand)</source>
        <translation>Elfen &amp;gyfan (pob llinyn)</translation>
    </message>
    <message>
        <source>A whole &amp;strand (every element)</source>
        <translation>Llinyn &amp;cyfan (pob elfen)</translation>
    </message>
    <message>
        <source>One &amp;cell (an element in one strand)</source>
        <translation>&amp;Un gell (elfen mewn un llinyn)</translation>
    </message>
    <message>
        <source>Delegate a Section of the Audit</source>
        <translation>Dirprwyo adran o&apos;r archwiliad</translation>
    </message>
    <message>
        <source>A person or a group, e.g. Curriculum team</source>
        <translation>Unigolyn neu grŵp, e.e. Tîm y cwricwlwm</translation>
    </message>
    <message>
        <source>Delegate a whole element</source>
        <translation>Dirprwyo elfen gyfan</translation>
    </message>
    <message>
        <source>Delegate a whole strand</source>
        <translation>Dirprwyo llinyn cyfan</translation>
    </message>
    <message>
        <source>Delegate one cell</source>
        <translation>Dirprwyo un gell</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Delegate to</source>
        <translation>Dirprwyo i</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <source>E&amp;lement:</source>
        <translation>&amp;Elfen:</translation>
    </message>
    <message>
        <source>St&amp;rand:</source>
        <translation>&amp;Llinyn:</translation>
    </message>
    <message>
        <source>&amp;Delegate to:</source>
        <translation>&amp;Dirprwyo i:</translation>
    </message>
    <message>
        <source>De&amp;legate</source>
        <translation>Dirp&amp;rwyo</translation>
    </message>
    <message>
        <source>Hand every statement of one element, in all strands, to the person or group</source>
        <translation>Rhoi pob datganiad mewn un elfen, ym mhob llinyn, i&apos;r unigolyn neu&apos;r grŵp</translation>
    </message>
    <message>
        <source>Hand every statement of one strand, in all elements, to the person or group</source>
        <translation>Rhoi pob datganiad mewn un llinyn, ym mhob elfen, i&apos;r unigolyn neu&apos;r grŵp</translation>
    </message>
    <message>
        <source>Hand the statements of one element in one strand to the person or group</source>
        <translation>Rhoi datganiadau un elfen mewn un llinyn i&apos;r unigolyn neu&apos;r grŵp</translation>
    </message>
    <message>
        <source>The element whose statements are handed over</source>
        <translation>Yr elfen y caiff ei datganiadau eu rhoi</translation>
    </message>
    <message>
        <source>The strand whose statements are handed over</source>
        <translation>Y llinyn y caiff ei ddatganiadau eu rhoi</translation>
    </message>
    <message>
        <source>Who will judge these statements: choose a name or type a new one, e.g. the English team</source>
        <translation>Pwy fydd yn barnu&apos;r datganiadau hyn: dewiswch enw neu deipiwch un newydd, e.e. y tîm Saesneg</translation>
    </message>
</context>
<context>
    <name>equimark::EvidenceEditor</name>
    <message>
        <source>Select evidence in the list, add new evidence, or drop files here to add them as evidence.</source>
        <translation>Dewiswch dystiolaeth yn y rhestr, ychwanegwch dystiolaeth newydd, neu gollyngwch ffeiliau yma i&apos;w hychwanegu fel tystiolaeth.</translation>
    </message>
    <message>
        <source>Title of the evidence</source>
        <translation>Teitl y dystiolaeth</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Type of evidence</source>
        <translation>Math o dystiolaeth</translation>
    </message>
    <message>
        <source>Date of the evidence</source>
        <translation>Dyddiad y dystiolaeth</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Heb ddyddiad</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Description of the evidence</source>
        <translation>Disgrifiad o&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>Disgr&amp;ifiad:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Ffeiliau wedi&apos;u hatodi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Atodi ffeiliau…</translation>
    </message>
    <message>
        <source>Store copies of files in the school file (you can also drop files onto this page)</source>
        <translation>Storio copïau o ffeiliau yn y ffeil ysgol (gallwch hefyd ollwng ffeiliau ar y dudalen hon)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;gor</translation>
    </message>
    <message>
        <source>Open a copy of the file with its usual program</source>
        <translation>Agor copi o&apos;r ffeil gyda&apos;i rhaglen arferol</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Allf&amp;orio…</translation>
    </message>
    <message>
        <source>Save a copy of the file to a folder</source>
        <translation>Cadw copi o&apos;r ffeil mewn ffolder</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>Tynnu ff&amp;eil</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Ffeiliau</translation>
    </message>
    <message>
        <source>Equality &amp;strands:</source>
        <translation>&amp;Llinynnau cydraddoldeb:</translation>
    </message>
    <message>
        <source>Equality strands the evidence supports</source>
        <translation>Llinynnau cydraddoldeb y mae&apos;r dystiolaeth yn eu cefnogi</translation>
    </message>
    <message>
        <source>Ac&amp;tions it supports:</source>
        <translation>&amp;Camau gweithredu y mae&apos;n eu cefnogi:</translation>
    </message>
    <message>
        <source>Actions the evidence supports</source>
        <translation>Camau gweithredu y mae&apos;r dystiolaeth yn eu cefnogi</translation>
    </message>
    <message>
        <source>Strands and a&amp;ctions</source>
        <translation>Llinynnau a chamau gweit&amp;hredu</translation>
    </message>
    <message>
        <source>Search the audit statements by number or words</source>
        <translation>Chwilio datganiadau&apos;r archwiliad yn ôl rhif neu eiriau</translation>
    </message>
    <message>
        <source>Search the audit statements</source>
        <translation>Chwilio datganiadau&apos;r archwiliad</translation>
    </message>
    <message>
        <source>Audit statements the evidence supports</source>
        <translation>Datganiadau&apos;r archwiliad y mae&apos;r dystiolaeth yn eu cefnogi</translation>
    </message>
    <message>
        <source>Audit state&amp;ments</source>
        <translation>Datganiadau&apos;r a&amp;rchwiliad</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Perchennog: %1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 linked; showing %2 of %3 statements</source>
        <translation>%1 wedi&apos;u cysylltu; yn dangos %2 o %3 datganiad</translation>
    </message>
    <message>
        <source>Added on %1.</source>
        <translation>Ychwanegwyd ar %1.</translation>
    </message>
    <message>
        <source>Added by %1 on %2.</source>
        <translation>Ychwanegwyd gan %1 ar %2.</translation>
    </message>
    <message>
        <source>No files attached. Attach photos, documents or minutes with Attach files…, or drop them onto this page.</source>
        <translation>Dim ffeiliau wedi&apos;u hatodi. Atodwch luniau, dogfennau neu gofnodion gydag Atodi ffeiliau…, neu gollyngwch nhw ar y dudalen hon.</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Dewiswch ffeil i gael rhagolwg ohoni.</translation>
    </message>
    <message>
        <source>%1 is not a picture; open it or export a copy to see it.</source>
        <translation>Nid llun yw %1; agorwch hi neu allforiwch gopi i&apos;w gweld.</translation>
    </message>
    <message>
        <source>Select evidence to attach the files to.</source>
        <translation>Dewiswch dystiolaeth i atodi&apos;r ffeiliau iddi.</translation>
    </message>
    <message>
        <source>Attach %1 files</source>
        <translation>Atodi %1 ffeil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB and cannot be kept in the school file; attach a smaller copy instead.</source>
        <translation>Mae &quot;%1&quot; yn fwy na %2 MB ac ni ellir ei chadw yn y ffeil ysgol; atodwch gopi llai yn lle hynny.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Nid oedd modd darllen &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>No school file is open.</source>
        <translation>Nid oes ffeil ysgol ar agor.</translation>
    </message>
    <message>
        <source>The copy could not be saved as &quot;%1&quot;: %2</source>
        <translation>Nid oedd modd cadw&apos;r copi fel &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Attach files to &quot;%1&quot;</source>
        <translation>Atodi ffeiliau i &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Allforio copi</translation>
    </message>
    <message>
        <source>A copy of &quot;%1&quot; could not be made to open it: the folder %2 could not be created.</source>
        <translation>Nid oedd modd gwneud copi o &quot;%1&quot; i&apos;w agor: nid oedd modd creu&apos;r ffolder %2.</translation>
    </message>
    <message>
        <source>No program is set up to open &quot;%1&quot;. Export a copy and open it from there.</source>
        <translation>Nid oes rhaglen wedi&apos;i gosod i agor &quot;%1&quot;. Allforiwch gopi a&apos;i agor oddi yno.</translation>
    </message>
    <message>
        <source>A short name that says what the evidence is</source>
        <translation>Enw byr sy&apos;n dweud beth yw&apos;r dystiolaeth</translation>
    </message>
    <message>
        <source>What kind of evidence this is: a document, a photograph, minutes, a survey and so on</source>
        <translation>Pa fath o dystiolaeth yw hon: dogfen, ffotograff, cofnodion, arolwg ac ati</translation>
    </message>
    <message>
        <source>The day the evidence was made or collected</source>
        <translation>Y diwrnod y cafodd y dystiolaeth ei chreu neu ei chasglu</translation>
    </message>
    <message>
        <source>What the evidence shows and where the original is kept</source>
        <translation>Beth mae&apos;r dystiolaeth yn ei ddangos a ble cedwir y gwreiddiol</translation>
    </message>
    <message>
        <source>Copies of files kept inside the school file; choose one to open, save or remove it</source>
        <translation>Copïau o ffeiliau a gedwir yn y ffeil ysgol; dewiswch un i&apos;w agor, ei gadw neu ei dynnu</translation>
    </message>
    <message>
        <source>Remove the chosen file from the school file</source>
        <translation>Tynnu&apos;r ffeil a ddewiswyd o&apos;r ffeil ysgol</translation>
    </message>
</context>
<context>
    <name>equimark::EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Filter by title, description or file name</source>
        <translation>Hidlo yn ôl teitl, disgrifiad neu enw ffeil</translation>
    </message>
    <message>
        <source>Filter the evidence by words</source>
        <translation>Hidlo&apos;r dystiolaeth yn ôl geiriau</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Hidlo:</translation>
    </message>
    <message>
        <source>Show evidence of type</source>
        <translation>Dangos tystiolaeth o&apos;r math</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Show evidence for strand</source>
        <translation>Dangos tystiolaeth ar gyfer llinyn</translation>
    </message>
    <message>
        <source>&amp;New evidence</source>
        <translation>Tystiolaeth &amp;newydd</translation>
    </message>
    <message>
        <source>Add an item of evidence dated today</source>
        <translation>Ychwanegu eitem o dystiolaeth gyda dyddiad heddiw</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected evidence and its files (Delete)</source>
        <translation>Tynnu&apos;r dystiolaeth a ddewiswyd a&apos;i ffeiliau (Delete)</translation>
    </message>
    <message>
        <source>All strands</source>
        <translation>Pob llinyn</translation>
    </message>
    <message>
        <source>Showing %1 of %2 items of evidence</source>
        <translation>Yn dangos %1 o %2 eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>1 item of evidence</source>
        <translation>1 eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>%1 items of evidence</source>
        <translation>%1 eitem o dystiolaeth</translation>
    </message>
    <message>
        <source>New evidence</source>
        <translation>Tystiolaeth newydd</translation>
    </message>
    <message>
        <source>This school file is open read-only; files cannot be added.</source>
        <translation>Mae&apos;r ffeil ysgol hon ar agor i&apos;w darllen yn unig; ni ellir ychwanegu ffeiliau.</translation>
    </message>
    <message>
        <source>Add %1 files as evidence</source>
        <translation>Ychwanegu %1 ffeil fel tystiolaeth</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB and cannot be kept in the school file; attach a smaller copy instead.</source>
        <translation>Mae &quot;%1&quot; yn fwy na %2 MB ac ni ellir ei chadw yn y ffeil ysgol; atodwch gopi llai yn lle hynny.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>Nid oedd modd darllen &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Show only one type of evidence</source>
        <translation>Dangos dim ond un math o dystiolaeth</translation>
    </message>
    <message>
        <source>Show only the evidence linked to one equality strand</source>
        <translation>Dangos dim ond y dystiolaeth sy&apos;n gysylltiedig ag un llinyn cydraddoldeb</translation>
    </message>
    <message>
        <source>Every item of evidence; choose one to change it on the right, or press Delete to remove it</source>
        <translation>Pob eitem o dystiolaeth; dewiswch un i&apos;w newid ar y dde, neu bwyswch Delete i&apos;w thynnu</translation>
    </message>
</context>
<context>
    <name>equimark::EvidenceTableModel</name>
    <message>
        <source>Undated</source>
        <translation>Heb ddyddiad</translation>
    </message>
    <message>
        <source>Supports 1 action</source>
        <translation>Yn cefnogi 1 cam gweithredu</translation>
    </message>
    <message>
        <source>Supports %1 actions</source>
        <translation>Yn cefnogi %1 cam gweithredu</translation>
    </message>
    <message>
        <source>1 file attached</source>
        <translation>1 ffeil wedi&apos;i hatodi</translation>
    </message>
    <message>
        <source>%1 files attached</source>
        <translation>%1 ffeil wedi&apos;u hatodi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Strands</source>
        <translation>Llinynnau</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
</context>
<context>
    <name>equimark::FrameworkTextDialog</name>
    <message>
        <source>Official &amp;wording:</source>
        <translation>&amp;Geiriad swyddogol:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>Add &amp;Section…</source>
        <translation>Ychwanegu &amp;adran…</translation>
    </message>
    <message>
        <source>Add &amp;Criterion…</source>
        <translation>Ychwanegu maen &amp;prawf…</translation>
    </message>
    <message>
        <source>&amp;Import Framework File…</source>
        <translation>&amp;Mewnforio ffeil fframwaith…</translation>
    </message>
    <message>
        <source>Complete the Wording of %1</source>
        <translation>Cwblhau geiriad %1</translation>
    </message>
    <message>
        <source>Only part of the RACE Charter Mark and Lead Practitioner wording is public. Enter the official text from the scheme&apos;s documents: choose an entry on the left and type or paste its wording. Entries marked “not entered” still need it. The changes are saved together when you choose Save Wording, and one Undo takes them back.</source>
        <translation>Dim ond rhan o eiriad RACE Charter Mark a Lead Practitioner sy&apos;n gyhoeddus. Rhowch y testun swyddogol o ddogfennau&apos;r cynllun: dewiswch gofnod ar y chwith a theipiwch neu ludwch ei eiriad. Mae angen geiriad o hyd ar gofnodion sydd wedi&apos;u nodi&apos;n “heb ei nodi”. Caiff y newidiadau eu cadw gyda&apos;i gilydd pan fyddwch yn dewis Cadw&apos;r geiriad, ac mae un Dadwneud yn eu dadwneud i gyd.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Geiriad</translation>
    </message>
    <message>
        <source>Sections, criteria and Lead Practitioner standards</source>
        <translation>Adrannau, meini prawf a safonau Lead Practitioner</translation>
    </message>
    <message>
        <source>Add a section of criteria</source>
        <translation>Ychwanegu adran o feini prawf</translation>
    </message>
    <message>
        <source>Add a criterion to the chosen section</source>
        <translation>Ychwanegu maen prawf at yr adran a ddewiswyd</translation>
    </message>
    <message>
        <source>Import a framework file</source>
        <translation>Mewnforio ffeil fframwaith</translation>
    </message>
    <message>
        <source>Replace the framework&apos;s wording with an Equimark framework file (.json), after showing what would change</source>
        <translation>Disodli geiriad y fframwaith â ffeil fframwaith Equimark (.json), ar ôl dangos beth fyddai&apos;n newid</translation>
    </message>
    <message>
        <source>Choose a section, a criterion or a standard to see and edit its wording.</source>
        <translation>Dewiswch adran, maen prawf neu safon i weld a golygu&apos;r geiriad.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Official wording of the criterion</source>
        <translation>Geiriad swyddogol y maen prawf</translation>
    </message>
    <message>
        <source>Description of the standard</source>
        <translation>Disgrifiad o&apos;r safon</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Save &amp;Wording</source>
        <translation>&amp;Cadw&apos;r geiriad</translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation>Adran %1: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>heb ei nodi</translation>
    </message>
    <message>
        <source>The official wording has not been entered yet.</source>
        <translation>Nid yw&apos;r geiriad swyddogol wedi&apos;i nodi eto.</translation>
    </message>
    <message>
        <source>Every criterion and standard has its wording.</source>
        <translation>Mae gan bob maen prawf a safon eu geiriad.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) still need their official wording.</source>
        <translation>
            <numerusform>Mae angen geiriad swyddogol o hyd ar %n cofnod.</numerusform>
            <numerusform>Mae angen geiriad swyddogol o hyd ar %n cofnod.</numerusform>
            <numerusform>Mae angen geiriad swyddogol o hyd ar %n gofnod.</numerusform>
            <numerusform>Mae angen geiriad swyddogol o hyd ar %n cofnod.</numerusform>
            <numerusform>Mae angen geiriad swyddogol o hyd ar %n cofnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>RACE Charter Mark criteria</source>
        <translation>Meini prawf RACE Charter Mark</translation>
    </message>
    <message>
        <source>Lead Practitioner standards</source>
        <translation>Safonau Lead Practitioner</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Adran %1</translation>
    </message>
    <message>
        <source>The name of a section is shown above its criteria.</source>
        <translation>Mae enw adran yn cael ei ddangos uwchben ei meini prawf.</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Maen prawf %1</translation>
    </message>
    <message>
        <source>Official wording entered.</source>
        <translation>Geiriad swyddogol wedi&apos;i nodi.</translation>
    </message>
    <message>
        <source>The official wording has not been entered yet: replace the text below with the wording from the RACE Charter Mark documents.</source>
        <translation>Nid yw&apos;r geiriad swyddogol wedi&apos;i nodi eto: rhowch y geiriad o ddogfennau RACE Charter Mark yn lle&apos;r testun isod.</translation>
    </message>
    <message>
        <source>Lead Practitioner standard %1 (%2)</source>
        <translation>Safon Lead Practitioner %1 (%2)</translation>
    </message>
    <message>
        <source>The official wording has not been entered yet: enter the standard&apos;s name and description from the Lead Practitioner booklet.</source>
        <translation>Nid yw&apos;r geiriad swyddogol wedi&apos;i nodi eto: rhowch enw a disgrifiad y safon o lyfryn Lead Practitioner.</translation>
    </message>
    <message>
        <source>Add a Section</source>
        <translation>Ychwanegu adran</translation>
    </message>
    <message>
        <source>Sections are numbered as in the RACE Charter Mark documents; their criteria are numbered &lt;section&gt;.&lt;n&gt;.</source>
        <translation>Mae adrannau wedi&apos;u rhifo fel yn nogfennau RACE Charter Mark; mae eu meini prawf wedi&apos;u rhifo &lt;section&gt;.&lt;n&gt;.</translation>
    </message>
    <message>
        <source>Section &amp;number:</source>
        <translation>&amp;Rhif yr adran:</translation>
    </message>
    <message>
        <source>Section &amp;name:</source>
        <translation>&amp;Enw&apos;r adran:</translation>
    </message>
    <message>
        <source>Add a Criterion to Section %1</source>
        <translation>Ychwanegu maen prawf at adran %1</translation>
    </message>
    <message>
        <source>Enter the criterion exactly as the RACE Charter Mark documents word it.</source>
        <translation>Rhowch y maen prawf yn union fel y mae dogfennau RACE Charter Mark yn ei eirio.</translation>
    </message>
    <message>
        <source>Criterion &amp;number:</source>
        <translation>&amp;Rhif y maen prawf:</translation>
    </message>
    <message>
        <source>New section %1: %2</source>
        <translation>Adran newydd %1: %2</translation>
    </message>
    <message>
        <source>Section %1 renamed to “%2”</source>
        <translation>Adran %1 wedi&apos;i hailenwi yn “%2”</translation>
    </message>
    <message>
        <source>Section %1 (%2) removed</source>
        <translation>Adran %1 (%2) wedi&apos;i thynnu</translation>
    </message>
    <message>
        <source>New criterion %1: %2</source>
        <translation>Maen prawf newydd %1: %2</translation>
    </message>
    <message>
        <source>Criterion %1 reworded: %2</source>
        <translation>Maen prawf %1 wedi&apos;i aileirio: %2</translation>
    </message>
    <message>
        <source>Criterion %1 removed</source>
        <translation>Maen prawf %1 wedi&apos;i dynnu</translation>
    </message>
    <message>
        <source>New standard %1: %2</source>
        <translation>Safon newydd %1: %2</translation>
    </message>
    <message>
        <source>Standard %1 reworded: %2</source>
        <translation>Safon %1 wedi&apos;i haileirio: %2</translation>
    </message>
    <message>
        <source>Standard %1 removed</source>
        <translation>Safon %1 wedi&apos;i thynnu</translation>
    </message>
    <message>
        <source>Edition %1 replaces %2</source>
        <translation>Mae argraffiad %1 yn disodli %2</translation>
    </message>
    <message>
        <source>The file holds the framework “%1” (%2), not “%3” (%4), so it cannot replace this one.</source>
        <translation>Mae&apos;r ffeil yn cynnwys y fframwaith “%1” (%2), nid “%3” (%4), felly ni all ddisodli&apos;r un hwn.</translation>
    </message>
    <message>
        <source>The file has the same wording as this framework: nothing to import.</source>
        <translation>Mae gan y ffeil yr un geiriad â&apos;r fframwaith hwn: dim i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>Import Framework File</source>
        <translation>Mewnforio ffeil fframwaith</translation>
    </message>
    <message numerus="yes">
        <source>Importing this file would make %n change(s):</source>
        <translation>
            <numerusform>Byddai mewnforio&apos;r ffeil hon yn gwneud %n newid:</numerusform>
            <numerusform>Byddai mewnforio&apos;r ffeil hon yn gwneud %n newid:</numerusform>
            <numerusform>Byddai mewnforio&apos;r ffeil hon yn gwneud %n newid:</numerusform>
            <numerusform>Byddai mewnforio&apos;r ffeil hon yn gwneud %n newid:</numerusform>
            <numerusform>Byddai mewnforio&apos;r ffeil hon yn gwneud %n newid:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the details).</source>
        <translation>
            <numerusform>… a %n arall (gweler y manylion).</numerusform>
            <numerusform>… a %n arall (gweler y manylion).</numerusform>
            <numerusform>… a %n arall (gweler y manylion).</numerusform>
            <numerusform>… a %n arall (gweler y manylion).</numerusform>
            <numerusform>… a %n arall (gweler y manylion).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored until you choose Save Wording.</source>
        <translation>Nid oes dim yn cael ei storio nes i chi ddewis Cadw&apos;r geiriad.</translation>
    </message>
    <message>
        <source>Use This File</source>
        <translation>Defnyddio&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Framework files (*.json)</source>
        <translation>Ffeiliau fframwaith (*.json)</translation>
    </message>
</context>
<context>
    <name>equimark::GridCellEditor</name>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Heb gytuno</translation>
    </message>
    <message>
        <source>Select a cell of the grid to see its statements, agree its rating and pick actions for it.</source>
        <translation>Dewiswch gell yn y grid i weld ei datganiadau, cytuno ar ei sgôr a dewis camau gweithredu ar ei chyfer.</translation>
    </message>
    <message>
        <source>Agreed by the group</source>
        <translation>Cytunwyd gan y grŵp</translation>
    </message>
    <message>
        <source>Agree %1</source>
        <translation>Cytuno ar %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agree with suggestion</source>
        <translation>Cytuno â&apos;r awgrym</translation>
    </message>
    <message>
        <source>Agree with the suggested rating</source>
        <translation>Cytuno â&apos;r sgôr a awgrymwyd</translation>
    </message>
    <message>
        <source>Agree the suggested rating (%1)</source>
        <translation>Cytuno ar y sgôr a awgrymwyd (%1)</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>&amp;Rhesymeg</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>Why the group agreed this rating: the evidence, what is in place, what is missing.</source>
        <translation>Pam y cytunodd y grŵp ar y sgôr hon: y dystiolaeth, beth sydd ar waith, beth sydd ar goll.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Cytuno</translation>
    </message>
    <message>
        <source>Agree the selected rating with this rationale</source>
        <translation>Cytuno ar y sgôr a ddewiswyd gyda&apos;r rhesymeg hon</translation>
    </message>
    <message>
        <source>Records the selected rating and the rationale (%1)</source>
        <translation>Yn cofnodi&apos;r sgôr a ddewiswyd a&apos;r rhesymeg (%1)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Datganiadau</translation>
    </message>
    <message>
        <source>Statements of this cell</source>
        <translation>Datganiadau&apos;r gell hon</translation>
    </message>
    <message>
        <source>Open in audit</source>
        <translation>Agor yn yr archwiliad</translation>
    </message>
    <message>
        <source>Open this cell in the whole-school audit</source>
        <translation>Agor y gell hon yn yr archwiliad ysgol gyfan</translation>
    </message>
    <message>
        <source>A&amp;ctions for this cell</source>
        <translation>&amp;Camau gweithredu ar gyfer y gell hon</translation>
    </message>
    <message>
        <source>Actions linked to this element and strand</source>
        <translation>Camau gweithredu sy&apos;n gysylltiedig â&apos;r elfen a&apos;r llinyn hwn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Cam gweithredu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>No action is linked to this element and strand yet.</source>
        <translation>Nid oes cam gweithredu&apos;n gysylltiedig â&apos;r elfen a&apos;r llinyn hwn eto.</translation>
    </message>
    <message>
        <source>Create an action for this cell…</source>
        <translation>Creu cam gweithredu ar gyfer y gell hon…</translation>
    </message>
    <message>
        <source>Create an action for this element and strand</source>
        <translation>Creu cam gweithredu ar gyfer yr elfen a&apos;r llinyn hwn</translation>
    </message>
    <message>
        <source>Opens the action plan with a new action for this element and strand (%1)</source>
        <translation>Yn agor y cynllun gweithredu gyda cham gweithredu newydd ar gyfer yr elfen a&apos;r llinyn hwn (%1)</translation>
    </message>
    <message>
        <source>Strand: %1</source>
        <translation>Llinyn: %1</translation>
    </message>
    <message>
        <source>%1 green, %2 amber, %3 red, %4 not judged</source>
        <translation>%1 gwyrdd, %2 ambr, %3 coch, %4 heb eu barnu</translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation>Dim awgrym eto</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Awgrym: %1</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2</source>
        <translation>Cofnodwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>rhywun</translation>
    </message>
    <message>
        <source>The group has not agreed this cell yet.</source>
        <translation>Nid yw&apos;r grŵp wedi cytuno ar y gell hon eto.</translation>
    </message>
    <message>
        <source>≠ The agreed rating differs from the suggestion: say why in the rationale.</source>
        <translation>≠ Mae&apos;r sgôr y cytunwyd arni yn wahanol i&apos;r awgrym: esboniwch pam yn y rhesymeg.</translation>
    </message>
    <message>
        <source>Last year (%1): not agreed</source>
        <translation>Y llynedd (%1): heb gytuno</translation>
    </message>
    <message>
        <source>Last year (%1): %2</source>
        <translation>Y llynedd (%1): %2</translation>
    </message>
    <message>
        <source> · ▲ improved</source>
        <translation> · ▲ wedi gwella</translation>
    </message>
    <message>
        <source> · ▼ declined</source>
        <translation> · ▼ wedi dirywio</translation>
    </message>
    <message>
        <source> · = no change</source>
        <translation> · = dim newid</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Tystiolaeth: %1</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Dim dyddiad</translation>
    </message>
    <message>
        <source>Why the group agreed this rating for the cell</source>
        <translation>Pam y cytunodd y grŵp ar y sgôr hon ar gyfer y gell</translation>
    </message>
    <message>
        <source>Show the statements of this element and strand on the Audit page</source>
        <translation>Dangos datganiadau&apos;r elfen a&apos;r llinyn hwn ar y dudalen Archwiliad Ysgol Gyfan</translation>
    </message>
</context>
<context>
    <name>equimark::HelpGuide</name>
    <message>
        <source>Equimark Guide</source>
        <translation>Canllaw Equimark</translation>
    </message>
    <message>
        <source>Equimark guide</source>
        <translation>Canllaw Equimark</translation>
    </message>
    <message>
        <source>The guide to the process and to each page; Tab moves between its links</source>
        <translation>Y canllaw i&apos;r broses ac i bob tudalen; mae Tab yn symud rhwng ei ddolenni</translation>
    </message>
</context>
<context>
    <name>equimark::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Every change made to this school file, by whom and when. The history is kept in the file and cannot be changed.</source>
        <translation>Pob newid a wnaed i&apos;r ffeil ysgol hon, gan bwy a phryd. Cedwir yr hanes yn y ffeil ac nid oes modd ei newid.</translation>
    </message>
    <message>
        <source>Show changes on page</source>
        <translation>Dangos newidiadau ar y dudalen</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Pob tudalen</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Tudalen:</translation>
    </message>
    <message>
        <source>Show changes made by</source>
        <translation>Dangos newidiadau a wnaed gan</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Gan:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>Only changes made on or after this day</source>
        <translation>Dim ond newidiadau a wnaed ar y diwrnod hwn neu wedi hynny</translation>
    </message>
    <message>
        <source>Changes made on or after</source>
        <translation>Newidiadau a wnaed ar neu ar ôl</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Only changes made on or before this day</source>
        <translation>Dim ond newidiadau a wnaed ar y diwrnod hwn neu cyn hynny</translation>
    </message>
    <message>
        <source>Changes made on or before</source>
        <translation>Newidiadau a wnaed ar neu cyn</translation>
    </message>
    <message>
        <source>Words in the values, ids or names</source>
        <translation>Geiriau yn y gwerthoedd, y dynodwyr neu&apos;r enwau</translation>
    </message>
    <message>
        <source>Filter the history by words</source>
        <translation>Hidlo&apos;r hanes yn ôl geiriau</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Hidlo:</translation>
    </message>
    <message>
        <source>Since the last &amp;visit</source>
        <translation>Ers yr &amp;ymweliad diwethaf</translation>
    </message>
    <message>
        <source>Show the changes since the last visit</source>
        <translation>Dangos y newidiadau ers yr ymweliad diwethaf</translation>
    </message>
    <message>
        <source>&amp;Show everything</source>
        <translation>&amp;Dangos popeth</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Clirio pob hidlydd</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Hanes newidiadau</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Pryd:</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Pwy:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Beth:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Newid:</translation>
    </message>
    <message>
        <source>Value before the change</source>
        <translation>Gwerth cyn y newid</translation>
    </message>
    <message>
        <source>Value after the change</source>
        <translation>Gwerth ar ôl y newid</translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation>&amp;Cyn:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>A&amp;r ôl:</translation>
    </message>
    <message>
        <source>&amp;Open on its page</source>
        <translation>&amp;Agor ar ei thudalen</translation>
    </message>
    <message>
        <source>Show the changed item on its page (double-click or Enter)</source>
        <translation>Dangos yr eitem a newidiwyd ar ei thudalen (clicio ddwywaith neu Enter)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Since the last &amp;visit (%1)</source>
        <translation>Ers yr &amp;ymweliad diwethaf (%1)</translation>
    </message>
    <message>
        <source>Show what changed on or after the visit of %1</source>
        <translation>Dangos beth a newidiodd ar neu ar ôl yr ymweliad ar %1</translation>
    </message>
    <message>
        <source>No visit has been recorded yet</source>
        <translation>Nid oes ymweliad wedi&apos;i gofnodi eto</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>Nid oes newidiadau&apos;n cyfateb i&apos;r hidlyddion hyn.</translation>
    </message>
    <message>
        <source>No changes have been recorded yet.</source>
        <translation>Nid oes newidiadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>1 matching change</source>
        <translation>1 newid cyfatebol</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 newid</translation>
    </message>
    <message>
        <source>%1 matching changes</source>
        <translation>%1 newid cyfatebol</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 newid</translation>
    </message>
    <message>
        <source>Select a change to see it in full.</source>
        <translation>Dewiswch newid i&apos;w weld yn llawn.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(heb ei gofnodi)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Tynnwyd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Show only the changes made on one page</source>
        <translation>Dangos dim ond y newidiadau a wnaed ar un dudalen</translation>
    </message>
    <message>
        <source>Show only the changes one person made</source>
        <translation>Dangos dim ond y newidiadau a wnaeth un person</translation>
    </message>
    <message>
        <source>Every change to the school file, newest first; press Enter to open the changed item</source>
        <translation>Pob newid i&apos;r ffeil ysgol, y mwyaf diweddar yn gyntaf; pwyswch Enter i agor yr eitem a newidiwyd</translation>
    </message>
    <message>
        <source>What the changed field held before the change</source>
        <translation>Beth oedd yn y maes a newidiwyd cyn y newid</translation>
    </message>
    <message>
        <source>What the changed field held after the change</source>
        <translation>Beth oedd yn y maes a newidiwyd ar ôl y newid</translation>
    </message>
</context>
<context>
    <name>equimark::HistoryTableModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
</context>
<context>
    <name>equimark::ImpactItemEditor</name>
    <message>
        <source>Choose an item of evidence of impact to see and edit it, or add one: what you did, with whom, and the difference it made to others&apos; knowledge, understanding or practice.</source>
        <translation>Dewiswch eitem o dystiolaeth o effaith i&apos;w gweld a&apos;i golygu, neu ychwanegwch un: beth wnaethoch chi, gyda phwy, a&apos;r gwahaniaeth a wnaeth i wybodaeth, dealltwriaeth neu arfer pobl eraill.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>e.g. Coaching programme for aspiring middle leaders</source>
        <translation>e.e. Rhaglen hyfforddi ar gyfer darpar arweinwyr canol</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Beth a wnaed:</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source>e.g. Six support staff from the global majority</source>
        <translation>e.e. Chwe aelod o staff cymorth o&apos;r mwyafrif byd-eang</translation>
    </message>
    <message>
        <source>With w&amp;hom:</source>
        <translation>Gyda p&amp;hwy:</translation>
    </message>
    <message>
        <source>Impact on others&apos; knowledge, understanding or practice</source>
        <translation>Effaith ar wybodaeth, dealltwriaeth neu arfer pobl eraill</translation>
    </message>
    <message>
        <source>&amp;Impact on others:</source>
        <translation>&amp;Effaith ar eraill:</translation>
    </message>
    <message>
        <source>How the impact is known</source>
        <translation>Sut y gwyddys am yr effaith</translation>
    </message>
    <message>
        <source>How it is &amp;known:</source>
        <translation>Sut y &amp;gwyddys:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>Has a start date</source>
        <translation>Gyda dyddiad dechrau</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Dechreuodd ar</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Has an end date</source>
        <translation>Gyda dyddiad gorffen</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Daeth i ben ar</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dyddiadau:</translation>
    </message>
    <message>
        <source>How it is shown: items from the evidence store</source>
        <translation>Sut y caiff ei dangos: eitemau o&apos;r storfa dystiolaeth</translation>
    </message>
    <message>
        <source>Evidence items that show the impact</source>
        <translation>Eitemau tystiolaeth sy&apos;n dangos yr effaith</translation>
    </message>
    <message>
        <source>Tick the items of the school&apos;s evidence store that show this impact. Add new evidence on the Evidence page.</source>
        <translation>Ticiwch yr eitemau yn storfa dystiolaeth yr ysgol sy&apos;n dangos yr effaith hon. Ychwanegwch dystiolaeth newydd ar y dudalen Tystiolaeth.</translation>
    </message>
    <message>
        <source>Attached files of the ticked evidence</source>
        <translation>Ffeiliau atodedig y dystiolaeth a diciwyd</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Wedi&apos;i mapio i</translation>
    </message>
    <message>
        <source>RACE Charter &amp;criteria:</source>
        <translation>&amp;Meini prawf RACE Charter:</translation>
    </message>
    <message>
        <source>RACE Charter criteria</source>
        <translation>Meini prawf RACE Charter</translation>
    </message>
    <message>
        <source>LP &amp;standards:</source>
        <translation>&amp;Safonau LP:</translation>
    </message>
    <message>
        <source>LP standards</source>
        <translation>Safonau LP</translation>
    </message>
    <message>
        <source>Guidance from the published RACE LP mapping:</source>
        <translation>Canllawiau o fapio cyhoeddedig RACE LP:</translation>
    </message>
    <message>
        <source>Mapping guidance</source>
        <translation>Canllawiau mapio</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Section %1: %2</source>
        <translation>Adran %1: %2</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 ffeil</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 ffeil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no files attached</source>
        <translation>%1: dim ffeiliau wedi&apos;u hatodi</translation>
    </message>
    <message>
        <source>%1:
  %2</source>
        <translation>%1:
  %2</translation>
    </message>
    <message>
        <source>No evidence ticked yet. The files attached to the ticked evidence are listed here.</source>
        <translation>Dim tystiolaeth wedi&apos;i thicio eto. Rhestrir yma&apos;r ffeiliau sydd wedi&apos;u hatodi i&apos;r dystiolaeth a diciwyd.</translation>
    </message>
    <message>
        <source>Tick the RACE criteria this work served to see which LP standards the published mapping suggests for them.</source>
        <translation>Ticiwch y meini prawf RACE y bu&apos;r gwaith hwn yn eu gwasanaethu i weld pa safonau LP y mae&apos;r mapio cyhoeddedig yn eu hawgrymu ar eu cyfer.</translation>
    </message>
    <message>
        <source>%1: the published mapping suggests no LP standard for this criterion.</source>
        <translation>%1: nid yw&apos;r mapio cyhoeddedig yn awgrymu unrhyw safon LP ar gyfer y maen prawf hwn.</translation>
    </message>
    <message>
        <source>%1 suggests %2 %3: %4</source>
        <translation>Mae %1 yn awgrymu %2 %3: %4</translation>
    </message>
    <message>
        <source>Exemplar: %1</source>
        <translation>Enghraifft: %1</translation>
    </message>
    <message>
        <source>Change what was done</source>
        <translation>Newid beth a wnaed</translation>
    </message>
    <message>
        <source>Change with whom</source>
        <translation>Newid gyda phwy</translation>
    </message>
    <message>
        <source>Change the impact on others</source>
        <translation>Newid yr effaith ar eraill</translation>
    </message>
    <message>
        <source>Change how the impact is known</source>
        <translation>Newid sut y gwyddys am yr effaith</translation>
    </message>
    <message>
        <source>Change the start date</source>
        <translation>Newid y dyddiad dechrau</translation>
    </message>
    <message>
        <source>Change the end date</source>
        <translation>Newid y dyddiad gorffen</translation>
    </message>
    <message>
        <source>Change the evidence that shows the impact</source>
        <translation>Newid y dystiolaeth sy&apos;n dangos yr effaith</translation>
    </message>
    <message>
        <source>Map to RACE Charter criteria</source>
        <translation>Mapio i feini prawf RACE Charter</translation>
    </message>
    <message>
        <source>Map to LP standards</source>
        <translation>Mapio i safonau LP</translation>
    </message>
</context>
<context>
    <name>equimark::ImpactItemModel</name>
    <message>
        <source>Impact: %1</source>
        <translation>Effaith: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tan %1</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Heb ddyddiad</translation>
    </message>
    <message>
        <source>Not mapped to any criterion or standard yet</source>
        <translation>Heb ei mapio i unrhyw faen prawf na safon eto</translation>
    </message>
    <message>
        <source>RACE criteria: %1. LP standards: %2.</source>
        <translation>Meini prawf RACE: %1. Safonau LP: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Not mapped</source>
        <translation>Heb ei mapio</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Beth a wnaed</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>Wedi&apos;i mapio i</translation>
    </message>
</context>
<context>
    <name>equimark::MainWindow</name>
    <message>
        <source>Equimark school files (*.equimark)</source>
        <translation>Ffeiliau ysgol Equimark (*.equimark)</translation>
    </message>
    <message>
        <source>Steps of the process</source>
        <translation>Camau&apos;r broses</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Hysbysiad darllen yn unig</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;New School…</source>
        <translation>Ysgol &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Agor…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Agor &amp;diweddar</translation>
    </message>
    <message>
        <source>Open the &amp;Demo School</source>
        <translation>Agor yr &amp;ysgol enghreifftiol</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Cadw &amp;copi…</translation>
    </message>
    <message>
        <source>School &amp;Details…</source>
        <translation>&amp;Manylion yr ysgol…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ca&amp;u</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ail-wneud</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Canfod…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Canfod y &amp;nesaf</translation>
    </message>
    <message>
        <source>No more matches for &quot;%1&quot;.</source>
        <translation>Dim rhagor o gyfatebiaethau i &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>D&amp;ewisiadau…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About Equimark</source>
        <translation>&amp;Ynghylch Equimark</translation>
    </message>
    <message>
        <source>it is open in another Equimark window (on %1)</source>
        <translation>mae ar agor mewn ffenestr Equimark arall (ar %1)</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>Nid oedd modd agor %1.

%2</translation>
    </message>
    <message>
        <source>This file was updated for this version of Equimark; the previous version was kept as %1.</source>
        <translation>Diweddarwyd y ffeil hon ar gyfer y fersiwn hon o Equimark; cadwyd y fersiwn flaenorol fel %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Dadwneud %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Ail-wneud %1</translation>
    </message>
    <message>
        <source>Another program changed this school file; the pages show its latest contents. Undo history was cleared.</source>
        <translation>Newidiodd rhaglen arall y ffeil ysgol hon; mae&apos;r tudalennau&apos;n dangos ei chynnwys diweddaraf. Cliriwyd yr hanes dadwneud.</translation>
    </message>
    <message>
        <source>Equimark</source>
        <translation>Equimark</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>%1 — %2 — Equimark</source>
        <translation>%1 — %2 — Equimark</translation>
    </message>
    <message>
        <source>Read-only: %1. You can read, print and save a copy, but not change this file.</source>
        <translation>Darllen yn unig: %1. Gallwch ddarllen, argraffu a chadw copi, ond nid newid y ffeil hon.</translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation>Agor ffeil ysgol</translation>
    </message>
    <message>
        <source>%1 (copy %2).equimark</source>
        <translation>%1 (copi %2).equimark</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Cadw copi</translation>
    </message>
    <message>
        <source>The copy could not be saved.

%1</source>
        <translation>Nid oedd modd cadw&apos;r copi.

%1</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Cadwyd copi fel %1.</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Canfod</translation>
    </message>
    <message>
        <source>Find on this page:</source>
        <translation>Canfod ar y dudalen hon:</translation>
    </message>
    <message>
        <source>Nothing on this page matches &quot;%1&quot;.</source>
        <translation>Nid oes dim ar y dudalen hon yn cyfateb i &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>About Equimark</source>
        <translation>Ynghylch Equimark</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Equimark %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Equality accreditation work for schools, offline: the Lancashire Equality Mark, the RACE Charter Mark and the race equality leadership ambitions.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Equimark %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Gwaith achredu cydraddoldeb ar gyfer ysgolion, all-lein: Marc Cydraddoldeb Swydd Gaerhirfryn, y RACE Charter Mark a&apos;r uchelgeisiau arwain ar gydraddoldeb hiliol.&lt;/p&gt;&lt;p&gt;Wedi&apos;i drwyddedu o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Rhag&amp;olwg Argraffu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Allforio P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Equimark &amp;Guide</source>
        <translation>&amp;Canllaw Equimark</translation>
    </message>
</context>
<context>
    <name>equimark::MeetingTableModel</name>
    <message>
        <source>%1 attended</source>
        <translation>%1 yn bresennol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Penderfyniadau</translation>
    </message>
</context>
<context>
    <name>equimark::MemberTableModel</name>
    <message>
        <source>%1 left the group on %2.</source>
        <translation>Gadawodd %1 y grŵp ar %2.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Still a member</source>
        <translation>Yn dal yn aelod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ymunodd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gadawodd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Left the group on</source>
        <translation>Gadawodd y grŵp ar</translation>
    </message>
    <message>
        <source>Joined the group on</source>
        <translation>Ymunodd â&apos;r grŵp ar</translation>
    </message>
</context>
<context>
    <name>equimark::NetworkMeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>Cynrychiolwyr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
</context>
<context>
    <name>equimark::NewAuditYearDialog</name>
    <message>
        <source>Start a New Year&apos;s Audit</source>
        <translation>Dechrau archwiliad blwyddyn newydd</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Blwyddyn academaidd</translation>
    </message>
    <message>
        <source>&amp;Carry forward last year&apos;s evidence notes</source>
        <translation>&amp;Cario nodiadau tystiolaeth y llynedd ymlaen</translation>
    </message>
    <message>
        <source>Carry forward last year&apos;s evidence notes</source>
        <translation>Cario nodiadau tystiolaeth y llynedd ymlaen</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>&amp;Blwyddyn academaidd:</translation>
    </message>
    <message>
        <source>Every statement of the new audit starts as not yet judged. The group judges it afresh; last year&apos;s ratings are shown beside each statement as a hint.</source>
        <translation>Mae pob datganiad yn yr archwiliad newydd yn dechrau heb ei farnu eto. Mae&apos;r grŵp yn ei farnu o&apos;r newydd; dangosir sgoriau&apos;r llynedd wrth ymyl pob datganiad fel awgrym.</translation>
    </message>
    <message>
        <source>&amp;Start Audit</source>
        <translation>&amp;Dechrau&apos;r archwiliad</translation>
    </message>
    <message>
        <source>There is no earlier audit to carry notes from.</source>
        <translation>Nid oes archwiliad cynharach i gario nodiadau ohono.</translation>
    </message>
    <message>
        <source>The evidence notes written in %1 are copied into the new audit for the group to review and update.</source>
        <translation>Caiff y nodiadau tystiolaeth a ysgrifennwyd yn %1 eu copïo i&apos;r archwiliad newydd i&apos;r grŵp eu hadolygu a&apos;u diweddaru.</translation>
    </message>
    <message>
        <source>The new audit starts with no notes.</source>
        <translation>Mae&apos;r archwiliad newydd yn dechrau heb nodiadau.</translation>
    </message>
    <message>
        <source>The academic year the new audit is for</source>
        <translation>Y flwyddyn academaidd y mae&apos;r archwiliad newydd ar ei chyfer</translation>
    </message>
    <message>
        <source>Start each statement with last year&apos;s note, to be checked and updated; the ratings start empty</source>
        <translation>Dechrau pob datganiad gyda nodyn y llynedd, i&apos;w wirio a&apos;i ddiweddaru; mae&apos;r sgoriau&apos;n dechrau&apos;n wag</translation>
    </message>
</context>
<context>
    <name>equimark::NewSchoolWizard</name>
    <message>
        <source>New school</source>
        <translation>Ysgol newydd</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>Yr ysgol</translation>
    </message>
    <message>
        <source>These appear on every printed summary and report.</source>
        <translation>Mae&apos;r rhain yn ymddangos ar bob crynodeb ac adroddiad printiedig.</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>Unique Reference Number</source>
        <translation>Cyfeirnod Unigryw</translation>
    </message>
    <message>
        <source>six digits, optional</source>
        <translation>chwe digid, dewisol</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Enw&apos;r ysgol:</translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation>&amp;URN:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Fframweithiau</translation>
    </message>
    <message>
        <source>A copy of each chosen framework is kept in the school file, so it opens the same way in years to come.</source>
        <translation>Cedwir copi o bob fframwaith a ddewiswyd yn y ffeil ysgol, fel ei bod yn agor yn yr un ffordd yn y blynyddoedd i ddod.</translation>
    </message>
    <message>
        <source>Frameworks to use</source>
        <translation>Fframweithiau i&apos;w defnyddio</translation>
    </message>
    <message>
        <source>%1 (edition %2)</source>
        <translation>%1 (argraffiad %2)</translation>
    </message>
    <message>
        <source>Always used: the audit, grid and action plan follow it.</source>
        <translation>Bob amser yn cael ei ddefnyddio: mae&apos;r archwiliad, y grid a&apos;r cynllun gweithredu yn ei ddilyn.</translation>
    </message>
    <message>
        <source>Where to keep the file</source>
        <translation>Ble i gadw&apos;r ffeil</translation>
    </message>
    <message>
        <source>One school is one file. Keep it where it is backed up; you can copy it to a USB stick for a visit.</source>
        <translation>Un ffeil yw un ysgol. Cadwch hi mewn lle sy&apos;n cael copi wrth gefn; gallwch ei chopïo i ffon USB ar gyfer ymweliad.</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Enw&apos;r ffeil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>New school file</source>
        <translation>Ffeil ysgol newydd</translation>
    </message>
    <message>
        <source>Equimark school files (*.equimark)</source>
        <translation>Ffeiliau ysgol Equimark (*.equimark)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>The school needs a name.</source>
        <translation>Mae angen enw ar yr ysgol.</translation>
    </message>
    <message>
        <source>Choose where to keep the school file.</source>
        <translation>Dewiswch ble i gadw&apos;r ffeil ysgol.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name; an existing school file is never overwritten.</source>
        <translation>Mae %1 yn bodoli eisoes. Dewiswch enw arall; ni chaiff ffeil ysgol sy&apos;n bodoli ei throsysgrifo byth.</translation>
    </message>
    <message>
        <source>The school&apos;s name as it appears on reports</source>
        <translation>Enw&apos;r ysgol fel y mae&apos;n ymddangos ar adroddiadau</translation>
    </message>
    <message>
        <source>The six-digit number the Department for Education gives the school (optional)</source>
        <translation>Y rhif chwe digid y mae&apos;r Adran Addysg yn ei roi i&apos;r ysgol (dewisol)</translation>
    </message>
    <message>
        <source>The school&apos;s phase: nursery, primary, special, short stay, secondary or all-through</source>
        <translation>Cyfnod yr ysgol: meithrin, cynradd, arbennig, arhosiad byr, uwchradd neu bob oed</translation>
    </message>
    <message>
        <source>The local authority the school belongs to</source>
        <translation>Yr awdurdod lleol y mae&apos;r ysgol yn perthyn iddo</translation>
    </message>
</context>
<context>
    <name>equimark::NotReachedTableModel</name>
    <message>
        <source>Offered, not yet attended</source>
        <translation>Cynigiwyd, heb fod yn bresennol eto</translation>
    </message>
    <message>
        <source>Not yet offered</source>
        <translation>Heb gael cynnig eto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corff</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Lle maen nhw arni</translation>
    </message>
</context>
<context>
    <name>equimark::OutcomeChartView</name>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 yn %3</translation>
    </message>
    <message>
        <source>No figures that may be shown.</source>
        <translation>Dim ffigurau y gellir eu dangos.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No gaps that may be shown.</source>
        <translation>Dim bylchau y gellir eu dangos.</translation>
    </message>
    <message>
        <source>No figures to draw yet.</source>
        <translation>Dim ffigurau i&apos;w lluniadu eto.</translation>
    </message>
</context>
<context>
    <name>equimark::OutcomeImportDialog</name>
    <message>
        <source>Import Outcome Figures</source>
        <translation>Mewnforio ffigurau canlyniadau</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Beth sydd yn y ffeil</translation>
    </message>
    <message>
        <source>Figures to import</source>
        <translation>Ffigurau i&apos;w mewnforio</translation>
    </message>
    <message>
        <source>Every figure the file holds, and whether it replaces one already in the school file. Nothing is written until you choose Import.</source>
        <translation>Pob ffigur sydd yn y ffeil, ac a yw&apos;n disodli un sydd eisoes yn y ffeil ysgol. Nid ysgrifennir dim nes i chi ddewis Mewnforio.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Adds every figure shown, in one step you can undo</source>
        <translation>Yn ychwanegu pob ffigur a ddangosir, mewn un cam y gallwch ei ddadwneud</translation>
    </message>
    <message>
        <source>Closes without importing anything</source>
        <translation>Yn cau heb fewnforio dim</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Line %2, column %3: %4 Nothing has been imported; correct the file and try again.</source>
        <translation>Ni ellir mewnforio %1. Llinell %2, colofn %3: %4 Nid oes dim wedi&apos;i fewnforio; cywirwch y ffeil a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>%1 has no filled-in rows: there is nothing to import.</source>
        <translation>Nid oes gan %1 resi wedi&apos;u llenwi: nid oes dim i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>%1 holds %2 figures for %3 measures over %4 years; %5 replace figures already in the file. Check them, then choose Import.</source>
        <translation>Mae %1 yn cynnwys %2 ffigur ar gyfer %3 mesur dros %4 blwyddyn; mae %5 yn disodli ffigurau sydd eisoes yn y ffeil. Gwiriwch nhw, yna dewiswch Mewnforio.</translation>
    </message>
</context>
<context>
    <name>equimark::OutcomePreviewModel</name>
    <message>
        <source>replaces</source>
        <translation>yn disodli</translation>
    </message>
    <message>
        <source>new</source>
        <translation>newydd</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Sylfaen</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Yn y ffeil</translation>
    </message>
</context>
<context>
    <name>equimark::OutcomeTableModel</name>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>Suppressed: fewer than %1, or a figure that would let a small one be worked out. Untick &quot;Hide small numbers&quot; to see it.</source>
        <translation>Wedi&apos;i guddio: llai na %1, neu ffigur a fyddai&apos;n gadael i un bach gael ei gyfrifo. Tynnwch y tic o &quot;Cuddio niferoedd bach&quot; i&apos;w weld.</translation>
    </message>
    <message>
        <source>The 95% interval leaves out 1: unlikely to be chance alone.</source>
        <translation>Nid yw&apos;r cyfwng 95% yn cynnwys 1: annhebygol o fod yn siawns yn unig.</translation>
    </message>
    <message>
        <source>The 95% interval includes 1: could be chance.</source>
        <translation>Mae&apos;r cyfwng 95% yn cynnwys 1: gallai fod yn siawns.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Sylfaen</translation>
    </message>
    <message>
        <source>Per pupil</source>
        <translation>Fesul disgybl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Cyfradd</translation>
    </message>
    <message>
        <source>Gap to others</source>
        <translation>Bwlch i eraill</translation>
    </message>
    <message>
        <source>Risk ratio (95%)</source>
        <translation>Cymhareb risg (95%)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targed</translation>
    </message>
</context>
<context>
    <name>equimark::OutcomesPage</name>
    <message>
        <source>&amp;Hide small numbers below</source>
        <translation>C&amp;uddio niferoedd bach o dan</translation>
    </message>
    <message>
        <source>&amp;Import Figures…</source>
        <translation>M&amp;ewnforio Ffigurau…</translation>
    </message>
    <message>
        <source>Save &amp;Template…</source>
        <translation>Cadw&apos;r &amp;Templed…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>A&amp;llforio CSV…</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>Me&amp;sur:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>The outcome measure the table and charts show</source>
        <translation>Y mesur canlyniad y mae&apos;r tabl a&apos;r siartiau&apos;n ei ddangos</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <source>The academic year of the table and the gap chart</source>
        <translation>Blwyddyn academaidd y tabl a&apos;r siart bylchau</translation>
    </message>
    <message>
        <source>On: counts below the threshold, and figures worked out from them, read c, as in every PDF and CSV export. Off: every count, for your own checking.</source>
        <translation>Ymlaen: mae cyfrifon o dan y trothwy, a ffigurau a gyfrifwyd ohonynt, yn dangos c, fel ym mhob allforiad PDF a CSV. I ffwrdd: pob cyfrif, i chi eu gwirio eich hun.</translation>
    </message>
    <message>
        <source>Threshold for small numbers</source>
        <translation>Trothwy ar gyfer niferoedd bach</translation>
    </message>
    <message>
        <source>Counts below this are hidden in everything shared; stored in the school file</source>
        <translation>Caiff cyfrifon o dan hwn eu cuddio ym mhopeth a rennir; caiff ei gadw yn y ffeil ysgol</translation>
    </message>
    <message>
        <source>&amp;National:</source>
        <translation>Ce&amp;nedlaethol:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>National figure</source>
        <translation>Ffigur cenedlaethol</translation>
    </message>
    <message>
        <source>The national figure for this measure and year, to compare with (a percentage, or points for Attainment 8); empty for none</source>
        <translation>Y ffigur cenedlaethol ar gyfer y mesur a&apos;r flwyddyn hon, i gymharu ag ef (canran, neu bwyntiau ar gyfer Attainment 8); gwag os nad oes un</translation>
    </message>
    <message>
        <source>Read an outcomes CSV file and preview it before importing</source>
        <translation>Darllen ffeil CSV canlyniadau a chael rhagolwg ohoni cyn mewnforio</translation>
    </message>
    <message>
        <source>Save a CSV file to fill in, with a row for every measure and group</source>
        <translation>Cadw ffeil CSV i&apos;w llenwi, gyda rhes ar gyfer pob mesur a grŵp</translation>
    </message>
    <message>
        <source>Save the figures as a CSV file for sharing, small numbers suppressed</source>
        <translation>Cadw&apos;r ffigurau fel ffeil CSV i&apos;w rhannu, gyda niferoedd bach wedi&apos;u cuddio</translation>
    </message>
    <message>
        <source>Definition of the measure</source>
        <translation>Diffiniad y mesur</translation>
    </message>
    <message>
        <source>Figures by ethnic group</source>
        <translation>Ffigurau yn ôl grŵp ethnig</translation>
    </message>
    <message>
        <source>A row per ethnic group and one for all pupils: counts, rate, gap to all other pupils, risk ratio with its 95% interval and the target. Arrow keys move; the chosen group is added to the trend chart.</source>
        <translation>Rhes ar gyfer pob grŵp ethnig ac un ar gyfer pob disgybl: cyfrifon, cyfradd, bwlch i bob disgybl arall, cymhareb risg gyda&apos;i chyfwng 95% a&apos;r targed. Mae&apos;r bysellau saeth yn symud; caiff y grŵp a ddewiswyd ei ychwanegu at y siart tuedd.</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Siart tuedd</translation>
    </message>
    <message>
        <source>Gap chart</source>
        <translation>Siart bylchau</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tuedd</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Bylchau</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Siartiau</translation>
    </message>
    <message>
        <source>The trend over the years, and each group&apos;s gap</source>
        <translation>Y duedd dros y blynyddoedd, a bwlch pob grŵp</translation>
    </message>
    <message>
        <source>Import Outcome Figures</source>
        <translation>Mewnforio ffigurau canlyniadau</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the Outcomes Template</source>
        <translation>Cadw templed y canlyniadau</translation>
    </message>
    <message>
        <source>outcomes-%1.csv</source>
        <translation>canlyniadau-%1.csv</translation>
    </message>
    <message>
        <source>Export Outcome Figures</source>
        <translation>Allforio ffigurau canlyniadau</translation>
    </message>
    <message>
        <source>outcomes-shared.csv</source>
        <translation>canlyniadau-a-rennir.csv</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>No outcome figures yet. Save the template, fill in the counts for each ethnic group (aggregate numbers only, never a pupil&apos;s record), then import the file with Import Figures…; you see every figure before anything is imported.</source>
        <translation>Dim ffigurau canlyniadau eto. Cadwch y templed, llenwch y cyfrifon ar gyfer pob grŵp ethnig (cyfansymiau yn unig, byth gofnod disgybl), yna mewnforiwch y ffeil â Mewnforio Ffigurau…; rydych yn gweld pob ffigur cyn mewnforio dim.</translation>
    </message>
</context>
<context>
    <name>equimark::OverviewPage</name>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Ar y gweill</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Angen sylw</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>School &amp;details and package…</source>
        <translation>&amp;Manylion a phecyn yr ysgol…</translation>
    </message>
    <message>
        <source>Change the school&apos;s details and support package</source>
        <translation>Newid manylion a phecyn cymorth yr ysgol</translation>
    </message>
    <message>
        <source>The six steps</source>
        <translation>Y chwe cham</translation>
    </message>
    <message>
        <source>1. Reference group</source>
        <translation>1. Grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Open the &amp;reference group</source>
        <translation>Agor y grŵp &amp;cyfeirio</translation>
    </message>
    <message>
        <source>2. Whole-school audit</source>
        <translation>2. Archwiliad ysgol gyfan</translation>
    </message>
    <message>
        <source>Open the a&amp;udit</source>
        <translation>Agor yr &amp;archwiliad</translation>
    </message>
    <message>
        <source>3. Summary grid</source>
        <translation>3. Grid crynodeb</translation>
    </message>
    <message>
        <source>Open the summary &amp;grid</source>
        <translation>Agor y &amp;grid crynodeb</translation>
    </message>
    <message>
        <source>4. Action plan</source>
        <translation>4. Cynllun gweithredu</translation>
    </message>
    <message>
        <source>Open the action &amp;plan</source>
        <translation>Agor y c&amp;ynllun gweithredu</translation>
    </message>
    <message>
        <source>5. Actions and evidence</source>
        <translation>5. Camau gweithredu a thystiolaeth</translation>
    </message>
    <message>
        <source>Show &amp;overdue actions</source>
        <translation>Dangos camau gweithredu sy&apos;n &amp;hwyr</translation>
    </message>
    <message>
        <source>Open the e&amp;vidence</source>
        <translation>Agor y &amp;dystiolaeth</translation>
    </message>
    <message>
        <source>Open the evidence</source>
        <translation>Agor y dystiolaeth</translation>
    </message>
    <message>
        <source>6. Accreditation</source>
        <translation>6. Achredu</translation>
    </message>
    <message>
        <source>Open &amp;accreditation</source>
        <translation>Agor y dudalen Achr&amp;edu</translation>
    </message>
    <message>
        <source>Equality badges</source>
        <translation>Bathodynnau cydraddoldeb</translation>
    </message>
    <message>
        <source>The Equality Mark</source>
        <translation>Y Marc Cydraddoldeb</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Yr ymweliad nesaf</translation>
    </message>
    <message>
        <source>Open visits</source>
        <translation>Agor yr ymweliadau</translation>
    </message>
    <message>
        <source>No school file is open</source>
        <translation>Nid oes ffeil ysgol ar agor</translation>
    </message>
    <message>
        <source>URN %1</source>
        <translation>URN %1</translation>
    </message>
    <message>
        <source>%1 support package</source>
        <translation>Pecyn cymorth %1</translation>
    </message>
    <message>
        <source>%1 support package, %2</source>
        <translation>Pecyn cymorth %1, %2</translation>
    </message>
    <message>
        <source>No support package chosen</source>
        <translation>Dim pecyn cymorth wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>No members yet: start with a senior leader.</source>
        <translation>Dim aelodau eto: dechreuwch gydag uwch arweinydd.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), including a senior leader.</source>
        <translation>
            <numerusform>%n aelod, gan gynnwys uwch arweinydd.</numerusform>
            <numerusform>%n aelod, gan gynnwys uwch arweinydd.</numerusform>
            <numerusform>%n aelod, gan gynnwys uwch arweinydd.</numerusform>
            <numerusform>%n aelod, gan gynnwys uwch arweinydd.</numerusform>
            <numerusform>%n aelod, gan gynnwys uwch arweinydd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), but no senior leader: the group needs one.</source>
        <translation>
            <numerusform>%n aelod, ond dim uwch arweinydd: mae angen un ar y grŵp.</numerusform>
            <numerusform>%n aelod, ond dim uwch arweinydd: mae angen un ar y grŵp.</numerusform>
            <numerusform>%n aelod, ond dim uwch arweinydd: mae angen un ar y grŵp.</numerusform>
            <numerusform>%n aelod, ond dim uwch arweinydd: mae angen un ar y grŵp.</numerusform>
            <numerusform>%n aelod, ond dim uwch arweinydd: mae angen un ar y grŵp.</numerusform>
        </translation>
    </message>
    <message>
        <source>No audit for %1 yet: start this year&apos;s audit.</source>
        <translation>Dim archwiliad ar gyfer %1 eto: dechreuwch archwiliad eleni.</translation>
    </message>
    <message>
        <source>Agreed once this year&apos;s audit is judged.</source>
        <translation>Cytunir arno unwaith y bydd archwiliad eleni wedi&apos;i farnu.</translation>
    </message>
    <message>
        <source>%1: %2% judged (%3 of %4 statements).</source>
        <translation>%1: %2% wedi&apos;u barnu (%3 o %4 datganiad).</translation>
    </message>
    <message>
        <source>%1 of %2 cells agreed for %3.</source>
        <translation>%1 o %2 cell wedi&apos;u cytuno ar gyfer %3.</translation>
    </message>
    <message>
        <source>No actions planned yet.</source>
        <translation>Dim camau gweithredu wedi&apos;u cynllunio eto.</translation>
    </message>
    <message>
        <source>Nothing to track until actions are planned.</source>
        <translation>Dim byd i&apos;w olrhain nes bod camau gweithredu wedi&apos;u cynllunio.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) planned: %1 in progress, %2 complete.</source>
        <translation>
            <numerusform>%n cam gweithredu wedi&apos;u cynllunio: %1 ar y gweill, %2 wedi&apos;u cwblhau.</numerusform>
            <numerusform>%n cam gweithredu wedi&apos;i gynllunio: %1 ar y gweill, %2 wedi&apos;u cwblhau.</numerusform>
            <numerusform>%n gam gweithredu wedi&apos;u cynllunio: %1 ar y gweill, %2 wedi&apos;u cwblhau.</numerusform>
            <numerusform>%n cam gweithredu wedi&apos;u cynllunio: %1 ar y gweill, %2 wedi&apos;u cwblhau.</numerusform>
            <numerusform>%n cam gweithredu wedi&apos;u cynllunio: %1 ar y gweill, %2 wedi&apos;u cwblhau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) overdue.</source>
        <translation>
            <numerusform>%n cam gweithredu yn hwyr.</numerusform>
            <numerusform>%n cam gweithredu yn hwyr.</numerusform>
            <numerusform>%n gam gweithredu yn hwyr.</numerusform>
            <numerusform>%n cam gweithredu yn hwyr.</numerusform>
            <numerusform>%n cam gweithredu yn hwyr.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest are on track.</source>
        <translation>Mae&apos;r gweddill ar y trywydd iawn.</translation>
    </message>
    <message>
        <source>All open actions are on track.</source>
        <translation>Mae pob cam gweithredu agored ar y trywydd iawn.</translation>
    </message>
    <message>
        <source>%1 verified, %2 submitted, %3 in draft, of %4 strands.</source>
        <translation>%1 wedi&apos;u dilysu, %2 wedi&apos;u cyflwyno, %3 ar ffurf drafft, o %4 llinyn.</translation>
    </message>
    <message>
        <source>Awarded %1, valid to %2</source>
        <translation>Dyfarnwyd %1, yn ddilys tan %2</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Daeth i ben %1</translation>
    </message>
    <message>
        <source>This framework awards badges only.</source>
        <translation>Bathodynnau yn unig y mae&apos;r fframwaith hwn yn eu dyfarnu.</translation>
    </message>
    <message>
        <source>%1 of %2 badges current.</source>
        <translation>%1 o %2 bathodyn yn gyfredol.</translation>
    </message>
    <message>
        <source>✔ Earned on %1</source>
        <translation>✔ Enillwyd ar %1</translation>
    </message>
    <message>
        <source>Re-accreditation is due by %1.</source>
        <translation>Mae ail-achredu yn ddyledus erbyn %1.</translation>
    </message>
    <message>
        <source>⚠ Due for re-accreditation</source>
        <translation>⚠ Angen ail-achredu</translation>
    </message>
    <message>
        <source>Earned on %1; re-accreditation was due on %2.</source>
        <translation>Enillwyd ar %1; roedd ail-achredu yn ddyledus ar %2.</translation>
    </message>
    <message>
        <source>Not yet earned: %1 of %2 badges</source>
        <translation>Heb ei ennill eto: %1 o %2 bathodyn</translation>
    </message>
    <message>
        <source>All %1 badges within %2 years earn the Mark.</source>
        <translation>Mae ennill pob un o&apos;r %1 bathodyn o fewn %2 blynedd yn ennill y Marc.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> with %1</source>
        <translation> gyda %1</translation>
    </message>
    <message>
        <source>Focus: %1</source>
        <translation>Ffocws: %1</translation>
    </message>
    <message>
        <source>Today.</source>
        <translation>Heddiw.</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s).</source>
        <translation>
            <numerusform>Ymhen %n diwrnod.</numerusform>
            <numerusform>Ymhen %n diwrnod.</numerusform>
            <numerusform>Ymhen %n ddiwrnod.</numerusform>
            <numerusform>Ymhen %n diwrnod.</numerusform>
            <numerusform>Ymhen %n diwrnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>No visit is planned. Record the next one under Visits and network meetings on the Accreditation page.</source>
        <translation>Nid oes ymweliad wedi&apos;i gynllunio. Cofnodwch yr un nesaf o dan Ymweliadau a chyfarfodydd rhwydwaith ar y dudalen Achredu.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Change the school&apos;s name, phase, local authority and support package</source>
        <translation>Newid enw, cyfnod, awdurdod lleol a phecyn cymorth yr ysgol</translation>
    </message>
    <message>
        <source>Show the advisor&apos;s visits and the network meetings</source>
        <translation>Dangos ymweliadau&apos;r cynghorydd a&apos;r cyfarfodydd rhwydwaith</translation>
    </message>
    <message>
        <source>Open v&amp;isits</source>
        <translation>Agor yr &amp;ymweliadau</translation>
    </message>
</context>
<context>
    <name>equimark::PersonTableModel</name>
    <message>
        <source>Leader</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Not a leader</source>
        <translation>Nid yw&apos;n arweinydd</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Mewn swydd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corff</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Ymunodd</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gadawodd</translation>
    </message>
</context>
<context>
    <name>equimark::PortfolioHeader</name>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Rhaglen:</translation>
    </message>
    <message>
        <source>Portfolio status</source>
        <translation>Statws y portffolio</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>Has a %1</source>
        <translation>Gyda %1</translation>
    </message>
    <message>
        <source>Gate&amp;way:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <source>gateway date</source>
        <translation>dyddiad y porth</translation>
    </message>
    <message>
        <source>The moderation gateway the portfolio is aimed at. There are two gateways a year.</source>
        <translation>Y porth cymedroli y mae&apos;r portffolio&apos;n anelu ato. Mae dau borth y flwyddyn.</translation>
    </message>
    <message>
        <source>Su&amp;bmitted:</source>
        <translation>C&amp;yflwynwyd:</translation>
    </message>
    <message>
        <source>date submitted</source>
        <translation>dyddiad cyflwyno</translation>
    </message>
    <message>
        <source>Accre&amp;dited:</source>
        <translation>&amp;Achredwyd:</translation>
    </message>
    <message>
        <source>date accredited</source>
        <translation>dyddiad achredu</translation>
    </message>
    <message>
        <source>Accreditation expired on %1.</source>
        <translation>Daeth yr achrediad i ben ar %1.</translation>
    </message>
    <message>
        <source>Accreditation lasts until %1.</source>
        <translation>Mae&apos;r achrediad yn para tan %1.</translation>
    </message>
    <message>
        <source>Accreditation lasts %1 years from the date it is given.</source>
        <translation>Mae achrediad yn para %1 blynedd o&apos;r dyddiad y caiff ei roi.</translation>
    </message>
    <message>
        <source>%1: the portfolio has gone to its gateway.</source>
        <translation>%1: mae&apos;r portffolio wedi mynd i&apos;w borth.</translation>
    </message>
    <message>
        <source>Ready for the gateway: every LP standard has evidence of impact and a self-assessment, and every reflective question is answered.</source>
        <translation>Yn barod ar gyfer y porth: mae gan bob safon LP dystiolaeth o effaith a hunanasesiad, ac mae pob cwestiwn myfyriol wedi&apos;i ateb.</translation>
    </message>
    <message>
        <source>Not ready for the gateway yet. %1</source>
        <translation>Heb fod yn barod ar gyfer y porth eto. %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Heb fod yn barod</translation>
    </message>
    <message>
        <source>No gateway chosen yet</source>
        <translation>Dim porth wedi&apos;i ddewis eto</translation>
    </message>
    <message>
        <source>Gateway is today</source>
        <translation>Mae&apos;r porth heddiw</translation>
    </message>
    <message>
        <source>Gateway tomorrow</source>
        <translation>Y porth yfory</translation>
    </message>
    <message>
        <source>Gateway in %1 days</source>
        <translation>Y porth ymhen %1 diwrnod</translation>
    </message>
    <message>
        <source>Gateway passed yesterday</source>
        <translation>Aeth y porth heibio ddoe</translation>
    </message>
    <message>
        <source>Gateway passed %1 days ago</source>
        <translation>Aeth y porth heibio %1 diwrnod yn ôl</translation>
    </message>
    <message>
        <source>Change the programme</source>
        <translation>Newid y rhaglen</translation>
    </message>
    <message>
        <source>Change the gateway date</source>
        <translation>Newid dyddiad y porth</translation>
    </message>
    <message>
        <source>Change the date submitted</source>
        <translation>Newid y dyddiad cyflwyno</translation>
    </message>
    <message>
        <source>Change the date accredited</source>
        <translation>Newid y dyddiad achredu</translation>
    </message>
    <message>
        <source>Mark the portfolio as %1</source>
        <translation>Marcio&apos;r portffolio fel %1</translation>
    </message>
    <message>
        <source>The programme the Lead Practitioner follows</source>
        <translation>Y rhaglen y mae&apos;r Lead Practitioner yn ei dilyn</translation>
    </message>
    <message>
        <source>How far the portfolio has gone: drafting, submitted, moderated or accredited</source>
        <translation>Pa mor bell y mae&apos;r portffolio wedi mynd: wrthi&apos;n drafftio, wedi&apos;i gyflwyno, wedi&apos;i gymedroli neu wedi&apos;i achredu</translation>
    </message>
</context>
<context>
    <name>equimark::PortfolioPage</name>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Equimark&apos;s own scale, not an official SSAT scale.</source>
        <translation>Graddfa Equimark ei hun, nid graddfa swyddogol SSAT.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Heb ei asesu</translation>
    </message>
    <message>
        <source>Lead Practitioner portfolios</source>
        <translation>Portffolios Lead Practitioner</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>&amp;Allforio PDF…</translation>
    </message>
    <message>
        <source>Save the chosen portfolio as a PDF, or print it</source>
        <translation>Cadw&apos;r portffolio a ddewiswyd fel PDF, neu ei argraffu</translation>
    </message>
    <message>
        <source>Colleagues working towards RACE Lead Practitioner accreditation assess themselves against the LP standards, reflect, and build evidence of their impact on others, mapped to the RACE Charter criteria, for moderation at a gateway.</source>
        <translation>Mae cydweithwyr sy&apos;n gweithio tuag at achrediad RACE Lead Practitioner yn asesu eu hunain yn erbyn y safonau LP, yn myfyrio, ac yn casglu tystiolaeth o&apos;u heffaith ar eraill, wedi&apos;i mapio i feini prawf RACE Charter, i&apos;w chymedroli mewn porth.</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Ymarferwyr</translation>
    </message>
    <message>
        <source>Double-click a name or role to change it.</source>
        <translation>Cliciwch ddwywaith ar enw neu rôl i&apos;w newid.</translation>
    </message>
    <message>
        <source>Name of the new practitioner</source>
        <translation>Enw&apos;r ymarferydd newydd</translation>
    </message>
    <message>
        <source>e.g. Ms Adeyemi</source>
        <translation>e.e. Ms Adeyemi</translation>
    </message>
    <message>
        <source>Role of the new practitioner</source>
        <translation>Rôl yr ymarferydd newydd</translation>
    </message>
    <message>
        <source>e.g. Deputy headteacher and RACE lead</source>
        <translation>e.e. Dirprwy bennaeth ac arweinydd RACE</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôl:</translation>
    </message>
    <message>
        <source>&amp;Add practitioner</source>
        <translation>&amp;Ychwanegu ymarferydd</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Tynnu…</translation>
    </message>
    <message>
        <source>Remove the chosen practitioner and their portfolios</source>
        <translation>Tynnu&apos;r ymarferydd a ddewiswyd ynghyd â&apos;r portffolios</translation>
    </message>
    <message>
        <source>Portfolios</source>
        <translation>Portffolios</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portffolio</translation>
    </message>
    <message>
        <source>Add &amp;portfolio…</source>
        <translation>Ychwanegu &amp;portffolio…</translation>
    </message>
    <message>
        <source>Remove the chosen portfolio and its evidence of impact</source>
        <translation>Tynnu&apos;r portffolio a ddewiswyd a&apos;i dystiolaeth o effaith</translation>
    </message>
    <message>
        <source>&amp;Self-assessment</source>
        <translation>&amp;Hunanasesiad</translation>
    </message>
    <message>
        <source>R&amp;eflections</source>
        <translation>&amp;Myfyrdodau</translation>
    </message>
    <message>
        <source>E&amp;vidence of impact</source>
        <translation>&amp;Tystiolaeth o effaith</translation>
    </message>
    <message>
        <source>C&amp;overage</source>
        <translation>C&amp;wmpas</translation>
    </message>
    <message>
        <source>Rate yourself against each LP standard and say why. The scale (not yet, developing, secure, strength) is Equimark&apos;s own, not an official SSAT scale. Standards in italics have no public wording yet: enter it from the official LP booklet.</source>
        <translation>Rhowch sgôr i chi&apos;ch hun yn erbyn pob safon LP a nodwch pam. Graddfa Equimark ei hun yw&apos;r raddfa (ddim eto, yn datblygu, cadarn, cryfder), nid graddfa swyddogol SSAT. Nid oes geiriad cyhoeddus eto i&apos;r safonau mewn llythrennau italig: rhowch y geiriad o lyfryn swyddogol LP.</translation>
    </message>
    <message>
        <source>Self-assessment against the LP standards</source>
        <translation>Hunanasesiad yn erbyn safonau LP</translation>
    </message>
    <message>
        <source>Evidence of impact</source>
        <translation>Tystiolaeth o effaith</translation>
    </message>
    <message>
        <source>What was done (new evidence of impact)</source>
        <translation>Beth a wnaed (tystiolaeth newydd o effaith)</translation>
    </message>
    <message>
        <source>What you did (Ctrl+N), then Add</source>
        <translation>Beth wnaethoch chi (Ctrl+N), yna Ychwanegu</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove the chosen item of evidence of impact (Delete)</source>
        <translation>Tynnu&apos;r eitem a ddewiswyd o dystiolaeth o effaith (Delete)</translation>
    </message>
    <message>
        <source>Coverage of the LP standards and RACE criteria</source>
        <translation>Cwmpas y safonau LP a meini prawf RACE</translation>
    </message>
    <message>
        <source>LP portfolios</source>
        <translation>Portffolios LP</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>porth %1</translation>
    </message>
    <message>
        <source>no gateway yet</source>
        <translation>dim porth eto</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Choose a practitioner to see their portfolios.</source>
        <translation>Dewiswch ymarferydd i weld y portffolios.</translation>
    </message>
    <message>
        <source>%1 has no portfolio yet.</source>
        <translation>Nid oes gan %1 bortffolio eto.</translation>
    </message>
    <message>
        <source>Portfolios of %1:</source>
        <translation>Portffolios %1:</translation>
    </message>
    <message>
        <source>%1 of %2 LP standards and %3 of %4 RACE criteria have evidence of impact.</source>
        <translation>Mae gan %1 o %2 safon LP a %3 o %4 maen prawf RACE dystiolaeth o effaith.</translation>
    </message>
    <message>
        <source>No evidence yet for %1 (marked &quot;None yet&quot; below).</source>
        <translation>Dim tystiolaeth eto ar gyfer %1 (wedi&apos;u marcio &quot;Dim eto&quot; isod).</translation>
    </message>
    <message>
        <source>Add evidence of impact on the Evidence of impact tab and map it to standards and criteria; each item becomes a column here.</source>
        <translation>Ychwanegwch dystiolaeth o effaith ar y tab Tystiolaeth o effaith a&apos;i mapio i safonau a meini prawf; mae pob eitem yn dod yn golofn yma.</translation>
    </message>
    <message>
        <source>Open a school file to see its Lead Practitioner portfolios.</source>
        <translation>Agorwch ffeil ysgol i weld ei phortffolios Lead Practitioner.</translation>
    </message>
    <message>
        <source>No practitioners yet. Add the colleagues working towards Lead Practitioner accreditation: type a name and role on the left and press &quot;Add practitioner&quot;.</source>
        <translation>Dim ymarferwyr eto. Ychwanegwch y cydweithwyr sy&apos;n gweithio tuag at achrediad Lead Practitioner: teipiwch enw a rôl ar y chwith a phwyswch &quot;Ychwanegu ymarferydd&quot;.</translation>
    </message>
    <message>
        <source>Choose a practitioner on the left to see their portfolio.</source>
        <translation>Dewiswch ymarferydd ar y chwith i weld y portffolio.</translation>
    </message>
    <message>
        <source>No portfolio yet. Press &quot;Add portfolio…&quot; to start one: choose the programme and the gateway you are aiming for, then assess yourself against the LP standards and add evidence of your impact on others.</source>
        <translation>Dim portffolio eto. Pwyswch &quot;Ychwanegu portffolio…&quot; i ddechrau un: dewiswch y rhaglen a&apos;r porth rydych yn anelu ato, yna aseswch eich hun yn erbyn y safonau LP ac ychwanegwch dystiolaeth o&apos;ch effaith ar eraill.</translation>
    </message>
    <message>
        <source>Add a portfolio</source>
        <translation>Ychwanegu portffolio</translation>
    </message>
    <message>
        <source>RACE Lead Practitioner accreditation</source>
        <translation>Achrediad RACE Lead Practitioner</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Rhaglen:</translation>
    </message>
    <message>
        <source>&amp;Aiming for a gateway on:</source>
        <translation>&amp;Anelu at borth ar:</translation>
    </message>
    <message>
        <source>Gateway date</source>
        <translation>Dyddiad y porth</translation>
    </message>
    <message>
        <source>Portfolios are moderated at one of two gateways a year. You can change the date later.</source>
        <translation>Caiff portffolios eu cymedroli yn un o ddau borth y flwyddyn. Gallwch newid y dyddiad yn nes ymlaen.</translation>
    </message>
    <message>
        <source>Add portfolio</source>
        <translation>Ychwanegu portffolio</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>Tynnu %1?</translation>
    </message>
    <message>
        <source>Remove %1 and their portfolio, with all its evidence of impact?</source>
        <translation>Tynnu %1 a&apos;r portffolio, gyda&apos;i holl dystiolaeth o effaith?</translation>
    </message>
    <message>
        <source>Remove %1 and their %2 portfolios, with all their evidence of impact?</source>
        <translation>Tynnu %1 a&apos;r %2 portffolio, gyda&apos;u holl dystiolaeth o effaith?</translation>
    </message>
    <message>
        <source>Remove practitioner</source>
        <translation>Tynnu ymarferydd</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Bydd Golygu &gt; Dadwneud yn dod â nhw yn ôl.</translation>
    </message>
    <message>
        <source>Remove portfolio</source>
        <translation>Tynnu portffolio</translation>
    </message>
    <message>
        <source>Remove the portfolio &quot;%1&quot; with its self-assessment, reflections and evidence of impact?
Edit &gt; Undo brings it back.</source>
        <translation>Tynnu&apos;r portffolio &quot;%1&quot; gyda&apos;i hunanasesiad, ei fyfyrdodau a&apos;i dystiolaeth o effaith?
Bydd Golygu &gt; Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>The portfolio of the chosen practitioner to show and change</source>
        <translation>Portffolio&apos;r ymarferydd a ddewiswyd i&apos;w ddangos a&apos;i newid</translation>
    </message>
    <message>
        <source>Start a new portfolio for the chosen practitioner</source>
        <translation>Dechrau portffolio newydd ar gyfer yr ymarferydd a ddewiswyd</translation>
    </message>
    <message>
        <source>Each Lead Practitioner standard with its self-assessment; press F2 to change the chosen one</source>
        <translation>Pob safon Lead Practitioner gyda&apos;i hunanasesiad; pwyswch F2 i newid yr un a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>equimark::PractitionerListModel</name>
    <message>
        <source>No role recorded yet: double-click to enter one.</source>
        <translation>Dim rôl wedi&apos;i chofnodi eto: cliciwch ddwywaith i roi un.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
</context>
<context>
    <name>equimark::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>e.g. Sam Taylor</source>
        <translation>e.e. Sam Taylor</translation>
    </message>
    <message>
        <source>The current year (%1)</source>
        <translation>Y flwyddyn gyfredol (%1)</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Blwyddyn academaidd</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>Your name is recorded with each judgement, action and change, so the group can see who did what.</source>
        <translation>Caiff eich enw ei gofnodi gyda phob barn, cam gweithredu a newid, fel y gall y grŵp weld pwy wnaeth beth.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>Academic &amp;year:</source>
        <translation>&amp;Blwyddyn academaidd:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <source>A new language is used from the next time Equimark starts.</source>
        <translation>Defnyddir iaith newydd o&apos;r tro nesaf y bydd Equimark yn dechrau.</translation>
    </message>
    <message>
        <source>The academic year Equimark opens on</source>
        <translation>Y flwyddyn academaidd y mae Equimark yn agor arni</translation>
    </message>
</context>
<context>
    <name>equimark::ProgressNoteModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
</context>
<context>
    <name>equimark::RaceCharterPage</name>
    <message>
        <source>&amp;Start Using the RACE Charter Mark</source>
        <translation>&amp;Dechrau defnyddio&apos;r RACE Charter Mark</translation>
    </message>
    <message>
        <source>Where the school stands</source>
        <translation>Lle mae&apos;r ysgol arni</translation>
    </message>
    <message>
        <source>Complete the &amp;Wording…</source>
        <translation>Cwblhau&apos;r &amp;geiriad…</translation>
    </message>
    <message>
        <source>Award level the school is working towards</source>
        <translation>Y lefel dyfarniad y mae&apos;r ysgol yn gweithio tuag ati</translation>
    </message>
    <message>
        <source>Working &amp;towards:</source>
        <translation>Yn gweithio &amp;tuag at:</translation>
    </message>
    <message>
        <source>Award level the judgements reach</source>
        <translation>Y lefel dyfarniad y mae&apos;r barnau&apos;n ei chyrraedd</translation>
    </message>
    <message>
        <source>Criteria judged</source>
        <translation>Meini prawf wedi&apos;u barnu</translation>
    </message>
    <message>
        <source>Criteria holding the school back</source>
        <translation>Meini prawf sy&apos;n dal yr ysgol yn ôl</translation>
    </message>
    <message>
        <source>Award the school holds</source>
        <translation>Y dyfarniad sydd gan yr ysgol</translation>
    </message>
    <message>
        <source>Award &amp;held:</source>
        <translation>Dyfarniad a &amp;ddelir:</translation>
    </message>
    <message>
        <source>Date of the award</source>
        <translation>Dyddiad y dyfarniad</translation>
    </message>
    <message>
        <source>awarded &amp;on</source>
        <translation>dyfarnwyd &amp;ar</translation>
    </message>
    <message>
        <source>Reassessment due</source>
        <translation>Ailasesiad yn ddyledus</translation>
    </message>
    <message>
        <source>Reached:</source>
        <translation>Wedi cyrraedd:</translation>
    </message>
    <message>
        <source>Held back by:</source>
        <translation>Yn cael ei dal yn ôl gan:</translation>
    </message>
    <message>
        <source>Filter criteria</source>
        <translation>Hidlo meini prawf</translation>
    </message>
    <message>
        <source>Filter the criteria</source>
        <translation>Hidlo&apos;r meini prawf</translation>
    </message>
    <message>
        <source>Complete or correct the wording of the framework</source>
        <translation>Cwblhau neu gywiro geiriad y fframwaith</translation>
    </message>
    <message>
        <source>Enter the official wording of criteria and Lead Practitioner standards from the scheme&apos;s documents, or import a framework file</source>
        <translation>Rhowch eiriad swyddogol meini prawf a safonau Lead Practitioner o ddogfennau&apos;r cynllun, neu mewnforiwch ffeil fframwaith</translation>
    </message>
    <message>
        <source>RACE Charter Mark criteria by section</source>
        <translation>Meini prawf RACE Charter Mark fesul adran</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Heb ei farnu eto</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Start using the RACE Charter Mark in this school file</source>
        <translation>Dechrau defnyddio&apos;r RACE Charter Mark yn y ffeil ysgol hon</translation>
    </message>
    <message>
        <source>Open a school file to see its RACE Charter Mark self-evaluation.</source>
        <translation>Agorwch ffeil ysgol i weld ei hunanwerthusiad RACE Charter Mark.</translation>
    </message>
    <message>
        <source>This school file does not use the RACE Charter Mark yet.

The RACE Charter Mark self-evaluation judges the school against the charter&apos;s criteria, links the evidence, raises actions into the same action plan as the Equality Mark and shows the award level the school is working towards. Lead Practitioner portfolios map their evidence of impact to the same criteria.

Start using it to add the criteria that are public to this file; the school can enter the rest from the official documents.</source>
        <translation>Nid yw&apos;r ffeil ysgol hon yn defnyddio&apos;r RACE Charter Mark eto.

Mae hunanwerthusiad y RACE Charter Mark yn barnu&apos;r ysgol yn erbyn meini prawf y siarter, yn cysylltu&apos;r dystiolaeth, yn codi camau gweithredu yn yr un cynllun gweithredu â&apos;r Marc Cydraddoldeb ac yn dangos y lefel dyfarniad y mae&apos;r ysgol yn gweithio tuag ati. Mae portffolios Lead Practitioner yn mapio eu tystiolaeth o effaith i&apos;r un meini prawf.

Dechreuwch ei ddefnyddio i ychwanegu&apos;r meini prawf sy&apos;n gyhoeddus i&apos;r ffeil hon; gall yr ysgol roi&apos;r gweddill o&apos;r dogfennau swyddogol.</translation>
    </message>
    <message>
        <source>The next level up</source>
        <translation>Y lefel nesaf i fyny</translation>
    </message>
    <message>
        <source>No award yet</source>
        <translation>Dim dyfarniad eto</translation>
    </message>
    <message>
        <source>%1 needs every criterion at %2 or above</source>
        <translation>Mae %1 yn gofyn am bob maen prawf ar %2 neu&apos;n uwch</translation>
    </message>
    <message>
        <source>The rubric is Equimark&apos;s own self-evaluation aid, not the official RACE Charter Mark assessment; the framework sets no award rule.</source>
        <translation>Cymorth Equimark ei hun ar gyfer yr hunanwerthusiad yw&apos;r gyfeireb, nid asesiad swyddogol y RACE Charter Mark; nid yw&apos;r fframwaith yn gosod rheol dyfarnu.</translation>
    </message>
    <message>
        <source>The rubric and the award rule (%1) are Equimark&apos;s own working aids, not the official RACE Charter Mark assessment. Criteria whose wording is not entered yet are left out.</source>
        <translation>Cymhorthion gwaith Equimark ei hun yw&apos;r gyfeireb a&apos;r rheol dyfarnu (%1), nid asesiad swyddogol y RACE Charter Mark. Mae meini prawf nad yw eu geiriad wedi&apos;i nodi eto wedi&apos;u hepgor.</translation>
    </message>
    <message>
        <source>The next level up (%1)</source>
        <translation>Y lefel nesaf i fyny (%1)</translation>
    </message>
    <message>
        <source>No award level yet</source>
        <translation>Dim lefel dyfarniad eto</translation>
    </message>
    <message>
        <source>%1 of %2 criteria judged</source>
        <translation>%1 o %2 maen prawf wedi&apos;u barnu</translation>
    </message>
    <message>
        <source>The framework defines no award levels.</source>
        <translation>Nid yw&apos;r fframwaith yn diffinio lefelau dyfarniad.</translation>
    </message>
    <message>
        <source>No criterion has its wording entered yet, so none can be judged.</source>
        <translation>Nid oes geiriad wedi&apos;i nodi ar gyfer unrhyw faen prawf eto, felly nid oes modd barnu&apos;r un ohonynt.</translation>
    </message>
    <message>
        <source>Nothing: every criterion meets what %1 needs.</source>
        <translation>Dim: mae pob maen prawf yn bodloni gofynion %1.</translation>
    </message>
    <message>
        <source>%1 (below what %2 needs; choose one to judge it)</source>
        <translation>%1 (islaw gofynion %2; dewiswch un i&apos;w farnu)</translation>
    </message>
    <message>
        <source>No criterion holds the school back</source>
        <translation>Nid oes maen prawf yn dal yr ysgol yn ôl</translation>
    </message>
    <message>
        <source>Criteria holding the school back from %1: %2</source>
        <translation>Meini prawf sy&apos;n dal yr ysgol yn ôl rhag %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Reassessment is due %n year(s) after an award.</source>
        <translation>
            <numerusform>Mae ailasesiad yn ddyledus %n blynedd ar ôl dyfarniad.</numerusform>
            <numerusform>Mae ailasesiad yn ddyledus %n flwyddyn ar ôl dyfarniad.</numerusform>
            <numerusform>Mae ailasesiad yn ddyledus %n flynedd ar ôl dyfarniad.</numerusform>
            <numerusform>Mae ailasesiad yn ddyledus %n mlynedd ar ôl dyfarniad.</numerusform>
            <numerusform>Mae ailasesiad yn ddyledus %n blynedd ar ôl dyfarniad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassessment due %1 (in %2)</source>
        <translation>Ailasesiad yn ddyledus %1 (ymhen %2)</translation>
    </message>
    <message>
        <source>Reassessment was due %1 (%2 ago)</source>
        <translation>Roedd ailasesiad yn ddyledus %1 (%2 yn ôl)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n ddiwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n fis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n blynedd</numerusform>
            <numerusform>%n flwyddyn</numerusform>
            <numerusform>%n flynedd</numerusform>
            <numerusform>%n mlynedd</numerusform>
            <numerusform>%n blynedd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>RACE Charter</source>
        <translation>RACE Charter</translation>
    </message>
    <message>
        <source>The RACE Charter Mark level the school is aiming for</source>
        <translation>Lefel y RACE Charter Mark y mae&apos;r ysgol yn anelu ati</translation>
    </message>
    <message>
        <source>The level the school was awarded, if it holds one</source>
        <translation>Y lefel a ddyfarnwyd i&apos;r ysgol, os oes ganddi un</translation>
    </message>
    <message>
        <source>Every criterion with the level reached; choose one to judge it on the right</source>
        <translation>Pob maen prawf gyda&apos;r lefel a gyrhaeddwyd; dewiswch un i&apos;w farnu ar y dde</translation>
    </message>
</context>
<context>
    <name>equimark::RaiseActionDialog</name>
    <message>
        <source>&amp;Due by:</source>
        <translation>E&amp;rbyn:</translation>
    </message>
    <message>
        <source>Title of the action</source>
        <translation>Teitl y cam gweithredu</translation>
    </message>
    <message>
        <source>What the school will do, as the action plan lists it</source>
        <translation>Beth fydd yr ysgol yn ei wneud, fel y mae&apos;r cynllun gweithredu yn ei restru</translation>
    </message>
    <message>
        <source>Owner of the action</source>
        <translation>Perchennog y cam gweithredu</translation>
    </message>
    <message>
        <source>Who leads the action; may stay empty for now</source>
        <translation>Pwy sy&apos;n arwain y cam gweithredu; gellir ei adael yn wag am y tro</translation>
    </message>
    <message>
        <source>The action has a due date</source>
        <translation>Mae gan y cam gweithredu ddyddiad cwblhau</translation>
    </message>
    <message>
        <source>Tick to give the action a date it is due by</source>
        <translation>Ticiwch i roi dyddiad cwblhau i&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>Due date of the action</source>
        <translation>Dyddiad cwblhau&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>The date the action is due by</source>
        <translation>Y dyddiad erbyn pryd y dylid cwblhau&apos;r cam gweithredu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Perchennog:</translation>
    </message>
    <message>
        <source>Add to Action Plan</source>
        <translation>Ychwanegu at y cynllun gweithredu</translation>
    </message>
</context>
<context>
    <name>equimark::RatingTableModel</name>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Cyfranogwr</translation>
    </message>
    <message>
        <source>Before (1–5)</source>
        <translation>Cyn (1–5)</translation>
    </message>
    <message>
        <source>After (1–5)</source>
        <translation>Ar ôl (1–5)</translation>
    </message>
</context>
<context>
    <name>equimark::ReferenceGroupPage</name>
    <message>
        <source>1 senior leader</source>
        <translation>1 uwch arweinydd</translation>
    </message>
    <message>
        <source>%1 senior leaders</source>
        <translation>%1 uwch arweinydd</translation>
    </message>
    <message>
        <source>1 teacher</source>
        <translation>1 athro</translation>
    </message>
    <message>
        <source>%1 teachers</source>
        <translation>%1 athro</translation>
    </message>
    <message>
        <source>1 member of support staff</source>
        <translation>1 aelod o staff cymorth</translation>
    </message>
    <message>
        <source>%1 support staff</source>
        <translation>%1 aelod o staff cymorth</translation>
    </message>
    <message>
        <source>1 governor</source>
        <translation>1 llywodraethwr</translation>
    </message>
    <message>
        <source>%1 governors</source>
        <translation>%1 llywodraethwr</translation>
    </message>
    <message>
        <source>1 parent or carer</source>
        <translation>1 rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>%1 parents or carers</source>
        <translation>%1 rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>1 pupil</source>
        <translation>1 disgybl</translation>
    </message>
    <message>
        <source>%1 pupils</source>
        <translation>%1 disgybl</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 arall</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 arall</translation>
    </message>
    <message>
        <source>teachers</source>
        <translation>athrawon</translation>
    </message>
    <message>
        <source>support staff</source>
        <translation>staff cymorth</translation>
    </message>
    <message>
        <source>governors</source>
        <translation>llywodraethwyr</translation>
    </message>
    <message>
        <source>parents or carers</source>
        <translation>rhieni neu ofalwyr</translation>
    </message>
    <message>
        <source>Equality Reference Group</source>
        <translation>Grŵp Cyfeirio Cydraddoldeb</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>The group has no senior leader. It is essential that the group includes a member of the senior leadership team: add one below, or change a member&apos;s role to Senior leader.</source>
        <translation>Nid oes gan y grŵp uwch arweinydd. Mae&apos;n hanfodol bod y grŵp yn cynnwys aelod o&apos;r uwch dîm arwain: ychwanegwch un isod, neu newidiwch rôl aelod i Uwch arweinydd.</translation>
    </message>
    <message>
        <source>Warning: the group has no senior leader</source>
        <translation>Rhybudd: nid oes gan y grŵp uwch arweinydd</translation>
    </message>
    <message>
        <source>Meeting &amp;frequency:</source>
        <translation>&amp;Amlder cyfarfodydd:</translation>
    </message>
    <message>
        <source>e.g. Once every half term</source>
        <translation>e.e. Unwaith bob hanner tymor</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation>Amlder cyfarfodydd</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>Name of the new member</source>
        <translation>Enw&apos;r aelod newydd</translation>
    </message>
    <message>
        <source>Role of the new member</source>
        <translation>Rôl yr aelod newydd</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>&amp;Ychwanegu aelod</translation>
    </message>
    <message>
        <source>Add the person named to the group, joining today</source>
        <translation>Ychwanegu&apos;r person a enwyd at y grŵp, gan ymuno heddiw</translation>
    </message>
    <message>
        <source>Members of the reference group</source>
        <translation>Aelodau&apos;r grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Double-click a cell to change it. A member who steps down keeps their record: set the date they left.</source>
        <translation>Cliciwch ddwywaith ar gell i&apos;w newid. Mae aelod sy&apos;n rhoi&apos;r gorau iddi yn cadw ei gofnod: gosodwch y dyddiad y gadawodd.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove the selected members and their attendance (Delete)</source>
        <translation>Tynnu&apos;r aelodau a ddewiswyd a&apos;u presenoldeb (Delete)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cyfarfodydd</translation>
    </message>
    <message>
        <source>Meetings of the reference group</source>
        <translation>Cyfarfodydd y grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Add &amp;meeting</source>
        <translation>Ychwanegu &amp;cyfarfod</translation>
    </message>
    <message>
        <source>Record a meeting held today; change its date below</source>
        <translation>Cofnodi cyfarfod a gynhaliwyd heddiw; newidiwch ei ddyddiad isod</translation>
    </message>
    <message>
        <source>Remo&amp;ve meeting</source>
        <translation>&amp;Tynnu cyfarfod</translation>
    </message>
    <message>
        <source>Select a meeting to see who came and what was decided.</source>
        <translation>Dewiswch gyfarfod i weld pwy ddaeth a beth a benderfynwyd.</translation>
    </message>
    <message>
        <source>Date of the meeting</source>
        <translation>Dyddiad y cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Members who attended</source>
        <translation>Aelodau a oedd yn bresennol</translation>
    </message>
    <message>
        <source>A&amp;ttended:</source>
        <translation>Yn &amp;bresennol:</translation>
    </message>
    <message>
        <source>Notes of the meeting</source>
        <translation>Nodiadau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Decisions of the meeting</source>
        <translation>Penderfyniadau&apos;r cyfarfod</translation>
    </message>
    <message>
        <source>D&amp;ecisions:</source>
        <translation>&amp;Penderfyniadau:</translation>
    </message>
    <message>
        <source>Reference group</source>
        <translation>Grŵp cyfeirio</translation>
    </message>
    <message>
        <source>The group has no members yet. The programme recommends a range of people: a senior leader, teachers, support staff, governors, parents and carers, and possibly pupils.</source>
        <translation>Nid oes gan y grŵp aelodau eto. Mae&apos;r rhaglen yn argymell amrywiaeth o bobl: uwch arweinydd, athrawon, staff cymorth, llywodraethwyr, rhieni a gofalwyr, a disgyblion o bosibl.</translation>
    </message>
    <message>
        <source>1 current member: %1.</source>
        <translation>1 aelod presennol: %1.</translation>
    </message>
    <message>
        <source>%1 current members: %2.</source>
        <translation>%1 aelod presennol: %2.</translation>
    </message>
    <message>
        <source>The programme recommends a range of people; not yet on the group: %1.</source>
        <translation>Mae&apos;r rhaglen yn argymell amrywiaeth o bobl; heb fod ar y grŵp eto: %1.</translation>
    </message>
    <message>
        <source>Remove %1 members</source>
        <translation>Tynnu %1 aelod</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 attended</source>
        <translation>%1 o %2 yn bresennol</translation>
    </message>
    <message>
        <source>The part the new member plays in the school</source>
        <translation>Y rôl sydd gan yr aelod newydd yn yr ysgol</translation>
    </message>
    <message>
        <source>Everyone in the group, with role and dates; double-click or press F2 to change a cell</source>
        <translation>Pawb yn y grŵp, gyda&apos;u rôl a&apos;u dyddiadau; cliciwch ddwywaith neu bwyswch F2 i newid cell</translation>
    </message>
    <message>
        <source>Every meeting of the group; choose one to see and change its details below</source>
        <translation>Holl gyfarfodydd y grŵp; dewiswch un i weld a newid ei fanylion isod</translation>
    </message>
    <message>
        <source>Remove the chosen meeting and its attendance (Delete)</source>
        <translation>Tynnu&apos;r cyfarfod a ddewiswyd a&apos;i bresenoldeb (Delete)</translation>
    </message>
    <message>
        <source>The day the group met</source>
        <translation>Y diwrnod y cyfarfu&apos;r grŵp</translation>
    </message>
    <message>
        <source>Tick each member who came; press Space to tick or untick</source>
        <translation>Ticiwch bob aelod a ddaeth; pwyswch Space i roi neu dynnu tic</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Beth a drafodwyd</translation>
    </message>
    <message>
        <source>What the group decided, and who will do what</source>
        <translation>Beth a benderfynodd y grŵp, a phwy fydd yn gwneud beth</translation>
    </message>
</context>
<context>
    <name>equimark::ReflectionsEditor</name>
    <message>
        <source>Your answer, in your own words</source>
        <translation>Eich ateb, yn eich geiriau eich hun</translation>
    </message>
    <message>
        <source>Choose a portfolio to answer its reflective questions.</source>
        <translation>Dewiswch bortffolio i ateb ei gwestiynau myfyriol.</translation>
    </message>
    <message>
        <source>The framework of this portfolio has no reflective questions.</source>
        <translation>Nid oes gan fframwaith y portffolio hwn gwestiynau myfyriol.</translation>
    </message>
    <message>
        <source>The questions aspiring Lead Practitioners ask themselves. Answers are saved as you type.</source>
        <translation>Y cwestiynau y mae darpar Lead Practitioners yn eu gofyn iddynt eu hunain. Caiff yr atebion eu cadw wrth i chi deipio.</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot;</source>
        <translation>Ateb &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Answer the reflective questions</source>
        <translation>Ateb y cwestiynau myfyriol</translation>
    </message>
</context>
<context>
    <name>equimark::ReportDialog</name>
    <message>
        <source>&amp;Strand:</source>
        <translation>&amp;Llinyn:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatws:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grwpio yn ôl:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Ymweliad:</translation>
    </message>
    <message>
        <source>P&amp;ractitioner:</source>
        <translation>Y&amp;marferydd:</translation>
    </message>
    <message>
        <source>P&amp;ortfolio:</source>
        <translation>P&amp;ortffolio:</translation>
    </message>
    <message>
        <source>Export a report as PDF</source>
        <translation>Allforio adroddiad fel PDF</translation>
    </message>
    <message>
        <source>Print a report</source>
        <translation>Argraffu adroddiad</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Adroddiad</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grwpio yn ôl</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Blwyddyn academaidd</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portffolio</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Adroddiad:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>A&amp;llforio PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Ra&amp;golwg…</translation>
    </message>
    <message>
        <source>All strands</source>
        <translation>Pob llinyn</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>porth %1</translation>
    </message>
    <message>
        <source>no gateway chosen</source>
        <translation>dim porth wedi&apos;i ddewis</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Allforio PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Rhagolwg argraffu — %1</translation>
    </message>
    <message>
        <source>The strand the report covers</source>
        <translation>Y llinyn y mae&apos;r adroddiad yn ymdrin ag ef</translation>
    </message>
    <message>
        <source>Only the actions with this status</source>
        <translation>Dim ond y camau gweithredu sydd â&apos;r statws hwn</translation>
    </message>
    <message>
        <source>How the actions are grouped in the report</source>
        <translation>Sut y caiff y camau gweithredu eu grwpio yn yr adroddiad</translation>
    </message>
    <message>
        <source>The academic year of the audit or summary grid</source>
        <translation>Blwyddyn academaidd yr archwiliad neu&apos;r grid crynodeb</translation>
    </message>
    <message>
        <source>The visit the report is about</source>
        <translation>Yr ymweliad y mae&apos;r adroddiad yn ei gylch</translation>
    </message>
    <message>
        <source>The Lead Practitioner whose portfolio is printed</source>
        <translation>Y Lead Practitioner y caiff ei bortffolio ei argraffu</translation>
    </message>
    <message>
        <source>Which of the practitioner&apos;s portfolios is printed</source>
        <translation>Pa un o bortffolios yr ymarferydd a gaiff ei argraffu</translation>
    </message>
    <message>
        <source>Choose where to save the report as a PDF</source>
        <translation>Dewiswch ble i gadw&apos;r adroddiad fel PDF</translation>
    </message>
    <message>
        <source>Choose a printer and print the report</source>
        <translation>Dewiswch argraffydd ac argraffu&apos;r adroddiad</translation>
    </message>
    <message>
        <source>Show the report&apos;s pages before printing</source>
        <translation>Dangos tudalennau&apos;r adroddiad cyn argraffu</translation>
    </message>
    <message>
        <source>Which report to make</source>
        <translation>Pa adroddiad i&apos;w wneud</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Tan:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>The first day of the period the training coverage covers</source>
        <translation>Diwrnod cyntaf y cyfnod y mae&apos;r cwmpas hyfforddiant yn ymdrin ag ef</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Cyfnod tan</translation>
    </message>
    <message>
        <source>The last day of the period the training coverage covers</source>
        <translation>Diwrnod olaf y cyfnod y mae&apos;r cwmpas hyfforddiant yn ymdrin ag ef</translation>
    </message>
</context>
<context>
    <name>equimark::SchoolDetailsDialog</name>
    <message>
        <source>School details</source>
        <translation>Manylion yr ysgol</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Enw&apos;r ysgol</translation>
    </message>
    <message>
        <source>Unique Reference Number</source>
        <translation>Cyfeirnod Unigryw</translation>
    </message>
    <message>
        <source>Local authority</source>
        <translation>Awdurdod lleol</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>No support package</source>
        <translation>Dim pecyn cymorth</translation>
    </message>
    <message>
        <source>Support package</source>
        <translation>Pecyn cymorth</translation>
    </message>
    <message>
        <source>Year of the support package</source>
        <translation>Blwyddyn y pecyn cymorth</translation>
    </message>
    <message>
        <source>What the package includes</source>
        <translation>Beth sydd yn y pecyn</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Enw&apos;r ysgol:</translation>
    </message>
    <message>
        <source>&amp;URN:</source>
        <translation>&amp;URN:</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;Local authority:</source>
        <translation>&amp;Awdurdod lleol:</translation>
    </message>
    <message>
        <source>Support &amp;package:</source>
        <translation>&amp;Pecyn cymorth:</translation>
    </message>
    <message>
        <source>Package &amp;year:</source>
        <translation>B&amp;lwyddyn y pecyn:</translation>
    </message>
    <message>
        <source>The school has not taken a support package.</source>
        <translation>Nid yw&apos;r ysgol wedi cymryd pecyn cymorth.</translation>
    </message>
    <message>
        <source>%1 package for a %2 school: £%3 a year.</source>
        <translation>Pecyn %1 ar gyfer ysgol %2: £%3 y flwyddyn.</translation>
    </message>
    <message>
        <source>The school&apos;s name as it appears on reports</source>
        <translation>Enw&apos;r ysgol fel y mae&apos;n ymddangos ar adroddiadau</translation>
    </message>
    <message>
        <source>The six-digit number the Department for Education gives the school (optional)</source>
        <translation>Y rhif chwe digid y mae&apos;r Adran Addysg yn ei roi i&apos;r ysgol (dewisol)</translation>
    </message>
    <message>
        <source>The local authority the school belongs to</source>
        <translation>Yr awdurdod lleol y mae&apos;r ysgol yn perthyn iddo</translation>
    </message>
    <message>
        <source>The school&apos;s phase: nursery, primary, special, short stay, secondary or all-through</source>
        <translation>Cyfnod yr ysgol: meithrin, cynradd, arbennig, arhosiad byr, uwchradd neu bob oed</translation>
    </message>
    <message>
        <source>The support package the school has bought for the year: what the advisor provides</source>
        <translation>Y pecyn cymorth y mae&apos;r ysgol wedi&apos;i brynu ar gyfer y flwyddyn: yr hyn y mae&apos;r cynghorydd yn ei ddarparu</translation>
    </message>
    <message>
        <source>The academic year the support package is for</source>
        <translation>Y flwyddyn academaidd y mae&apos;r pecyn cymorth ar ei chyfer</translation>
    </message>
</context>
<context>
    <name>equimark::SchoolDocument</name>
    <message>
        <source>Add action &quot;%1&quot;</source>
        <translation>Ychwanegu cam gweithredu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Atodi %1</translation>
    </message>
    <message>
        <source>Add evidence &quot;%1&quot;</source>
        <translation>Ychwanegu tystiolaeth &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Start using the Equality Mark</source>
        <translation>Dechrau defnyddio&apos;r Marc Cydraddoldeb</translation>
    </message>
    <message>
        <source>Start using the RACE Charter Mark</source>
        <translation>Dechrau defnyddio&apos;r RACE Charter Mark</translation>
    </message>
    <message>
        <source>Start using the ambitions framework</source>
        <translation>Dechrau defnyddio&apos;r fframwaith uchelgeisiau</translation>
    </message>
    <message>
        <source>Add evidence of impact &quot;%1&quot;</source>
        <translation>Ychwanegu tystiolaeth o effaith &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add the meeting of %1</source>
        <translation>Ychwanegu cyfarfod %1</translation>
    </message>
    <message>
        <source>Add %1 to the reference group</source>
        <translation>Ychwanegu %1 at y grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Start portfolio &quot;%1&quot;</source>
        <translation>Dechrau portffolio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Add practitioner %1</source>
        <translation>Ychwanegu ymarferydd %1</translation>
    </message>
    <message>
        <source>Add progress note</source>
        <translation>Ychwanegu nodyn cynnydd</translation>
    </message>
    <message>
        <source>Start the %1 accreditation summary</source>
        <translation>Dechrau crynodeb achredu %1</translation>
    </message>
    <message>
        <source>Delegate to %1</source>
        <translation>Dirprwyo i %1</translation>
    </message>
    <message>
        <source>Change a network meeting</source>
        <translation>Newid cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>Remove a network meeting</source>
        <translation>Tynnu cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>Add a network meeting</source>
        <translation>Ychwanegu cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>Raise action &quot;%1&quot; for RACE Charter criterion %2</source>
        <translation>Creu cam gweithredu &quot;%1&quot; ar gyfer maen prawf RACE Charter %2</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Tynnu cam gweithredu</translation>
    </message>
    <message>
        <source>Remove action &quot;%1&quot;</source>
        <translation>Tynnu cam gweithredu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove attachment %1</source>
        <translation>Tynnu atodiad %1</translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation>Tynnu dirprwyaeth</translation>
    </message>
    <message>
        <source>That section of the audit is not delegated.</source>
        <translation>Nid yw&apos;r adran honno o&apos;r archwiliad wedi&apos;i dirprwyo.</translation>
    </message>
    <message>
        <source>Remove evidence &quot;%1&quot;</source>
        <translation>Tynnu tystiolaeth &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove evidence of impact</source>
        <translation>Tynnu tystiolaeth o effaith</translation>
    </message>
    <message>
        <source>Remove evidence of impact &quot;%1&quot;</source>
        <translation>Tynnu tystiolaeth o effaith &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove a meeting</source>
        <translation>Tynnu cyfarfod</translation>
    </message>
    <message>
        <source>Remove %1 from the reference group</source>
        <translation>Tynnu %1 o&apos;r grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Remove portfolio</source>
        <translation>Tynnu portffolio</translation>
    </message>
    <message>
        <source>Remove portfolio &quot;%1&quot;</source>
        <translation>Tynnu portffolio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove practitioner</source>
        <translation>Tynnu ymarferydd</translation>
    </message>
    <message>
        <source>Remove practitioner %1</source>
        <translation>Tynnu ymarferydd %1</translation>
    </message>
    <message>
        <source>Remove progress note</source>
        <translation>Tynnu nodyn cynnydd</translation>
    </message>
    <message>
        <source>That progress note is no longer in the file.</source>
        <translation>Nid yw&apos;r nodyn cynnydd hwnnw yn y ffeil mwyach.</translation>
    </message>
    <message>
        <source>Change the wording of %1</source>
        <translation>Newid geiriad %1</translation>
    </message>
    <message>
        <source>Change the RACE Charter Mark award</source>
        <translation>Newid dyfarniad y RACE Charter Mark</translation>
    </message>
    <message>
        <source>Judge RACE Charter criterion %1</source>
        <translation>Barnu maen prawf RACE Charter %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Change grid cell %1</source>
        <translation>Newid cell grid %1</translation>
    </message>
    <message>
        <source>Agree %1 as %2</source>
        <translation>Cytuno ar %1 fel %2</translation>
    </message>
    <message>
        <source>Judge %1 as %2</source>
        <translation>Barnu %1 fel %2</translation>
    </message>
    <message>
        <source>Start the %1 audit</source>
        <translation>Dechrau archwiliad %1</translation>
    </message>
    <message>
        <source>Verify the accreditation summary</source>
        <translation>Dilysu&apos;r crynodeb achredu</translation>
    </message>
    <message>
        <source>Return the accreditation summary to the school</source>
        <translation>Dychwelyd y crynodeb achredu i&apos;r ysgol</translation>
    </message>
    <message>
        <source>Withdraw the verification</source>
        <translation>Tynnu&apos;r dilysiad yn ôl</translation>
    </message>
    <message>
        <source>Submit the accreditation summary</source>
        <translation>Cyflwyno&apos;r crynodeb achredu</translation>
    </message>
    <message>
        <source>Change evidence &quot;%1&quot;</source>
        <translation>Newid tystiolaeth &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change evidence of impact &quot;%1&quot;</source>
        <translation>Newid tystiolaeth o effaith &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change the meeting of %1</source>
        <translation>Newid cyfarfod %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Change portfolio &quot;%1&quot;</source>
        <translation>Newid portffolio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Change practitioner %1</source>
        <translation>Newid ymarferydd %1</translation>
    </message>
    <message>
        <source>Change school details</source>
        <translation>Newid manylion yr ysgol</translation>
    </message>
    <message>
        <source>Edit the %1 accreditation summary</source>
        <translation>Golygu crynodeb achredu %1</translation>
    </message>
    <message>
        <source>Change a visit</source>
        <translation>Newid ymweliad</translation>
    </message>
    <message>
        <source>Remove a visit</source>
        <translation>Tynnu ymweliad</translation>
    </message>
    <message>
        <source>Add a visit</source>
        <translation>Ychwanegu ymweliad</translation>
    </message>
    <message>
        <source>This school file is open read-only (%1); the change was not saved.</source>
        <translation>Mae&apos;r ffeil ysgol hon ar agor i&apos;w darllen yn unig (%1); ni chadwyd y newid.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n outcome figure(s)</source>
        <translation>
            <numerusform>Mewnforio %n ffigur canlyniad</numerusform>
            <numerusform>Mewnforio %n ffigur canlyniad</numerusform>
            <numerusform>Mewnforio %n ffigur canlyniad</numerusform>
            <numerusform>Mewnforio %n ffigur canlyniad</numerusform>
            <numerusform>Mewnforio %n ffigur canlyniad</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the national figure</source>
        <translation>Gosod y ffigur cenedlaethol</translation>
    </message>
    <message>
        <source>Set the threshold for small numbers</source>
        <translation>Gosod y trothwy ar gyfer niferoedd bach</translation>
    </message>
    <message>
        <source>Raise action &quot;%1&quot; for ambition criterion %2</source>
        <translation>Creu cam gweithredu &quot;%1&quot; ar gyfer maen prawf uchelgais %2</translation>
    </message>
    <message>
        <source>Judge ambition criterion %1 for %2</source>
        <translation>Barnu maen prawf uchelgais %1 ar gyfer %2</translation>
    </message>
</context>
<context>
    <name>equimark::StandardAssessmentModel</name>
    <message>
        <source>Other standards</source>
        <translation>Safonau eraill</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The wording of this standard is not public. Enter it from the official LP booklet on the RACE Charter page.</source>
        <translation>Nid yw geiriad y safon hon yn gyhoeddus. Rhowch ef o&apos;r llyfryn LP swyddogol ar y dudalen RACE Charter.</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Heb ei asesu eto</translation>
    </message>
    <message>
        <source>Your own rating on Equimark&apos;s scale (not yet, developing, secure, strength); it is not an official SSAT scale. Double-click to change.</source>
        <translation>Eich sgôr eich hun ar raddfa Equimark (ddim eto, yn datblygu, cadarn, cryfder); nid yw&apos;n raddfa swyddogol SSAT. Cliciwch ddwywaith i&apos;w newid.</translation>
    </message>
    <message>
        <source>LP standard</source>
        <translation>Safon LP</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Hunanasesiad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Rate %1 as %2</source>
        <translation>Rhoi sgôr %2 i %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>heb ei asesu</translation>
    </message>
    <message>
        <source>Change the note on %1</source>
        <translation>Newid y nodyn ar %1</translation>
    </message>
</context>
<context>
    <name>equimark::StatementEditor</name>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Y llynedd</translation>
    </message>
    <message>
        <source>Rate %1</source>
        <translation>Rhoi sgôr i %1</translation>
    </message>
    <message>
        <source>%1 (keys in the statement list: %2)</source>
        <translation>%1 (bysellau yn y rhestr datganiadau: %2)</translation>
    </message>
    <message>
        <source>Keys in the statement list: %1</source>
        <translation>Bysellau yn y rhestr datganiadau: %1</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nodyn tystiolaeth</translation>
    </message>
    <message>
        <source>Evidence for this judgement: what you saw, where it is kept, who to ask. Saved when you leave the box or press Ctrl+Return.</source>
        <translation>Tystiolaeth ar gyfer y farn hon: beth a welsoch, ble mae&apos;n cael ei chadw, pwy i&apos;w holi. Caiff ei chadw pan fyddwch yn gadael y blwch neu&apos;n pwyso Ctrl+Return.</translation>
    </message>
    <message>
        <source>Evidence &amp;note:</source>
        <translation>&amp;Nodyn tystiolaeth:</translation>
    </message>
    <message>
        <source>Choose a statement in the list to judge it.</source>
        <translation>Dewiswch ddatganiad yn y rhestr i&apos;w farnu.</translation>
    </message>
    <message>
        <source>The framework gives no guidance for this statement.</source>
        <translation>Nid yw&apos;r fframwaith yn rhoi canllawiau ar gyfer y datganiad hwn.</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>Y llynedd: %1</translation>
    </message>
    <message>
        <source>Last year: no judgement</source>
        <translation>Y llynedd: dim barn</translation>
    </message>
    <message>
        <source>Judged by %1, %2</source>
        <translation>Barnwyd gan %1, %2</translation>
    </message>
    <message>
        <source>Not yet judged.</source>
        <translation>Heb ei farnu eto.</translation>
    </message>
    <message>
        <source>What the school has done, and where the evidence for it can be found</source>
        <translation>Beth mae&apos;r ysgol wedi&apos;i wneud, a ble gellir dod o hyd i&apos;r dystiolaeth ar ei gyfer</translation>
    </message>
</context>
<context>
    <name>equimark::StatementListModel</name>
    <message>
        <source>Last year: %1</source>
        <translation>Y llynedd: %1</translation>
    </message>
    <message>
        <source>Judged by %1 on %2</source>
        <translation>Barnwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Datganiad</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Y llynedd</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Barnwyd gan</translation>
    </message>
</context>
<context>
    <name>equimark::StrandBadgeWidget</name>
    <message>
        <source>%1 badge</source>
        <translation>Bathodyn %1</translation>
    </message>
    <message>
        <source>%1: %2. Click to open its accreditation summary.</source>
        <translation>%1: %2. Cliciwch i agor ei grynodeb achredu.</translation>
    </message>
</context>
<context>
    <name>equimark::SummaryEditor</name>
    <message>
        <source>Summary status</source>
        <translation>Statws y crynodeb</translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation>&amp;Cyflwyno…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Dilysu…</translation>
    </message>
    <message>
        <source>&amp;Return to school…</source>
        <translation>Dyc&amp;hwelyd i&apos;r ysgol…</translation>
    </message>
    <message>
        <source>&amp;Withdraw verification…</source>
        <translation>&amp;Tynnu&apos;r dilysiad yn ôl…</translation>
    </message>
    <message>
        <source>&amp;Start a summary</source>
        <translation>&amp;Dechrau crynodeb</translation>
    </message>
    <message>
        <source>Start a summary</source>
        <translation>Dechrau crynodeb</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Deilliannau a gyflawnwyd</translation>
    </message>
    <message>
        <source>What changed for pupils, staff and families because of the actions taken?</source>
        <translation>Beth newidiodd i ddisgyblion, staff a theuluoedd oherwydd y camau a gymerwyd?</translation>
    </message>
    <message>
        <source>Measurable results</source>
        <translation>Canlyniadau mesuradwy</translation>
    </message>
    <message>
        <source>Figures that show the change: survey results, attendance, incidents...</source>
        <translation>Ffigurau sy&apos;n dangos y newid: canlyniadau arolygon, presenoldeb, digwyddiadau...</translation>
    </message>
    <message>
        <source>Statement from the reference group</source>
        <translation>Datganiad gan y grŵp cyfeirio</translation>
    </message>
    <message>
        <source>The Equality Reference Group&apos;s view of the strand.</source>
        <translation>Barn y Grŵp Cyfeirio Cydraddoldeb am y llinyn.</translation>
    </message>
    <message>
        <source>&amp;Outcomes achieved</source>
        <translation>D&amp;eilliannau a gyflawnwyd</translation>
    </message>
    <message>
        <source>&amp;Measurable results</source>
        <translation>Canlyniadau &amp;mesuradwy</translation>
    </message>
    <message>
        <source>Statement from the reference &amp;group</source>
        <translation>Datganiad gan y &amp;grŵp cyfeirio</translation>
    </message>
    <message>
        <source>Actions taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>&amp;Actions taken (tick those reported)</source>
        <translation>&amp;Y camau a gymerwyd (ticiwch y rhai a adroddwyd)</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Tystiolaeth gysylltiedig</translation>
    </message>
    <message>
        <source>Linked &amp;evidence</source>
        <translation>&amp;Tystiolaeth gysylltiedig</translation>
    </message>
    <message>
        <source>Summary grid movement since the first audit</source>
        <translation>Newid yn y grid crynodeb ers yr archwiliad cyntaf</translation>
    </message>
    <message>
        <source>Summary grid since the first audit</source>
        <translation>Y grid crynodeb ers yr archwiliad cyntaf</translation>
    </message>
    <message>
        <source>Submit the summary</source>
        <translation>Cyflwyno&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Verify the summary</source>
        <translation>Dilysu&apos;r crynodeb</translation>
    </message>
    <message>
        <source>Return the summary to the school</source>
        <translation>Dychwelyd y crynodeb i&apos;r ysgol</translation>
    </message>
    <message>
        <source>Withdraw the verification</source>
        <translation>Tynnu&apos;r dilysiad yn ôl</translation>
    </message>
    <message>
        <source>%1 strand</source>
        <translation>Llinyn %1</translation>
    </message>
    <message>
        <source>Choose a strand</source>
        <translation>Dewiswch linyn</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Effaith: %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elfen</translation>
    </message>
    <message>
        <source>First audit</source>
        <translation>Archwiliad cyntaf</translation>
    </message>
    <message>
        <source>Latest audit</source>
        <translation>Archwiliad diweddaraf</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Only one grid agreed so far</source>
        <translation>Dim ond un grid y cytunwyd arno hyd yma</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Heb gytuno</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statws: %1</translation>
    </message>
    <message>
        <source>Status: not started</source>
        <translation>Statws: heb ddechrau</translation>
    </message>
    <message>
        <source>&amp;Start a new summary</source>
        <translation>&amp;Dechrau crynodeb newydd</translation>
    </message>
    <message>
        <source>Verified on %1 by %2; locked. Withdrawing the verification is the only way to change it.</source>
        <translation>Dilyswyd ar %1 gan %2; wedi&apos;i gloi. Tynnu&apos;r dilysiad yn ôl yw&apos;r unig ffordd o&apos;i newid.</translation>
    </message>
    <message>
        <source>This file is open read-only; the summary cannot be changed.</source>
        <translation>Mae&apos;r ffeil hon ar agor i&apos;w darllen yn unig; nid oes modd newid y crynodeb.</translation>
    </message>
    <message>
        <source>Returned by the advisor: %1</source>
        <translation>Dychwelwyd gan y cynghorydd: %1</translation>
    </message>
    <message>
        <source>Advisor&apos;s comments: %1</source>
        <translation>Sylwadau&apos;r cynghorydd: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> gan %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Submit the accreditation summary</source>
        <translation>Cyflwyno&apos;r crynodeb achredu</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Cyflwyno</translation>
    </message>
    <message>
        <source>Submitted &amp;on:</source>
        <translation>Cyflwynwyd &amp;ar:</translation>
    </message>
    <message>
        <source>Verify the accreditation summary</source>
        <translation>Dilysu&apos;r crynodeb achredu</translation>
    </message>
    <message>
        <source>Verify and award badge</source>
        <translation>Dilysu a dyfarnu bathodyn</translation>
    </message>
    <message>
        <source>&amp;Advisor:</source>
        <translation>&amp;Cynghorydd:</translation>
    </message>
    <message>
        <source>Verified &amp;on:</source>
        <translation>Dilyswyd &amp;ar:</translation>
    </message>
    <message>
        <source>At visit</source>
        <translation>Yn yr ymweliad</translation>
    </message>
    <message>
        <source>Not at a recorded visit</source>
        <translation>Nid mewn ymweliad a gofnodwyd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>At &amp;visit:</source>
        <translation>Yn yr &amp;ymweliad:</translation>
    </message>
    <message>
        <source>&amp;Comments:</source>
        <translation>&amp;Sylwadau:</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Dychwelyd</translation>
    </message>
    <message>
        <source>Returned &amp;on:</source>
        <translation>Dychwelwyd &amp;ar:</translation>
    </message>
    <message>
        <source>What is &amp;needed:</source>
        <translation>Beth sydd ei a&amp;ngen:</translation>
    </message>
    <message>
        <source>Withdraw verification</source>
        <translation>Tynnu&apos;r dilysiad yn ôl</translation>
    </message>
    <message>
        <source>The strand&apos;s badge is taken away and the summary goes back to submitted. The reason is recorded in its history.</source>
        <translation>Caiff bathodyn y llinyn ei dynnu&apos;n ôl a bydd y crynodeb yn mynd yn ôl i&apos;r statws Wedi&apos;i gyflwyno. Caiff y rheswm ei gofnodi yn ei hanes.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>Begin the accreditation summary of this strand</source>
        <translation>Dechrau crynodeb achredu&apos;r llinyn hwn</translation>
    </message>
    <message>
        <source>How many cells of the strand moved up or down the ratings since the first audit</source>
        <translation>Faint o gelloedd y llinyn sydd wedi codi neu ostwng o ran sgôr ers yr archwiliad cyntaf</translation>
    </message>
    <message>
        <source>Take back the advisor&apos;s verification so the summary can change</source>
        <translation>Tynnu dilysiad y cynghorydd yn ôl fel y gellir newid y crynodeb</translation>
    </message>
</context>
<context>
    <name>equimark::SummaryGridModel</name>
    <message>
        <source>Improved since %1</source>
        <translation>Wedi gwella ers %1</translation>
    </message>
    <message>
        <source>Declined since %1</source>
        <translation>Wedi dirywio ers %1</translation>
    </message>
    <message>
        <source>Same as %1</source>
        <translation>Yr un fath â %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Heb gytuno</translation>
    </message>
    <message>
        <source>Agreed %1</source>
        <translation>Cytunwyd ar %1</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>Dim awgrym</translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>Awgrymwyd %1</translation>
    </message>
    <message>
        <source>Differs from the suggestion</source>
        <translation>Yn wahanol i&apos;r awgrym</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Rhesymeg: %1</translation>
    </message>
</context>
<context>
    <name>equimark::SummaryGridPage</name>
    <message>
        <source>Equality summary grid</source>
        <translation>Grid crynodeb cydraddoldeb</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Blwyddyn:</translation>
    </message>
    <message>
        <source>Audit year</source>
        <translation>Blwyddyn archwilio</translation>
    </message>
    <message>
        <source>Grid summary</source>
        <translation>Crynodeb y grid</translation>
    </message>
    <message>
        <source>Summary grid: elements by strands</source>
        <translation>Grid crynodeb: elfennau yn ôl llinynnau</translation>
    </message>
    <message>
        <source>Large chip: the agreed rating (dashed while not agreed). Small chip: the suggestion from the statements. ≠ the two differ. ▲ improved, ▼ declined, = same as last year. Bar: how the statements are judged.</source>
        <translation>Sglodyn mawr: y sgôr y cytunwyd arni (llinell doredig hyd nes y cytunir arni). Sglodyn bach: yr awgrym o&apos;r datganiadau. ≠ mae&apos;r ddau&apos;n wahanol. ▲ wedi gwella, ▼ wedi dirywio, = yr un fath â&apos;r llynedd. Bar: sut mae&apos;r datganiadau wedi&apos;u barnu.</translation>
    </message>
    <message>
        <source>No audit yet</source>
        <translation>Dim archwiliad eto</translation>
    </message>
    <message>
        <source>No school file is open.</source>
        <translation>Nid oes ffeil ysgol ar agor.</translation>
    </message>
    <message>
        <source>No audit has been started yet: start this year&apos;s audit on the Audit page.</source>
        <translation>Nid oes archwiliad wedi&apos;i ddechrau eto: dechreuwch archwiliad eleni ar y dudalen Archwiliad Ysgol Gyfan.</translation>
    </message>
    <message>
        <source>%1 of %2 cells agreed</source>
        <translation>Cytunwyd ar %1 o %2 cell</translation>
    </message>
    <message>
        <source>1 differs from the suggestion (≠)</source>
        <translation>Mae 1 yn wahanol i&apos;r awgrym (≠)</translation>
    </message>
    <message>
        <source>%1 differ from the suggestion (≠)</source>
        <translation>Mae %1 yn wahanol i&apos;r awgrym (≠)</translation>
    </message>
    <message>
        <source>since %1: %2 improved (▲), %3 declined (▼)</source>
        <translation>ers %1: %2 wedi gwella (▲), %3 wedi dirywio (▼)</translation>
    </message>
    <message>
        <source>no earlier audit to compare with</source>
        <translation>dim archwiliad cynharach i gymharu ag ef</translation>
    </message>
    <message>
        <source>Summary grid</source>
        <translation>Grid crynodeb</translation>
    </message>
    <message>
        <source>The academic year whose summary grid is shown</source>
        <translation>Y flwyddyn academaidd y dangosir ei grid crynodeb</translation>
    </message>
    <message>
        <source>The agreed rating of each element and strand; move with the arrow keys, and change the chosen cell on the right</source>
        <translation>Y sgôr y cytunwyd arni ar gyfer pob elfen a llinyn; symudwch gyda&apos;r bysellau saeth, a newidiwch y gell a ddewiswyd ar y dde</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The summary grid&lt;/b&gt; holds the rating the reference group agrees for each element (rows) and strand (columns) once the audit is done.&lt;/p&gt;&lt;p&gt;Until a rating is agreed, a cell shows what the audit suggests: Red when more than a third of its judged statements are red, Green when they are mostly green and none is red, Amber otherwise. A suggestion needs at least half of the cell&apos;s statements judged.&lt;/p&gt;&lt;p&gt;Choose a cell to agree its rating and give the rationale on the right.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae&apos;r &lt;b&gt;grid crynodeb&lt;/b&gt; yn dal y sgôr y mae&apos;r grŵp cyfeirio yn cytuno arni ar gyfer pob elfen (rhesi) a llinyn (colofnau) unwaith y bydd yr archwiliad wedi&apos;i wneud.&lt;/p&gt;&lt;p&gt;Hyd nes y cytunir ar sgôr, mae cell yn dangos yr hyn y mae&apos;r archwiliad yn ei awgrymu: Coch pan fydd mwy na thraean o&apos;i datganiadau a farnwyd yn goch, Gwyrdd pan fyddant yn wyrdd gan mwyaf a dim un yn goch, Ambr fel arall. Mae awgrym angen o leiaf hanner datganiadau&apos;r gell wedi&apos;u barnu.&lt;/p&gt;&lt;p&gt;Dewiswch gell i gytuno ar ei sgôr a rhoi&apos;r rhesymeg ar y dde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The chosen cell.&lt;/b&gt; Agree its rating: take the suggestion (Ctrl+Shift+Enter), or choose Red, Amber or Green and say why in the rationale, then press &lt;i&gt;Agree&lt;/i&gt; (Ctrl+Enter).&lt;/p&gt;&lt;p&gt;Below are the statements behind the cell and the actions linked to it; you can open the cell in the audit or create an action for it from here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Y gell a ddewiswyd.&lt;/b&gt; Cytunwch ar ei sgôr: derbyniwch yr awgrym (Ctrl+Shift+Enter), neu dewiswch Coch, Ambr neu Gwyrdd a dweud pam yn y rhesymeg, yna pwyswch &lt;i&gt;Cytuno&lt;/i&gt; (Ctrl+Enter).&lt;/p&gt;&lt;p&gt;Isod mae&apos;r datganiadau y tu ôl i&apos;r gell a&apos;r camau gweithredu sy&apos;n gysylltiedig â hi; gallwch agor y gell yn yr archwiliad neu greu cam gweithredu ar ei chyfer o&apos;r fan hon.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>equimark::SummaryListModel</name>
    <message>
        <source>Awarded %1, valid to %2</source>
        <translation>Dyfarnwyd %1, yn ddilys tan %2</translation>
    </message>
    <message>
        <source>Expired %1 (awarded %2)</source>
        <translation>Daeth i ben %1 (dyfarnwyd %2)</translation>
    </message>
    <message>
        <source>No badge yet</source>
        <translation>Dim bathodyn eto</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Heb ddechrau</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Llinyn</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Bathodyn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Wedi&apos;i ddilysu</translation>
    </message>
</context>
<context>
    <name>equimark::TrainingCasesPanel</name>
    <message>
        <source>Add case study</source>
        <translation>Ychwanegu astudiaeth achos</translation>
    </message>
    <message>
        <source>Remove case study</source>
        <translation>Tynnu astudiaeth achos</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>Gyda dyddiad</translation>
    </message>
    <message>
        <source>Case study date</source>
        <translation>Dyddiad yr astudiaeth achos</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Astudiaethau achos</translation>
    </message>
    <message>
        <source>Case studies of positive action; the selected one is edited on the right</source>
        <translation>Astudiaethau achos o weithredu cadarnhaol; caiff yr un a ddewiswyd ei golygu ar y dde</translation>
    </message>
    <message>
        <source>Add a case study of positive action</source>
        <translation>Ychwanegu astudiaeth achos o weithredu cadarnhaol</translation>
    </message>
    <message>
        <source>Remove the selected case study (Edit &gt; Undo puts it back)</source>
        <translation>Tynnu&apos;r astudiaeth achos a ddewiswyd (mae Golygu &gt; Dadwneud yn ei rhoi yn ôl)</translation>
    </message>
    <message>
        <source>Case study title</source>
        <translation>Teitl yr astudiaeth achos</translation>
    </message>
    <message>
        <source>What the case study is about</source>
        <translation>Am beth y mae&apos;r astudiaeth achos</translation>
    </message>
    <message>
        <source>Tick to give the case study a date</source>
        <translation>Ticiwch i roi dyddiad i&apos;r astudiaeth achos</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Pryd y digwyddodd</translation>
    </message>
    <message>
        <source>Case study programme</source>
        <translation>Rhaglen yr astudiaeth achos</translation>
    </message>
    <message>
        <source>The programme the case study came from, if any</source>
        <translation>Y rhaglen y daeth yr astudiaeth achos ohoni, os oes un</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Stori</translation>
    </message>
    <message>
        <source>What was done, for whom, and what changed</source>
        <translation>Beth a wnaed, i bwy, a beth a newidiodd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Rhaglen:</translation>
    </message>
    <message>
        <source>&amp;Story:</source>
        <translation>&amp;Stori:</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Tystiolaeth gysylltiedig</translation>
    </message>
    <message>
        <source>Items of the evidence store that show the case study: Space ticks one</source>
        <translation>Eitemau o&apos;r storfa dystiolaeth sy&apos;n dangos yr astudiaeth achos: mae Space yn ticio un</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Tystiolaeth</translation>
    </message>
    <message>
        <source>Case study editor</source>
        <translation>Golygydd astudiaeth achos</translation>
    </message>
    <message>
        <source>Not tied to a programme</source>
        <translation>Heb fod yn gysylltiedig â rhaglen</translation>
    </message>
    <message>
        <source>New case study</source>
        <translation>Astudiaeth achos newydd</translation>
    </message>
</context>
<context>
    <name>equimark::TrainingCoveragePanel</name>
    <message>
        <source>This academic year</source>
        <translation>Y flwyddyn academaidd hon</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Allforio PDF…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Cyfnod o</translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation>Diwrnod cyntaf y cyfnod</translation>
    </message>
    <message>
        <source>Period until</source>
        <translation>Cyfnod tan</translation>
    </message>
    <message>
        <source>The last day of the period</source>
        <translation>Diwrnod olaf y cyfnod</translation>
    </message>
    <message>
        <source>Show September to August of the current academic year</source>
        <translation>Dangos mis Medi i fis Awst y flwyddyn academaidd gyfredol</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>&amp;Tan:</translation>
    </message>
    <message>
        <source>Save the training coverage report for this period as a PDF</source>
        <translation>Cadw&apos;r adroddiad cwmpas hyfforddiant ar gyfer y cyfnod hwn fel PDF</translation>
    </message>
    <message>
        <source>Counts as race equality training: %1, first courses and refreshers. Each person counts once.</source>
        <translation>Yn cyfrif fel hyfforddiant cydraddoldeb hiliol: %1, cyrsiau cyntaf a chyrsiau gloywi. Mae pob person yn cyfrif unwaith.</translation>
    </message>
    <message>
        <source>Coverage by group</source>
        <translation>Cwmpas yn ôl grŵp</translation>
    </message>
    <message>
        <source>Staff, governors, leaders and everyone in post in the period: offered and attended</source>
        <translation>Staff, llywodraethwyr, arweinwyr a phawb mewn swydd yn y cyfnod: a gafodd gynnig ac a fu&apos;n bresennol</translation>
    </message>
    <message>
        <source>Not yet reached</source>
        <translation>Heb eu cyrraedd eto</translation>
    </message>
    <message>
        <source>People in post in the period who have not attended race equality training</source>
        <translation>Pobl mewn swydd yn y cyfnod sydd heb fod yn bresennol mewn hyfforddiant cydraddoldeb hiliol</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose another &quot;Until&quot; date.</source>
        <translation>Mae&apos;r cyfnod yn dod i ben cyn iddo ddechrau: dewiswch ddyddiad &quot;Tan&quot; arall.</translation>
    </message>
    <message>
        <source>Nobody on the People tab was in post in this period.</source>
        <translation>Nid oedd neb ar y tab Pobl mewn swydd yn y cyfnod hwn.</translation>
    </message>
    <message numerus="yes">
        <source>Everyone in post attended: %n session(s) counted.</source>
        <translation>
            <numerusform>Roedd pawb mewn swydd yn bresennol: cyfrifwyd %n sesiwn.</numerusform>
            <numerusform>Roedd pawb mewn swydd yn bresennol: cyfrifwyd %n sesiwn.</numerusform>
            <numerusform>Roedd pawb mewn swydd yn bresennol: cyfrifwyd %n sesiwn.</numerusform>
            <numerusform>Roedd pawb mewn swydd yn bresennol: cyfrifwyd %n sesiwn.</numerusform>
            <numerusform>Roedd pawb mewn swydd yn bresennol: cyfrifwyd %n sesiwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 people in post have not attended yet; all of them have been offered a session.</source>
        <translation>Nid yw %1 o&apos;r %2 o bobl mewn swydd wedi bod yn bresennol eto; mae pob un ohonynt wedi cael cynnig sesiwn.</translation>
    </message>
    <message>
        <source>%1 of %2 people in post have not attended yet; %3 of them have not been offered a session. Ambition 4 asks that everyone is offered it.</source>
        <translation>Nid yw %1 o&apos;r %2 o bobl mewn swydd wedi bod yn bresennol eto; nid yw %3 ohonynt wedi cael cynnig sesiwn. Mae uchelgais 4 yn gofyn bod pawb yn cael cynnig yr hyfforddiant.</translation>
    </message>
</context>
<context>
    <name>equimark::TrainingPage</name>
    <message>
        <source>Staff training</source>
        <translation>Hyfforddiant staff</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cwmpas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiynau</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Rhaglenni</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Astudiaethau achos</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Coverage, people, sessions, programmes and case studies</source>
        <translation>Cwmpas, pobl, sesiynau, rhaglenni ac astudiaethau achos</translation>
    </message>
</context>
<context>
    <name>equimark::TrainingPeoplePanel</name>
    <message>
        <source>Body</source>
        <translation>Corff</translation>
    </message>
    <message>
        <source>In post</source>
        <translation>Mewn swydd</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Anhysbys</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Gadawodd ar</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Ymunodd ar</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Tynnu person</translation>
    </message>
    <message>
        <source>Name of a new member of staff or governor</source>
        <translation>Enw aelod newydd o staff neu lywodraethwr newydd</translation>
    </message>
    <message>
        <source>New person&apos;s name</source>
        <translation>Enw&apos;r person newydd</translation>
    </message>
    <message>
        <source>Type a name and press Enter or Add person; then fill in the role and dates in the table.</source>
        <translation>Teipiwch enw a phwyswch Enter neu Ychwanegu person; yna llenwch y rôl a&apos;r dyddiadau yn y tabl.</translation>
    </message>
    <message>
        <source>New person&apos;s body</source>
        <translation>Corff y person newydd</translation>
    </message>
    <message>
        <source>Whether the new person is a member of staff or a governor</source>
        <translation>A yw&apos;r person newydd yn aelod o staff neu&apos;n llywodraethwr</translation>
    </message>
    <message>
        <source>Add the person named to the list</source>
        <translation>Ychwanegu&apos;r person a enwyd at y rhestr</translation>
    </message>
    <message>
        <source>Remove the selected person with their attendance and ratings (Edit &gt; Undo puts them back)</source>
        <translation>Tynnu&apos;r person a ddewiswyd gyda&apos;i bresenoldeb a&apos;i sgoriau (mae Golygu &gt; Dadwneud yn eu rhoi yn ôl)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Staff and governors training is offered to. Press F2 to change a cell; Space ticks Leader.</source>
        <translation>Y staff a&apos;r llywodraethwyr y cynigir hyfforddiant iddynt. Pwyswch F2 i newid cell; mae Space yn ticio Arweinydd.</translation>
    </message>
</context>
<context>
    <name>equimark::TrainingProgrammesPanel</name>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>Confidence before</source>
        <translation>Hyder cyn</translation>
    </message>
    <message>
        <source>Confidence after</source>
        <translation>Hyder ar ôl</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Ychwanegu rhaglen</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Tynnu rhaglen</translation>
    </message>
    <message>
        <source>Aims</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>What the programme sets out to do</source>
        <translation>Beth y mae&apos;r rhaglen yn bwriadu ei wneud</translation>
    </message>
    <message>
        <source>How leaders changed their approach</source>
        <translation>Sut y newidiodd arweinwyr eu dull</translation>
    </message>
    <message>
        <source>What leaders now do differently because of the programme</source>
        <translation>Beth y mae arweinwyr yn ei wneud yn wahanol bellach oherwydd y rhaglen</translation>
    </message>
    <message>
        <source>How the learning is embedded</source>
        <translation>Sut mae&apos;r dysgu wedi&apos;i ymgorffori</translation>
    </message>
    <message>
        <source>How the learning shows in everyday practice; link the actions that carry it on the Linked actions tab</source>
        <translation>Sut mae&apos;r dysgu i&apos;w weld mewn ymarfer bob dydd; cysylltwch y camau gweithredu sy&apos;n ei gario ar y tab Camau gweithredu cysylltiedig</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Rhaglenni</translation>
    </message>
    <message>
        <source>Training programmes; the selected one is edited on the right</source>
        <translation>Rhaglenni hyfforddi; caiff yr un a ddewiswyd ei golygu ar y dde</translation>
    </message>
    <message>
        <source>Add a training programme</source>
        <translation>Ychwanegu rhaglen hyfforddi</translation>
    </message>
    <message>
        <source>Remove the selected programme; its sessions and case studies stay (Edit &gt; Undo puts it back)</source>
        <translation>Tynnu&apos;r rhaglen a ddewiswyd; mae ei sesiynau a&apos;i hastudiaethau achos yn aros (mae Golygu &gt; Dadwneud yn ei rhoi yn ôl)</translation>
    </message>
    <message>
        <source>Programme title</source>
        <translation>Teitl y rhaglen</translation>
    </message>
    <message>
        <source>What the programme is called</source>
        <translation>Enw&apos;r rhaglen</translation>
    </message>
    <message>
        <source>Programme provider</source>
        <translation>Darparwr y rhaglen</translation>
    </message>
    <message>
        <source>Who runs the programme</source>
        <translation>Pwy sy&apos;n cynnal y rhaglen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>D&amp;arparwr:</translation>
    </message>
    <message>
        <source>&amp;Aims:</source>
        <translation>&amp;Nodau:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>How &amp;leaders changed their approach:</source>
        <translation>Sut y newidiodd &amp;arweinwyr eu dull:</translation>
    </message>
    <message>
        <source>How the learning is &amp;embedded:</source>
        <translation>Sut mae&apos;r dysgu wedi&apos;i &amp;ymgorffori:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effaith</translation>
    </message>
    <message>
        <source>Linked actions</source>
        <translation>Camau gweithredu cysylltiedig</translation>
    </message>
    <message>
        <source>Actions in the action plan that embed the learning: Space ticks one</source>
        <translation>Camau gweithredu yn y cynllun gweithredu sy&apos;n ymgorffori&apos;r dysgu: mae Space yn ticio un</translation>
    </message>
    <message>
        <source>Confidence ratings</source>
        <translation>Sgoriau hyder</translation>
    </message>
    <message>
        <source>Each participant&apos;s confidence before and after, 1 to 5: press F2 to enter one. Reports show only the totals.</source>
        <translation>Hyder pob cyfranogwr cyn ac ar ôl, 1 i 5: pwyswch F2 i roi un. Dim ond y cyfansymiau a ddangosir mewn adroddiadau.</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Sgoriau</translation>
    </message>
    <message>
        <source>Programme editor</source>
        <translation>Golygydd rhaglen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No participant has rated both before and after yet.</source>
        <translation>Nid oes unrhyw gyfranogwr wedi rhoi sgôr cyn ac ar ôl eto.</translation>
    </message>
    <message>
        <source>Fewer than %1 participants have rated both before and after, so the means are suppressed in what is shared.</source>
        <translation>Mae llai na %1 o gyfranogwyr wedi rhoi sgôr cyn ac ar ôl, felly caiff y cymedrau eu cuddio yn yr hyn a rennir.</translation>
    </message>
    <message>
        <source>%1 participants rated both: mean confidence %2 before, %3 after (change %4). Reports show only these totals.</source>
        <translation>Rhoddodd %1 o gyfranogwyr sgôr cyn ac ar ôl: hyder cymedrig %2 cyn, %3 ar ôl (newid %4). Dim ond y cyfansymiau hyn a ddangosir mewn adroddiadau.</translation>
    </message>
    <message>
        <source>Choose or add a programme.</source>
        <translation>Dewiswch neu ychwanegwch raglen.</translation>
    </message>
    <message>
        <source>New training programme</source>
        <translation>Rhaglen hyfforddi newydd</translation>
    </message>
</context>
<context>
    <name>equimark::TrainingSessionTableModel</name>
    <message>
        <source>Programme: %1</source>
        <translation>Rhaglen: %1</translation>
    </message>
    <message>
        <source>Provider: %1</source>
        <translation>Darparwr: %1</translation>
    </message>
    <message>
        <source>Counts towards race equality coverage</source>
        <translation>Yn cyfrif tuag at gwmpas cydraddoldeb hiliol</translation>
    </message>
    <message>
        <source>Does not count towards race equality coverage</source>
        <translation>Nid yw&apos;n cyfrif tuag at gwmpas cydraddoldeb hiliol</translation>
    </message>
    <message>
        <source>%1 (refresher)</source>
        <translation>%1 (cwrs gloywi)</translation>
    </message>
    <message>
        <source>%1 – does not count</source>
        <translation>%1 – nid yw&apos;n cyfrif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesiwn</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Cynigiwyd</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Yn bresennol</translation>
    </message>
</context>
<context>
    <name>equimark::TrainingSessionsPanel</name>
    <message>
        <source>Add session</source>
        <translation>Ychwanegu sesiwn</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Tynnu sesiwn</translation>
    </message>
    <message>
        <source>A refresher</source>
        <translation>Cwrs gloywi</translation>
    </message>
    <message>
        <source>Offer to everyone in post</source>
        <translation>Cynnig i bawb mewn swydd</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sesiynau hyfforddi</translation>
    </message>
    <message>
        <source>Newest first. The selected session is edited on the right.</source>
        <translation>Y diweddaraf yn gyntaf. Caiff y sesiwn a ddewiswyd ei golygu ar y dde.</translation>
    </message>
    <message>
        <source>Add a training session dated today, then fill in its details</source>
        <translation>Ychwanegu sesiwn hyfforddi â dyddiad heddiw, yna llenwi ei manylion</translation>
    </message>
    <message>
        <source>Remove the selected session with its attendance (Edit &gt; Undo puts it back)</source>
        <translation>Tynnu&apos;r sesiwn a ddewiswyd gyda&apos;i phresenoldeb (mae Golygu &gt; Dadwneud yn ei rhoi yn ôl)</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Teitl y sesiwn</translation>
    </message>
    <message>
        <source>What the session is called</source>
        <translation>Enw&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Dyddiad cynnal</translation>
    </message>
    <message>
        <source>The day the session is or was held</source>
        <translation>Y diwrnod y cynhelir neu y cynhaliwyd y sesiwn</translation>
    </message>
    <message>
        <source>%1 (does not count)</source>
        <translation>%1 (nid yw&apos;n cyfrif)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Race equality, anti-racist leadership and unconscious bias count towards coverage; the other topics are recorded only</source>
        <translation>Mae cydraddoldeb hiliol, arwain gwrth-hiliol a thuedd ddiarwybod yn cyfrif tuag at y cwmpas; dim ond cael eu cofnodi y mae&apos;r pynciau eraill</translation>
    </message>
    <message>
        <source>Ticked when the session refreshes earlier training</source>
        <translation>Wedi&apos;i dicio pan fydd y sesiwn yn gloywi hyfforddiant cynharach</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Rhaglen</translation>
    </message>
    <message>
        <source>The programme this session belongs to, if any</source>
        <translation>Y rhaglen y mae&apos;r sesiwn hon yn rhan ohoni, os oes un</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Darparwr</translation>
    </message>
    <message>
        <source>Who delivers the session</source>
        <translation>Pwy sy&apos;n cyflwyno&apos;r sesiwn</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Cynulleidfa</translation>
    </message>
    <message>
        <source>Who the session is for, e.g. whole staff or governors</source>
        <translation>I bwy mae&apos;r sesiwn, e.e. yr holl staff neu lywodraethwyr</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Pwnc:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>&amp;Rhaglen:</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>D&amp;arparwr:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>Cyn&amp;ulleidfa:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Offer this session to everyone in post on its date who has not been offered it</source>
        <translation>Cynnig y sesiwn hon i bawb sydd mewn swydd ar ei dyddiad ac sydd heb gael cynnig</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Everyone in post on the session&apos;s date: Space ticks Offered or Attended in the current cell.</source>
        <translation>Pawb mewn swydd ar ddyddiad y sesiwn: mae Space yn ticio Cynigiwyd neu Yn bresennol yn y gell gyfredol.</translation>
    </message>
    <message>
        <source>Session editor</source>
        <translation>Golygydd sesiwn</translation>
    </message>
    <message>
        <source>Not part of a programme</source>
        <translation>Heb fod yn rhan o raglen</translation>
    </message>
    <message>
        <source>Offered to %1 of the %2 people in post on the day; %3 attended.</source>
        <translation>Cynigiwyd i %1 o&apos;r %2 o bobl mewn swydd ar y diwrnod; roedd %3 yn bresennol.</translation>
    </message>
    <message>
        <source>Choose a session to see who was offered it.</source>
        <translation>Dewiswch sesiwn i weld pwy a gafodd gynnig.</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>Sesiwn hyfforddi newydd</translation>
    </message>
</context>
<context>
    <name>equimark::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Cynghorydd</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Ffocws</translation>
    </message>
</context>
<context>
    <name>equimark::VisitsPanel</name>
    <message>
        <source>Advisory and accreditation visits</source>
        <translation>Ymweliadau cynghori ac achredu</translation>
    </message>
    <message>
        <source>Network meetings</source>
        <translation>Cyfarfodydd rhwydwaith</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>&amp;Add visit</source>
        <translation>&amp;Ychwanegu ymweliad</translation>
    </message>
    <message>
        <source>Add a visit</source>
        <translation>Ychwanegu ymweliad</translation>
    </message>
    <message>
        <source>Re&amp;move visit</source>
        <translation>&amp;Tynnu ymweliad</translation>
    </message>
    <message>
        <source>Remove the visit</source>
        <translation>Tynnu&apos;r ymweliad</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Dyddiad yr ymweliad</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Math o ymweliad</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Cynghorydd</translation>
    </message>
    <message>
        <source>Focus of the visit</source>
        <translation>Ffocws yr ymweliad</translation>
    </message>
    <message>
        <source>Learning environment walk</source>
        <translation>Taith o amgylch yr amgylchedd dysgu</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Ad&amp;visor:</source>
        <translation>&amp;Cynghorydd:</translation>
    </message>
    <message>
        <source>&amp;Focus:</source>
        <translation>&amp;Ffocws:</translation>
    </message>
    <message>
        <source>Learning environment &amp;walk:</source>
        <translation>Taith o amgylch yr amgylchedd &amp;dysgu:</translation>
    </message>
    <message>
        <source>Meetings held (what was heard; leave empty if the advisor did not meet the group):</source>
        <translation>Cyfarfodydd a gynhaliwyd (beth a glywyd; gadewch yn wag os na chyfarfu&apos;r cynghorydd â&apos;r grŵp):</translation>
    </message>
    <message>
        <source>What was heard from %1</source>
        <translation>Beth a glywyd gan %1</translation>
    </message>
    <message>
        <source>Outcomes of the visit</source>
        <translation>Deilliannau&apos;r ymweliad</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <source>&amp;Outcomes:</source>
        <translation>D&amp;eilliannau:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>Camau &amp;nesaf:</translation>
    </message>
    <message>
        <source>A&amp;pply changes</source>
        <translation>&amp;Gweithredu newidiadau</translation>
    </message>
    <message>
        <source>Apply the changes to the visit</source>
        <translation>Gweithredu&apos;r newidiadau i&apos;r ymweliad</translation>
    </message>
    <message>
        <source>Remove this visit and what was recorded at it?</source>
        <translation>Tynnu&apos;r ymweliad hwn a&apos;r hyn a gofnodwyd ynddo?</translation>
    </message>
    <message>
        <source>Add &amp;meeting</source>
        <translation>Ychwanegu &amp;cyfarfod</translation>
    </message>
    <message>
        <source>Add a network meeting</source>
        <translation>Ychwanegu cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>Remo&amp;ve meeting</source>
        <translation>&amp;Tynnu cyfarfod</translation>
    </message>
    <message>
        <source>Remove the network meeting</source>
        <translation>Tynnu&apos;r cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>Date of the network meeting</source>
        <translation>Dyddiad y cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>First representative</source>
        <translation>Cynrychiolydd cyntaf</translation>
    </message>
    <message>
        <source>Second representative</source>
        <translation>Ail gynrychiolydd</translation>
    </message>
    <message>
        <source>Notes of the network meeting</source>
        <translation>Nodiadau&apos;r cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Cynrychiolydd:</translation>
    </message>
    <message>
        <source>S&amp;econd representative:</source>
        <translation>&amp;Ail gynrychiolydd:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Nodiadau:</translation>
    </message>
    <message>
        <source>Apply the changes to the network meeting</source>
        <translation>Gweithredu&apos;r newidiadau i&apos;r cyfarfod rhwydwaith</translation>
    </message>
    <message>
        <source>Remove this network meeting and its notes?</source>
        <translation>Tynnu&apos;r cyfarfod rhwydwaith hwn a&apos;i nodiadau?</translation>
    </message>
</context>
<context>
    <name>equimark::WelcomePage</name>
    <message>
        <source>Equimark</source>
        <translation>Equimark</translation>
    </message>
    <message>
        <source>Equality accreditation work for your school: the whole-school audit, the summary grid, the action plan, accreditation summaries and badges. Everything is saved as you go.</source>
        <translation>Gwaith achredu cydraddoldeb ar gyfer eich ysgol: yr archwiliad ysgol gyfan, y grid crynodeb, y cynllun gweithredu, crynodebau achredu a bathodynnau. Caiff popeth ei gadw wrth i chi fynd yn eich blaen.</translation>
    </message>
    <message>
        <source>&amp;New school…</source>
        <translation>Ysgol &amp;newydd…</translation>
    </message>
    <message>
        <source>&amp;Open a school file…</source>
        <translation>&amp;Agor ffeil ysgol…</translation>
    </message>
    <message>
        <source>Open the &amp;demo school</source>
        <translation>Agor yr ysgol &amp;enghreifftiol</translation>
    </message>
    <message>
        <source>Create a new school file</source>
        <translation>Creu ffeil ysgol newydd</translation>
    </message>
    <message>
        <source>Open a school file</source>
        <translation>Agor ffeil ysgol</translation>
    </message>
    <message>
        <source>Open the demo school</source>
        <translation>Agor yr ysgol enghreifftiol</translation>
    </message>
    <message>
        <source>A fictional primary school with every step filled in, to try Equimark out. Kept in %1.</source>
        <translation>Ysgol gynradd ddychmygol gyda phob cam wedi&apos;i gwblhau, i roi cynnig ar Equimark. Wedi&apos;i chadw yn %1.</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Ffeiliau &amp;diweddar</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Ffeiliau diweddar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No school files opened yet.</source>
        <translation>Dim ffeiliau ysgol wedi&apos;u hagor eto.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Equality accreditation work for schools, offline.</source>
        <translation>Gwaith achredu cydraddoldeb ar gyfer ysgolion, all-lein.</translation>
    </message>
    <message>
        <source>The school file to open.</source>
        <translation>Y ffeil ysgol i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Open the demo school (created in your data folder if absent).</source>
        <translation>Agor yr ysgol enghreifftiol (caiff ei chreu yn eich ffolder data os nad yw yno).</translation>
    </message>
    <message>
        <source>Open on the page with this id (overview, audit, summary-grid, ...).</source>
        <translation>Agor ar y dudalen gyda&apos;r dynodydd hwn (overview, audit, summary-grid, ...).</translation>
    </message>
    <message>
        <source>Open FILE, show the window and quit as soon as its first page has been painted (for benchmarks).</source>
        <translation>Agor FFEIL, dangos y ffenestr a gadael cyn gynted ag y bydd ei thudalen gyntaf wedi&apos;i lluniadu (ar gyfer meincnodau).</translation>
    </message>
</context>
</TS>
