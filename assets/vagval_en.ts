<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../ui/briefing_view.py" line="+26"/>
        <location line="+4"/>
        <source>Introduktion till scenariot</source>
        <translation>Scenario introduction</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/state.py" line="+55"/>
        <source>cirka {n} minuter</source>
        <translation>about {n} minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Din roll</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innehållet</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Innehållsvarning</source>
        <translation>Content note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Du kan pausa eller gå tillbaka när som helst – det du har gjort sparas. Stöd och hjälp når du alltid med knappen längst upp till höger eller med F1.</source>
        <translation>You can pause or go back at any time – what you have done is saved. Support and help is always one click away, top right, or press F1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det här övar du på</source>
        <translation>What you practise</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/workshop/presentation.py" line="+206"/>
        <location filename="../ui/authoring/play_pane.py" line="+79"/>
        <source>Återkoppling</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="+55"/>
        <source>Efter varje beslut</source>
        <translation>After each decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkoppling efter varje beslut</source>
        <translation>Feedback after each decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="+1"/>
        <source>Först i genomgången efteråt</source>
        <translation>Only in the debrief at the end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Återkoppling först i genomgången efteråt</source>
        <translation>Feedback only in the debrief at the end</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tillbaka till biblioteket</source>
        <translation>Back to the library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Börja</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/charts.py" line="+76"/>
        <location filename="../ui/debrief_view.py" line="+142"/>
        <location filename="../ui/pdf.py" line="+187"/>
        <location line="+245"/>
        <location filename="../ui/workshop/debrief.py" line="+92"/>
        <location line="+69"/>
        <source>Resultat per kompetensområde</source>
        <translation>Result per competence area</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Varje stapel visar dina poäng inom området. Det gröna strecket är referensen: expertvägens poäng i just det området, och referenserna summerar till expertvägens totalpoäng. ✓ betyder minst lika mycket som expertvägen. Står det &apos;området ensamt högst&apos; är det det mesta någon väg ger i just det området – ingen enskild väg når alla de värdena samtidigt. Där ett område kan ge minuspoäng markerar ett lodrätt streck noll, och minuspoäng ritas randiga till vänster om strecket.</source>
        <translation>Each bar shows your points in the area. The green line is the reference: the expert path&apos;s points in that area, and the references add up to the expert path&apos;s total. ✓ means at least as much as the expert path. Where it says &apos;this area alone at most&apos;, that is the most any path scores in that one area – no single path reaches all of those at once. Where an area can give negative points, a vertical line marks zero, and negative points are drawn striped to the left of it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expertvägens totalpoäng: {total}.</source>
        <translation>The expert path&apos;s total: {total}.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{name}: {achieved} av expertvägens {reference}</source>
        <translation>{name}: {achieved} of the expert path&apos;s {reference}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>området ensamt högst {maximum}</source>
        <translation>this area alone at most {maximum}</translation>
    </message>
    <message>
        <location line="+94"/>
        <location filename="../ui/history_view.py" line="+89"/>
        <source>Utveckling per kompetensområde</source>
        <translation>Progress per competence area</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Andel av bästa möjliga poäng (0–100 %) i varje avslutat försök, äldst till vänster. Varje område har egen färg, linje och markör.</source>
        <translation>Share of the best possible points (0–100 %) in each finished attempt, oldest on the left. Each area has its own colour, line and marker.</translation>
    </message>
    <message>
        <location filename="../ui/debrief_view.py" line="-64"/>
        <location filename="../ui/pdf.py" line="-111"/>
        <source>Genomgång</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pdf.py" line="-161"/>
        <source>Genomgång: {title}</source>
        <translation>Debrief: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tänk om: det här är en utforskning från beslut {n} och räknas inte in i ditt resultat.</source>
        <translation>What if: this is an exploration from decision {n} and does not count towards your result.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../ui/history_view.py" line="-39"/>
        <location filename="../ui/pdf.py" line="+6"/>
        <location filename="../ui/state.py" line="-22"/>
        <source>Godkänd</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/history_view.py" line="+3"/>
        <location filename="../ui/pdf.py" line="+1"/>
        <source>Inte godkänd</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Ett avslutat försök ur historiken. Genomgången visas som den är; försöket ändras inte.</source>
        <translation>A finished attempt from the history. The debrief is shown as it is; the attempt is not changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Genomgångens delar</source>
        <translation>Parts of the debrief</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Sammanfattning</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+112"/>
        <source>Riktlinjer</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Till historiken</source>
        <translation>To the history</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../ui/pdf.py" line="+4"/>
        <location filename="../ui/workshop/presentation.py" line="+22"/>
        <source>Utfall: {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Du gick tillbaka ett steg %n gånger – det går bara i övningsläget, med återkoppling efter varje beslut.</source>
        <translation>
            <numerusform>You went back one step once – that is possible only in practice mode, with feedback after each decision.</numerusform>
            <numerusform>You went back one step %n times – that is possible only in practice mode, with feedback after each decision.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/pdf.py" line="+3"/>
        <source>Kritiska fel</source>
        <translation>Critical errors</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/pdf.py" line="+7"/>
        <source>Det här kostade mest</source>
        <translation>What cost the most</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget av dina beslut kostade poäng.</source>
        <translation>None of your decisions cost points.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tänk om härifrån</source>
        <translation>What if, from here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tänk om: spela vidare från beslut {n}</source>
        <translation>What if: play on from decision {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spela vidare från det här beslutet. Det påverkar inte ditt resultat.</source>
        <translation>Play on from this decision. It does not affect your result.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Under varje beslut kan du tänka om: spela vidare därifrån och se vart ett annat val leder. Det påverkar inte ditt resultat.</source>
        <translation>Under each decision you can think again: play on from there and see where another choice leads. It does not affect your result.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga beslut.</source>
        <translation>No decisions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Din väg är en heldragen linje och dina rutor har tjock ram; expertvägen är en streckad linje. Håll musen över en ruta för hela rubriken.</source>
        <translation>Your path is a solid line and your boxes have a thick border; the expert path is a dashed line. Hold the mouse over a box for its whole title.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/pdf.py" line="+22"/>
        <source>Riktlinjer du följde</source>
        <translation>Guidance you followed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pdf.py" line="+1"/>
        <source>Riktlinjer du missade</source>
        <translation>Guidance you missed</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/pdf.py" line="-2"/>
        <source>Inga.</source>
        <translation>None.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/feedback_panel.py" line="+23"/>
        <location filename="../ui/pdf.py" line="+0"/>
        <location filename="../ui/authoring/guidance_browser.py" line="+82"/>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+86"/>
        <location filename="../ui/pdf.py" line="-8"/>
        <source>Dina beslut</source>
        <translation>Your decisions</translation>
    </message>
    <message>
        <location line="-24"/>
        <location filename="../ui/pdf.py" line="-11"/>
        <source>Beslut {n} – {where}</source>
        <translation>Decision {n} – {where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du valde: {text}</source>
        <translation>You chose: {text}</translation>
    </message>
    <message>
        <location filename="../ui/pdf.py" line="-50"/>
        <source>Kostnad: {n} poäng</source>
        <translation>Cost: {n} points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kostnad: inga poäng – bästa möjliga val.</source>
        <translation>Cost: no points – the best possible choice.</translation>
    </message>
    <message>
        <location filename="../ui/debrief_view.py" line="+3"/>
        <location filename="../ui/pdf.py" line="+65"/>
        <source>Bästa val: {text}</source>
        <translation>Best choice: {text}</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+100"/>
        <location filename="../ui/pdf.py" line="+142"/>
        <source>Din väg och expertvägen</source>
        <translation>Your path and the expert path</translation>
    </message>
    <message>
        <location line="-94"/>
        <location filename="../ui/workshop/debrief.py" line="+50"/>
        <source>Till biblioteket</source>
        <translation>To the library</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/workshop/debrief.py" line="-6"/>
        <location line="+33"/>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Försök igen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Spara genomgången som PDF</source>
        <translation>Save the debrief as PDF</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="+141"/>
        <source>Något gick fel</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Något oväntat hände i programmet. Dina svar hittills är sparade, och du kan fortsätta där du var.</source>
        <translation>Something unexpected happened in the program. Your answers so far are saved, and you can carry on where you were.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Något oväntat hände i programmet. Dina svar sparas inte på disken just nu; de finns bara kvar så länge programmet är öppet.</source>
        <translation>Something unexpected happened in the program. Your answers are not being saved to disk at the moment; they are kept only while the program is open.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>En teknisk beskrivning har sparats i filen:</source>
        <translation>A technical description has been saved in the file:</translation>
    </message>
    <message>
        <location filename="../ui/feedback_panel.py" line="+8"/>
        <source>Återkoppling på ditt beslut</source>
        <translation>Feedback on your decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kritiskt fel: det här beslutet kunde ha satt någon i fara.</source>
        <translation>Critical error: this decision could have put someone in danger.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Ditt beslut: {text}</source>
        <translation>Your decision: {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Poäng: {changes}</source>
        <translation>Points: {changes}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Följer riktlinjerna:</source>
        <translation>Follows the guidance:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bryter mot riktlinjerna:</source>
        <translation>Goes against the guidance:</translation>
    </message>
    <message>
        <location filename="../ui/graph_view.py" line="+54"/>
        <source>Scenariots graf</source>
        <translation>The scenario&apos;s graph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Din väg: {path}. Expertvägen: {expert}.</source>
        <translation>Your path: {path}. The expert path: {expert}.</translation>
    </message>
    <message>
        <location filename="../ui/history_view.py" line="+8"/>
        <location line="+6"/>
        <location line="+5"/>
        <location filename="../ui/main_window.py" line="+131"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Välj en deltagare i biblioteket för att se historiken.</source>
        <translation>Choose a trainee in the library to see the history.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name}: {done}, {passed}, {attempts}.</source>
        <translation>{name}: {done}, {passed}, {attempts}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scenarier genomförda</source>
        <translation>
            <numerusform>%n scenario done</numerusform>
            <numerusform>%n scenarios done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n godkända</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n försök</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inga avslutade försök ännu.</source>
        <translation>No finished attempts yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Försök</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutade försök</source>
        <translation>Finished attempts</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/workshop/history.py" line="+49"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/workshop/history.py" line="+0"/>
        <location filename="../ui/workshop/start_dialog.py" line="+52"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poäng</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter eller dubbelklick visar försökets genomgång.</source>
        <translation>Enter or a double-click shows the attempt&apos;s debrief.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visa genomgången</source>
        <translation>Show the debrief</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+52"/>
        <source>Spara intyg som PDF</source>
        <translation>Save certificate as PDF</translation>
    </message>
    <message>
        <location filename="../ui/pdf.py" line="+25"/>
        <location line="+10"/>
        <location line="+37"/>
        <source>Intyg</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="+47"/>
        <location line="+2"/>
        <source>Scenariobibliotek</source>
        <translation>Scenario library</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deltagare:</source>
        <translation>Trainee:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj deltagare</source>
        <translation>Choose trainee</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Nytt namn eller pseudonym</source>
        <translation>New name or pseudonym</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lägg till deltagare</source>
        <translation>Add trainee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Välj eller lägg till en deltagare. Namnet sparas bara på den här datorn.</source>
        <translation>Choose or add a trainee. The name is kept on this computer only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Påbörjade övningar</source>
        <translation>Unfinished exercises</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fortsätt där du var</source>
        <translation>Continue where you were</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Börja om i stället</source>
        <translation>Start over instead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stänger det påbörjade försöket utan resultat.</source>
        <translation>Closes the unfinished attempt without a result.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Sök bland scenarierna</source>
        <translation>Search the scenarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filtrera på tema</source>
        <translation>Filter by theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla teman</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filtrera på nivå</source>
        <translation>Filter by level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alla nivåer</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scenarier</source>
        <translation>Scenarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/authoring/wizard.py" line="+34"/>
        <location line="+1"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/authoring/wizard.py" line="+2"/>
        <location line="+3"/>
        <source>Tema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minuter</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/authoring/wizard.py" line="+2"/>
        <location line="+2"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>{title} – {n}, påbörjad {date}</source>
        <translation>{title} – {n}, started {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+108"/>
        <source>%n beslut gjorda</source>
        <translation>
            <numerusform>%n decision made</numerusform>
            <numerusform>%n decisions made</numerusform>
        </translation>
    </message>
    <message>
        <location line="-221"/>
        <location filename="../ui/workshop/facilitator.py" line="+123"/>
        <location filename="../ui/workshop/history.py" line="+1"/>
        <location filename="../ui/authoring/view.py" line="+121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Om det valda scenariot</source>
        <translation>About the selected scenario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Öppna scenariot</source>
        <translation>Open the scenario</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>– ingen vald –</source>
        <translation>– none chosen –</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Mina scenarier (skrivna i Författa)</source>
        <translation>My scenarios (written in Authoring)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Inga scenarier hittades.</source>
        <translation>No scenarios were found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inget scenario matchar sökningen.</source>
        <translation>No scenario matches the search.</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+1"/>
        <source>Du har redan börjat</source>
        <translation>You have already started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har redan börjat på ”{title}” ({n}). Vill du fortsätta där du var eller börja om från början?</source>
        <translation>You have already started “{title}” ({n}). Do you want to continue where you were, or start again from the beginning?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Börja om</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Scenariot går inte att använda</source>
        <translation>The scenario cannot be used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen innehåller fel och kan inte spelas förrän de är rättade:</source>
        <translation>The file contains errors and cannot be played until they are corrected:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fel i scenariofilen</source>
        <translation>Errors in the scenario file</translation>
    </message>
    <message>
        <location filename="../ui/saving.py" line="+33"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{name} är en av Vägvals egna filer, där resultat och inställningar sparas. Spara under ett annat namn eller i en annan mapp.</source>
        <translation>{name} is one of Vägval&apos;s own files, where results and settings are kept. Save under another name or in another folder.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Välj en annan fil</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunde inte sparas</source>
        <translation>Could not be saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen kunde inte sparas:</source>
        <translation>The file could not be saved:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingenting skrevs till filen (är disken full?)</source>
        <translation>Nothing was written to the file (is the disk full?)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>Sparad</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen är sparad:</source>
        <translation>The file is saved:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna filen</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets.py" line="+63"/>
        <location line="+1"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="+21"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vägledningens version</source>
        <translation>Guidance version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licens</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dina data</source>
        <translation>Your data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/main_window.py" line="+199"/>
        <location line="+5"/>
        <source>Dina inställningar</source>
        <translation>Your settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fellogg</source>
        <translation>Error log</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <location filename="../ui/main_window.py" line="-18"/>
        <location line="+5"/>
        <source>Organisationens inställningar</source>
        <translation>Organisation settings</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logotyp</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/lrs_panel.py" line="+91"/>
        <location line="+11"/>
        <source>LRS-adress</source>
        <translation>LRS endpoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Scenariomapp</source>
        <translation>Scenario folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fel i filen</source>
        <translation>Faults in the file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen fil (letar efter {path}).</source>
        <translation>No file (looks for {path}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../ui/main_window.py" line="-187"/>
        <source>Om Vägval</source>
        <translation>About Vägval</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/main_window.py" line="-7"/>
        <location filename="../ui/pdf.py" line="+1"/>
        <source>Vägval – övningar i att möta våldsutsatta</source>
        <translation>Vägval – practice in meeting people subjected to violence</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+1"/>
        <source>Huvudmeny</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bibliotek</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/shortcuts_dialog.py" line="+22"/>
        <location filename="../ui/authoring/view.py" line="-53"/>
        <location line="+30"/>
        <source>Författa</source>
        <translation>Authoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/settings_dialog.py" line="-21"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../ui/shortcuts_dialog.py" line="-2"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/support_dialog.py" line="+49"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <source>Stöd och hjälp</source>
        <translation>Support and help</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Laddar scenarier …</source>
        <translation>Loading scenarios …</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Organisationens inställningsfil har fel. Det som går att använda används; visa detta för IT-avdelningen.</source>
        <translation>The organisation settings file has faults. What can be used is used; show this to your IT department.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filen med dina inställningar var inte en vanlig liten fil (kanske en länk eller en mapp), så den används inte. Den har flyttats orörd till {path}. Standardinställningarna gäller; det du ändrar sparas i en ny fil.</source>
        <translation>The file holding your settings was not a small plain file (perhaps a link or a folder), so it is not used. It was moved, untouched, to {path}. The default settings apply; what you change is saved in a new file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Dina sparade framsteg</source>
        <translation>Your saved progress</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+26"/>
        <location filename="../ui/workshop/__init__.py" line="+157"/>
        <source>Kan inte fortsätta</source>
        <translation>Cannot continue</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Scenariot finns inte längre i biblioteket, så försöket kan inte fortsätta.</source>
        <translation>The scenario is no longer in the library, so the attempt cannot continue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Scenariot har ändrats</source>
        <translation>The scenario has changed</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Scenariot har ändrats sedan du började, och din väg finns inte kvar i den nya versionen. Vill du börja om från början?</source>
        <translation>The scenario has changed since you started, and your path no longer exists in the new version. Do you want to start again from the beginning?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scenariot har ändrats sedan du började, men din väg finns kvar. Vill du fortsätta där du var? Välj Nej för att börja om från början.</source>
        <translation>The scenario has changed since you started, but your path still exists. Do you want to continue where you were? Choose No to start again from the beginning.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Det sparade läget för försöket går inte att läsa, så försöket kan inte fortsätta. Dina andra försök påverkas inte; börja gärna om scenariot.</source>
        <translation>The saved state of this attempt cannot be read, so the attempt cannot continue. Your other attempts are not affected; feel free to start the scenario again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kan inte visa genomgången</source>
        <translation>Cannot show the debrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenariot finns inte längre i biblioteket i den form försöket gjordes, så genomgången kan inte visas. Poängen finns kvar i historiken.</source>
        <translation>The scenario is no longer in the library in the form the attempt was made on, so the debrief cannot be shown. The points are still in the history.</translation>
    </message>
    <message>
        <location filename="../ui/markdown_view.py" line="+42"/>
        <source>Bild</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../ui/names.py" line="+22"/>
        <source>Skyddad och stöttad</source>
        <translation>Protected and supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delvis skyddad – en lucka finns kvar</source>
        <translation>Partly protected – a gap remains</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Våldet trappades upp eller någon kom till skada</source>
        <translation>The violence escalated or someone was harmed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ingen poängförändring</source>
        <translation>no change in points</translation>
    </message>
    <message>
        <location filename="../ui/pdf.py" line="-253"/>
        <source>Deltagare: {name} · Datum: {date}</source>
        <translation>Trainee: {name} · Date: {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tänk om – räknas inte in i resultatet.</source>
        <translation>What if – does not count towards the result.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Du fick {total} av expertvägens {best} poäng (gräns {mark}), inga kritiska fel och ett utfall som godkänns.</source>
        <translation>You scored {total} of the expert path&apos;s {best} points (pass mark {mark}), made no critical errors and reached an outcome that passes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ett kritiskt fel som gick att undvika.</source>
        <translation>A critical error that could have been avoided.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledde mot ett sämre slut än det som fortfarande gick att nå.</source>
        <translation>Led towards a worse ending than the one still within reach.</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>Din väg är en heldragen linje och dina rutor har tjock ram; expertvägen är en streckad linje.</source>
        <translation>Your path is a solid line and your boxes have a thick border; the expert path is a dashed line.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+51"/>
        <source>har med godkänt resultat genomfört övningen</source>
        <translation>has completed, with a passing result, the exercise</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>i Vägval, ett övningsprogram för yrkesverksamma som möter våldsutsatta.</source>
        <translation>in Vägval, a practice program for professionals who meet people subjected to violence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Resultat: {total} av {best} möjliga poäng.</source>
        <translation>Result: {total} of {best} possible points.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+49"/>
        <source>Datum: {date}</source>
        <translation>Date: {date}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Härmed intygas att</source>
        <translation>This is to certify that</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{achieved} av {best}</source>
        <translation>{achieved} of {best}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Namnförtydligande och roll</source>
        <translation>Name in print and role</translation>
    </message>
    <message>
        <location filename="../ui/player_view.py" line="+93"/>
        <source>Scenario: {title}</source>
        <translation>Scenario: {title}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ångra senaste beslutet</source>
        <translation>Undo the last decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Z – bara med återkoppling efter varje beslut. Det syns i genomgången att du gick tillbaka.</source>
        <translation>Ctrl+Z – only with feedback after each decision. The debrief shows that you went back.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tillbaka till genomgången</source>
        <translation>Back to the debrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa och gå till biblioteket</source>
        <translation>Pause and go to the library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc – inget går förlorat</source>
        <translation>Esc – nothing is lost</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tillbaka</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tänk om: du spelar vidare från beslut {n}. Det här räknas inte in i ditt resultat.</source>
        <translation>What if: you are playing on from decision {n}. This does not count towards your result.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <source>Berättelse</source>
        <translation>Story</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Val</source>
        <translation>Choices</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vad gör du? Välj med musen eller tangenterna 1–9.</source>
        <translation>What do you do? Choose with the mouse or the keys 1–9.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+302"/>
        <source>Se genomgången</source>
        <translation>See the debrief</translation>
    </message>
    <message>
        <location line="-292"/>
        <location line="+2"/>
        <source>Handlingar i ärendet</source>
        <translation>Case documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vald handling</source>
        <translation>Selected document</translation>
    </message>
    <message numerus="yes">
        <location line="+169"/>
        <source>Visa handlingar (%n)</source>
        <translation>
            <numerusform>Show documents (%n)</numerusform>
            <numerusform>Show documents (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Dölj handlingar (%n)</source>
        <translation>
            <numerusform>Hide documents (%n)</numerusform>
            <numerusform>Hide documents (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Slut: {outcome}</source>
        <translation>End: {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se resultatet av tänk om</source>
        <translation>See the result of what if</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beslut {n} av cirka {m}</source>
        <translation>Decision {n} of about {m}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>NY</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="+5"/>
        <location line="+16"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Textstorlek</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Ljust</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mörkt</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög kontrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Färgtema</source>
        <translation>Colour theme</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Återkoppling som standard</source>
        <translation>Default feedback</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <source>Från organisationen</source>
        <translation>From your organisation</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Inställningsfil: {path}</source>
        <translation>Settings file: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation: {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logotyp på intyg och PDF: {path}</source>
        <translation>Logo on certificates and PDFs: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS-adress: {url}</source>
        <translation>LRS endpoint: {url}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenariomapp: {path}</source>
        <translation>Scenario folder: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen har fel; se Om Vägval (Skift+F1).</source>
        <translation>The file has faults; see About Vägval (Shift+F1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <location filename="../ui/authoring/view.py" line="+14"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="-40"/>
        <location filename="../ui/settings_dialog.py" line="+2"/>
        <location line="+1"/>
        <location filename="../ui/workshop/start_dialog.py" line="+25"/>
        <location filename="../ui/authoring/wizard.py" line="+19"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="+34"/>
        <source>Låst av din organisation</source>
        <translation>Locked by your organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Din organisations val</source>
        <translation>Your organisation&apos;s choice</translation>
    </message>
    <message>
        <location filename="../ui/state.py" line="-11"/>
        <source>Hedersrelaterat våld och förtryck</source>
        <translation>Honour-related violence and oppression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vårdnad och våld</source>
        <translation>Custody and violence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalt våld</source>
        <translation>Digital violence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Att lämna en våldsam relation</source>
        <translation>Leaving a violent relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Våld i nära relationer</source>
        <translation>Violence in close relationships</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grund</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fördjupning</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ej påbörjad</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Påbörjad</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ej godkänd</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Går inte att använda</source>
        <translation>Cannot be used</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>engelska</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Själva fallet är skrivet på {language}.</source>
        <translation>The case itself is written in {language}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Din roll: {role}</source>
        <translation>Your role: {role}</translation>
    </message>
    <message>
        <location filename="../ui/support_dialog.py" line="-34"/>
        <source>Kvinnofridslinjen</source>
        <translation>Kvinnofridslinjen (national helpline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stöd dygnet runt för den som är utsatt för våld, och för anhöriga. Avgiftsfritt.</source>
        <translation>Support around the clock for anyone subjected to violence, and for their family and friends. Free of charge.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Nödnummer</source>
        <translation>Emergency number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vid akut fara: polis, ambulans, räddningstjänst.</source>
        <translation>In immediate danger: police, ambulance, fire and rescue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polisen</source>
        <translation>Polisen (police, non-emergency)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>När det inte är akut: anmäla brott, lämna tips eller få råd.</source>
        <translation>When it is not an emergency: report a crime, pass on information or get advice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stödlinjen för män</source>
        <translation>Stödlinjen för män (support line for men)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För män från 18 år som utsatts för hot och våld i en nära relation eller sexuellt våld. Alla dagar kl. 7–21, avgiftsfritt och anonymt.</source>
        <translation>For men aged 18 and over who have been subjected to threats and violence in a close relationship or to sexual violence. Every day 7 am–9 pm, free and anonymous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stödlinjen för transpersoner</source>
        <translation>Stödlinjen för transpersoner (support line for trans people)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För transpersoner från 18 år, också ickebinära och personer med transerfarenhet, som utsatts för hot och våld i en nära relation eller sexuellt våld. Alla dagar kl. 11–19, avgiftsfritt och anonymt.</source>
        <translation>For trans people aged 18 and over, including non-binary people and people with trans experience, who have been subjected to threats and violence in a close relationship or to sexual violence. Every day 11 am–7 pm, free and anonymous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rätt att välja</source>
        <translation>Rätt att välja (Right to choose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För personer i alla åldrar som är utsatta för eller riskerar hedersrelaterat våld och förtryck, och för närstående. Alla dagar kl. 7–21, avgiftsfritt och anonymt.</source>
        <translation>For people of any age who are subjected to, or at risk of, honour-related violence and oppression, and for those close to them. Every day 7 am–9 pm, free and anonymous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bris</source>
        <translation>Bris (children&apos;s helpline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För barn och unga under 18 år. Dygnet runt, anonymt och avgiftsfritt.</source>
        <translation>For children and young people under 18. Around the clock, anonymous and free.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationella stödtelefonen för yrkesverksamma i hedersfrågor</source>
        <translation>National support line for professionals on honour-related issues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rådgivning för yrkesverksamma i ärenden om hedersrelaterat våld och förtryck.</source>
        <translation>Advice for professionals in cases of honour-related violence and oppression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj att sluta</source>
        <translation>Välj att sluta (Choose to stop)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>För den som utövar våld eller är rädd att göra det.</source>
        <translation>For anyone who uses violence or is afraid of doing so.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Innehållet i övningarna kan väcka egna minnen och känslor. Du kan pausa när som helst, och det finns stöd att få – både för dig själv och för dem du möter.</source>
        <translation>The content of the exercises may stir up your own memories and feelings. You can pause at any time, and support is available – both for yourself and for the people you meet.</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.py" line="+1"/>
        <location filename="../ui/workshop/__init__.py" line="-103"/>
        <location filename="../ui/workshop/start_dialog.py" line="-35"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>Starta workshop</source>
        <translation>Start workshop</translation>
    </message>
    <message>
        <location filename="../ui/workshop/__init__.py" line="+43"/>
        <location line="+1"/>
        <location filename="../ui/workshop/history.py" line="-14"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>Workshoppar</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Scenariot finns inte längre eller har ändrats sedan workshopen började, så den kan inte fortsätta. Starta gärna en ny workshop.</source>
        <translation>The scenario is no longer there or has changed since the workshop began, so it cannot continue. Please start a new workshop.</translation>
    </message>
    <message>
        <location filename="../ui/workshop/chart.py" line="+46"/>
        <source>Röstfördelning</source>
        <translation>Vote split</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alternativ {n}: {votes} av {total} röster</source>
        <translation>Option {n}: {votes} of {total} votes</translation>
    </message>
    <message>
        <location filename="../ui/workshop/debrief.py" line="-202"/>
        <source>Enighet</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delade röster</source>
        <translation>Split vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majoritet för ett kritiskt fel</source>
        <translation>Majority for a critical error</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rummet och riktlinjerna var överens</source>
        <translation>The room and the guidance agreed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Riktlinjerna: {n}. {text}</source>
        <translation>Guidance: {n}. {text}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(lika röster, handledaren valde)</source>
        <translation>(tied vote, the facilitator chose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(handledaren valde mot majoriteten)</source>
        <translation>(the facilitator overrode the majority)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(inga röster, handledaren valde)</source>
        <translation>(no votes, the facilitator chose)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rummets väg gav {total} av expertvägens {best} poäng.</source>
        <translation>The room&apos;s path scored {total} of the expert path&apos;s {best} points.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vägen innehöll {n} kritiskt fel.</source>
        <translation>The path contained {n} critical error.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vägen innehöll {n} kritiska fel.</source>
        <translation>The path contained {n} critical errors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshopen avslutades innan scenariot var slut.</source>
        <translation>The workshop ended before the scenario did.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+61"/>
        <location filename="../ui/workshop/presentation.py" line="+10"/>
        <source>Rummets genomgång: {title}</source>
        <translation>The room&apos;s debrief: {title}</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Datum: {date} · Beslut: {n}</source>
        <translation>Date: {date} · Decisions: {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <location line="+6"/>
        <source>Rummets väg</source>
        <translation>The room&apos;s path</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+65"/>
        <source>Röster vid varje beslut</source>
        <translation>Votes at each decision</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+80"/>
        <source>Frågor som delade rummet</source>
        <translation>Questions that divided the room</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+80"/>
        <source>Rummet var enigt vid varje beslut.</source>
        <translation>The room agreed at every decision.</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+18"/>
        <location line="+79"/>
        <source>Rummets genomgång</source>
        <translation>The room&apos;s debrief</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/workshop/presentation.py" line="+3"/>
        <source>{c} beslut i enighet, {s} med delade röster, {k} där rummet föredrog ett kritiskt fel.</source>
        <translation>{c} decisions by consensus, {s} with a split vote, {k} where the room preferred a critical error.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beslut {n}: {title}</source>
        <translation>Decision {n}: {title}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rummets val: {n}. {text}</source>
        <translation>The room&apos;s choice: {n}. {text}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Frågor: {title}</source>
        <translation>Questions: {title}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inga förberedda frågor; fråga rummet vad som skilde dem åt.</source>
        <translation>No prepared questions; ask the room what set them apart.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+36"/>
        <source>Spara röster som CSV</source>
        <translation>Save votes as CSV</translation>
    </message>
    <message>
        <location line="-34"/>
        <location filename="../ui/workshop/facilitator.py" line="+47"/>
        <source>Projektorvy (P)</source>
        <translation>Projector view (P)</translation>
    </message>
    <message>
        <location filename="../ui/workshop/facilitator.py" line="-104"/>
        <source>Röster för alternativ {n}</source>
        <translation>Votes for option {n}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workshop – handledarvy</source>
        <translation>Workshop – facilitator view</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../ui/workshop/presentation.py" line="-141"/>
        <source>Diskussionstid kvar</source>
        <translation>Discussion time left</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scen, anteckningar och frågor</source>
        <translation>Scene, notes and questions</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Alternativ och röster</source>
        <translation>Options and votes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Antal röster</source>
        <translation>Number of votes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visa riktlinjernas val och kritiska fel (bara här)</source>
        <translation>Show the guidance&apos;s choice and critical errors (here only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa riktlinjernas val och kritiska fel</source>
        <translation>Show the guidance&apos;s choice and critical errors</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+53"/>
        <source>Visa fördelningen (V)</source>
        <translation>Show the split (V)</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+56"/>
        <source>Följ majoriteten (Enter)</source>
        <translation>Follow the majority (Enter)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Välj markerat alternativ (Ctrl+Enter)</source>
        <translation>Take the selected option (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visa återkoppling för markerat (F)</source>
        <translation>Show feedback for the selected (F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diskussionstid i minuter</source>
        <translation>Discussion time in minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starta/pausa timer (T)</source>
        <translation>Start/pause timer (T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hög kontrast på projektorn (K)</source>
        <translation>High contrast on the projector (K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pausa och fortsätt senare</source>
        <translation>Pause and continue later</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Slutet</source>
        <translation>The ending</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/workshop/presentation.py" line="+72"/>
        <location line="+24"/>
        <source>Beslut {n}</source>
        <translation>Decision {n}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dölj fördelningen (V)</source>
        <translation>Hide the split (V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lika – välj alternativ</source>
        <translation>Tied – pick an option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nästa beslut (Enter)</source>
        <translation>Next decision (Enter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visa genomgången (Enter)</source>
        <translation>Show the debrief (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Till slutet (Enter)</source>
        <translation>To the ending (Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Obs! Workshopen sparas inte på disken just nu.</source>
        <translation>Note: the workshop is not being saved to disk right now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lika röster: välj alternativ med en siffra och tryck Ctrl+Enter.</source>
        <translation>Tied vote: pick an option with a number key and press Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fördelningen visas på projektorn.</source>
        <translation>The split is shown on the projector.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valt: alternativ {n}. Tryck en siffra för att visa ett annat alternativs återkoppling.</source>
        <translation>Chosen: option {n}. Press a number key to show another option&apos;s feedback.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scenariot är slut. Tryck Enter för rummets genomgång.</source>
        <translation>The scenario has ended. Press Enter for the room&apos;s debrief.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Återkoppling för rummets val</source>
        <translation>Feedback for the room&apos;s choice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <location filename="../ui/workshop/presentation.py" line="+9"/>
        <location line="+8"/>
        <source>Ingen återkoppling för det här valet.</source>
        <translation>No feedback for this choice.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Följde riktlinjerna</source>
        <translation>Followed the guidance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bröt mot riktlinjerna</source>
        <translation>Went against the guidance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visas också: {text}</source>
        <translation>Also shown: {text}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Handledarens anteckningar</source>
        <translation>Facilitator&apos;s notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Diskussionsfrågor</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Riktlinjernas val</source>
        <translation>The guidance&apos;s choice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kritiskt fel</source>
        <translation>Critical error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inga fler beslut.</source>
        <translation>No more decisions.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{total} röster av {people} personer</source>
        <translation>{total} votes from {people} people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} röster</source>
        <translation>{total} votes</translation>
    </message>
    <message>
        <location filename="../ui/workshop/history.py" line="-4"/>
        <source>Inga workshoppar ännu.</source>
        <translation>No workshops yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Beslut</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Klar</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Avbruten – kan fortsätta</source>
        <translation>Interrupted – can continue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Öppna workshop</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <location filename="../ui/workshop/presentation.py" line="-143"/>
        <source>Tiden är ute</source>
        <translation>Time&apos;s up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kritiskt fel: det här valet kunde ha satt någon i fara.</source>
        <translation>Critical error: this choice could have put someone in danger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handling: {title}</source>
        <translation>Document: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Workshop – projektorvy</source>
        <translation>Workshop – projector view</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Vägval – workshop</source>
        <translation>Vägval – workshop</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+35"/>
        <source>Så röstade rummet ({total} röster)</source>
        <translation>How the room voted ({total} votes)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Det blev lika. Handledaren avgör.</source>
        <translation>A tie. The facilitator decides.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rummet valde</source>
        <translation>The room chose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Det blev lika – handledaren valde</source>
        <translation>A tie – the facilitator chose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handledaren valde</source>
        <translation>The facilitator chose</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Om ni hade valt {n}. {text}</source>
        <translation>Had you chosen {n}. {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Återkoppling för ett annat alternativ</source>
        <translation>Feedback for another option</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Att diskutera</source>
        <translation>To discuss</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rösterna gick också isär vid: {titles}</source>
        <translation>The votes also split at: {titles}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Rösta anonymt med mobilen: skanna koden, eller gå till {url} och skriv rumskoden {code}.</source>
        <translation>Vote anonymously by phone: scan the code, or go to {url} and type the room code {code}.</translation>
    </message>
    <message>
        <location filename="../ui/workshop/start_dialog.py" line="+7"/>
        <source>med handledarstöd</source>
        <translation>with facilitator notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gruppens namn (valfritt)</source>
        <translation>The group&apos;s name (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t.ex. Vuxenenheten, vårens utbildning</source>
        <translation>e.g. Adult services, spring course</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Grupp (valfritt)</source>
        <translation>&amp;Group (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>inte angivet</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal personer i rummet (valfritt)</source>
        <translation>Number of people in the room (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Antal personer</source>
        <translation>&amp;Number of people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv inga namn på deltagarna. Workshopen sparar bara antal röster per alternativ.</source>
        <translation>Do not write the participants&apos; names. The workshop keeps only the number of votes per option.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starta</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Avbrutna workshoppar</source>
        <translation>Interrupted workshops</translation>
    </message>
    <message>
        <location filename="../ui/library_view.py" line="-2"/>
        <location filename="../ui/workshop/start_dialog.py" line="+4"/>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../ui/workshop/start_dialog.py" line="+40"/>
        <source>{n} beslut</source>
        <translation>{n} decisions</translation>
    </message>
    <message>
        <location filename="../ui/authoring/editor.py" line="+60"/>
        <source>Scenariots text</source>
        <translation>Scenario text</translation>
    </message>
    <message>
        <location filename="../ui/authoring/guidance_browser.py" line="-49"/>
        <source>Vägledningen</source>
        <translation>The guidance</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Sök i vägledningen</source>
        <translation>Search the guidance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Principer</source>
        <translation>Principles</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Principen</source>
        <translation>The principle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Infoga id i texten</source>
        <translation>Insert the id in the text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen vägledningskatalog hittades för den här filen.</source>
        <translation>No guidance catalogue was found for this file.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Används i biblioteket: {n} val</source>
        <translation>Used in the library: {n} choices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>följs</source>
        <translation>followed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bryts</source>
        <translation>broken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kritiskt</source>
        <translation>critical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rad {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… och {n} till</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <location filename="../ui/authoring/play_pane.py" line="-44"/>
        <source>följer {ids}</source>
        <translation>follows {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bryter mot {ids}</source>
        <translation>goes against {ids}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KRITISKT</source>
        <translation>CRITICAL</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+18"/>
        <location filename="../ui/authoring/view.py" line="+67"/>
        <source>Spela härifrån</source>
        <translation>Play from here</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Ställ markören i en nod och välj Spela härifrån.</source>
        <translation>Put the cursor in a node and choose Play from here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nod att börja i</source>
        <translation>Node to start in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Börja i:</source>
        <translation>Start in:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nodens text</source>
        <translation>The node&apos;s text</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Texten går inte att läsa just nu. Rätta felen i listan, så går det att spela igen.</source>
        <translation>The text cannot be read just now. Fix the errors in the list, and you can play again.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Noden {id} finns inte längre; välj var du vill börja.</source>
        <translation>The node {id} no longer exists; choose where to start.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Du spelar från {id}. Poäng och vägledning står vid varje val.</source>
        <translation>You are playing from {id}. Points and guidance are shown with each choice.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>slut: {outcome}</source>
        <translation>ending: {outcome}</translation>
    </message>
    <message>
        <location filename="../ui/authoring/story_map.py" line="+38"/>
        <source>Kritiskt val</source>
        <translation>Critical choice</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+46"/>
        <source>Scenariots karta</source>
        <translation>The scenario&apos;s map</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Kartan visas när texten går att läsa.</source>
        <translation>The map appears when the text can be read.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Streckad grön linje: expertvägen. Röd prickad linje med ⚠: kritiskt val. Ram med !: noden har fel (röd) eller varning (gul). Streckad ram: noden där markören står. Klicka på en nod för att gå till den i texten.</source>
        <translation>Dashed green line: the expert path. Red dotted line with ⚠: a critical choice. Frame with !: the node has an error (red) or a warning (yellow). Dashed frame: the node where the cursor is. Click a node to go to it in the text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texten går inte att läsa just nu; kartan visar den senaste versionen som gick att läsa.</source>
        <translation>The text cannot be read just now; the map shows the last version that could be read.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/view.py" line="-77"/>
        <source>Nytt scenario …</source>
        <translation>New scenario …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Öppna fil …</source>
        <translation>Open file …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Öppna från biblioteket</source>
        <translation>Open from the library</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redigera en kopia</source>
        <translation>Edit a copy</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hitta i texten (Ctrl+F, F3 nästa)</source>
        <translation>Find in the text (Ctrl+F, F3 next)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hitta i texten</source>
        <translation>Find in the text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gå till nod (Ctrl+G)</source>
        <translation>Go to node (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gå till nod:</source>
        <translation>Go to node:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kontroll av scenariot</source>
        <translation>Checking the scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Fel och varningar</source>
        <translation>Errors and warnings</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Siffror</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Karta</source>
        <translation>Map</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vägledning</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Öppna från biblioteket …</source>
        <translation>Open from the library …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} är inte en vanlig fil (utan en mapp, en enhet eller en namngiven pipe) och kan inte öppnas.</source>
        <translation>{name} is not a regular file (but a folder, a device or a named pipe) and cannot be opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen {name} är {size} MB; ett scenario får vara högst {limit} MB.</source>
        <translation>The file {name} is {size} MB; a scenario may be at most {limit} MB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filen {name} är inte text i UTF-8 och kan inte öppnas.</source>
        <translation>The file {name} is not UTF-8 text and cannot be opened.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen {name} går inte att öppna: {reason}</source>
        <translation>The file {name} cannot be opened: {reason}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kontrollen av texten misslyckades: {msg}</source>
        <translation>Checking the text failed: {msg}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Författa: {name}</source>
        <translation>Authoring: {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finns osparad text från förra gången, till exempel efter en krasch. Vill du återställa den?</source>
        <translation>There is unsaved text from last time, for example after a crash. Do you want to restore it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Släng</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Öppna scenario</source>
        <translation>Open scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenarier (*.md)</source>
        <translation>Scenarios (*.md)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>En kopia finns nu bland dina egna scenarier: {name}</source>
        <translation>A copy is now among your own scenarios: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rad</source>
        <translation>line</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inga fel, varningar eller pedagogiska anmärkningar.</source>
        <translation>No errors, warnings or teaching notes.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Siffrorna visas när texten går att analysera (inga fel).</source>
        <translation>The figures appear when the text can be analysed (no errors).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expertvägens poäng: {n}</source>
        <translation>Expert path&apos;s points: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lägsta möjliga poäng: {n}</source>
        <translation>Lowest possible points: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut på expertvägen: {n}</source>
        <translation>Decisions on the expert path: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslut på kortaste och längsta vägen: {a}–{b}</source>
        <translation>Decisions on the shortest and the longest path: {a}–{b}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tillstånd i analysen: {n}</source>
        <translation>States in the analysis: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poäng per kompetensområde (lägsta–högsta):</source>
        <translation>Points per competence area (lowest–highest):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gissbarhet: hur ofta en enkel strategi hittar bästa valet ({n} beslut)</source>
        <translation>Guessability: how often a simple strategy finds the best choice ({n} decisions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>slumpen: {p}</source>
        <translation>chance: {p}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bästa valet är det längsta: {a}, det kortaste: {b}</source>
        <translation>the best choice is the longest: {a}, the shortest: {b}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ över gränsen: alternativen avslöjar svaret (se varningen i listan).</source>
        <translation>⚠ over the limit: the options give the answer away (see the warning in the list).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Det här scenariot följer med appen och kan inte ändras. Välj Redigera en kopia.</source>
        <translation>This scenario comes with the app and cannot be changed. Choose Edit a copy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det gick inte att spara {name}: {reason}. Texten finns kvar här och i återställningsfilen.</source>
        <translation>{name} could not be saved: {reason}. The text is still here and in the recovery file.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Återställningsfilen kunde inte skrivas; spara gärna nu.</source>
        <translation>The recovery file could not be written; please save now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filen {name} har tagits bort eller flyttats av ett annat program. Spara för att skriva den igen.</source>
        <translation>The file {name} was deleted or moved by another program. Save to write it again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filen har ändrats av ett annat program. Vill du läsa in den nya versionen? Dina osparade ändringar här försvinner då.</source>
        <translation>The file was changed by another program. Do you want to load the new version? Your unsaved changes here will then be lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filen har ändrats av ett annat program. Vill du läsa in den nya versionen?</source>
        <translation>The file was changed by another program. Do you want to load the new version?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Läs in igen</source>
        <translation>Load again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behåll min text</source>
        <translation>Keep my text</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Skapa ett nytt scenario eller öppna ett. Dina egna scenarier sparas i {folder}.</source>
        <translation>Create a new scenario or open one. Your own scenarios are kept in {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skrivskyddat: det här scenariot följer med appen. Välj Redigera en kopia för att ändra i en egen kopia.</source>
        <translation>Read-only: this scenario comes with the app. Choose Edit a copy to change a copy of your own.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ändrat – inte sparat (Ctrl+S sparar).</source>
        <translation>Changed – not saved (Ctrl+S saves).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparat.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../ui/authoring/wizard.py" line="-36"/>
        <location line="+1"/>
        <source>Nytt scenario</source>
        <translation>New scenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svara på några frågor, så skapas en fil med en startnod och två slut som du sedan skriver vidare på.</source>
        <translation>Answer a few questions, and a file is created with a start node and two endings for you to write on.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>till exempel Socialsekreterare, vuxenenheten</source>
        <translation>for example Social worker, adult services</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kompetensområden som scenariot bedömer:</source>
        <translation>Competence areas the scenario assesses:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>en titel</source>
        <translation>a title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ett tema</source>
        <translation>a theme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>en roll</source>
        <translation>a role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minst ett kompetensområde</source>
        <translation>at least one competence area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scenariot behöver {what}.</source>
        <translation>The scenario needs {what}.</translation>
    </message>
    <message>
        <location filename="../ui/extra_folders.py" line="+53"/>
        <source>{n} scenarier inlästa.</source>
        <translation>{n} scenarios loaded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} filer har fel och visas som ej användbara.</source>
        <translation>{n} files have faults and are shown as unusable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mappen finns inte eller går inte att nå. Kontakta IT om den borde finnas.</source>
        <translation>The folder does not exist or cannot be reached. Contact IT if it should be there.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen svarar inte. Scenarierna läggs till om den svarar senare.</source>
        <translation>The folder does not answer. Its scenarios are added if it answers later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen kunde inte läsas: {detail}</source>
        <translation>The folder could not be read: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Läses in …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Organisationens mappar: {n} scenarier inlästa.</source>
        <translation>Organisation&apos;s folders: {n} scenarios loaded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Går inte att nå: {folders}.</source>
        <translation>Cannot be reached: {folders}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Svarar inte: {folders}.</source>
        <translation>Not answering: {folders}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Läser fortfarande: {folders}.</source>
        <translation>Still reading: {folders}.</translation>
    </message>
    <message>
        <location filename="../ui/shortcuts_dialog.py" line="-5"/>
        <source>Överallt</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stöd och hjälp (och den här sidan)</source>
        <translation>Support and help (and this page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Biblioteket</source>
        <translation>The library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historiken</source>
        <translation>The history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nästa och föregående knapp eller fält</source>
        <translation>Next and previous button or field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter eller blanksteg</source>
        <translation>Enter or Space</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tryck på knappen som har fokus</source>
        <translation>Press the button that has the focus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skärmens standardval (den markerade knappen)</source>
        <translation>The screen&apos;s default action (the highlighted button)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biblioteket och historiken</source>
        <translation>Library and history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pil upp, pil ned</source>
        <translation>Up arrow, down arrow</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Välj rad i listan</source>
        <translation>Select a row in the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Öppna scenariot, eller genomgången av ett försök</source>
        <translation>Open the scenario, or an attempt&apos;s debrief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I scenariot</source>
        <translation>In a scenario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj alternativ</source>
        <translation>Pick an option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa eller dölj handlingarna i ärendet</source>
        <translation>Show or hide the case documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ångra senaste beslutet (bara med återkoppling efter varje beslut)</source>
        <translation>Undo the last decision (only with feedback after each decision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pausa och gå till biblioteket – inget går förlorat</source>
        <translation>Pause and go to the library – nothing is lost</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop, för den som leder</source>
        <translation>Workshop, for the facilitator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markera ett alternativ</source>
        <translation>Select an option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En röst mer eller mindre på det markerade alternativet</source>
        <translation>One vote more or less for the selected option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv in antalet röster</source>
        <translation>Type in the number of votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa eller dölj fördelningen</source>
        <translation>Show or hide the split</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Följ majoriteten, eller gå vidare</source>
        <translation>Follow the majority, or go on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Välj det markerade alternativet</source>
        <translation>Pick the selected option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visa återkopplingen för det markerade alternativet</source>
        <translation>Show the feedback for the selected option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starta eller pausa timern</source>
        <translation>Start or pause the timer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projektorvyn</source>
        <translation>The projector view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hög kontrast på projektorn</source>
        <translation>High contrast on the projector</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../ui/support_dialog.py" line="+11"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/widgets.py" line="-12"/>
        <location line="+1"/>
        <source>Standardval: Ctrl+Enter</source>
        <translation>Default action: Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/workshop/phones.py" line="+46"/>
        <source>127.0.0.1 (bara den här datorn, för att prova)</source>
        <translation>127.0.0.1 (this computer only, to try it out)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QR-kod till röstsidan</source>
        <translation>QR code for the voting page</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+1"/>
        <location line="+11"/>
        <source>Röster från mobiler</source>
        <translation>Votes from phones</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Nätverk som mobilerna når datorn på</source>
        <translation>Network on which the phones reach this computer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Röstsidan kunde inte startas på {address}: {reason}. Välj ett annat nätverk.</source>
        <translation>The voting page could not be started on {address}: {reason}. Choose another network.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deltagarna kan rösta anonymt med mobilen, utan konto och utan internet: mobilerna behöver bara nå den här datorn på samma nätverk.</source>
        <translation>Participants can vote anonymously by phone, with no account and no internet: the phones only need to reach this computer on the same network.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>röstningen är öppen</source>
        <translation>the vote is open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>röstningen är stängd</source>
        <translation>the vote is closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>väntar på nästa beslut</source>
        <translation>waiting for the next decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress: {url} · Kod: {code} · {n} röster från mobiler ({state})</source>
        <translation>Address: {url} · Code: {code} · {n} votes from phones ({state})</translation>
    </message>
    <message>
        <location filename="../ui/lrs_link.py" line="+33"/>
        <source>Resultat till organisationen: {n} väntar på att skickas</source>
        <translation>Results to the organisation: {n} waiting to be sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{n} avvisade av LRS:en</source>
        <translation>{n} refused by the LRS</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>LRS-adressen kan inte användas</source>
        <translation>the LRS address cannot be used</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS:en godtar inte nyckeln och hemligheten</source>
        <translation>the LRS does not accept the key and secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS:en finns inte på adressen</source>
        <translation>no LRS at that address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS-adressen leder vidare till en annan</source>
        <translation>the LRS address redirects elsewhere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS:en har problem just nu</source>
        <translation>the LRS has trouble just now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LRS:en svarar inte just nu</source>
        <translation>the LRS is not answering just now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LRS: {endpoint}</source>
        <translation>LRS: {endpoint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{waiting} väntar, {sent} skickade, {rejected} avvisade</source>
        <translation>{waiting} waiting, {sent} sent, {rejected} refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senaste försöket: {reason}</source>
        <translation>Last try: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avvisat: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Resultat till organisationen: allt är skickat</source>
        <translation>Results to the organisation: everything is sent</translation>
    </message>
    <message>
        <location filename="../ui/lrs_panel.py" line="-17"/>
        <location filename="../ui/main_window.py" line="-210"/>
        <source>Resultat till organisationen</source>
        <translation>Results to the organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resultat lämnar datorn bara när en LRS är inställd och deltagaren har sagt ja. Då skickas beslut och resultat under namnet hos organisationen, aldrig pseudonymen.</source>
        <translation>Results leave this computer only when an LRS is set and the trainee has agreed. Decisions and results are then sent under the name the organisation knows, never the pseudonym.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tomt: organisationens adress används.</source>
        <translation>Empty: the organisation&apos;s address is used.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Nyckel (användarnamn)</source>
        <translation>Key (user name)</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Hemlighet (lösenord)</source>
        <translation>Secret (password)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>sparad; skriv en ny för att byta</source>
        <translation>saved; type a new one to change it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hemligheten sparas i operativsystemets nyckelring.</source>
        <translation>The secret is kept in the operating system&apos;s credential store.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hemligheten sparas i filen lrs-secret i datamappen, som bara ditt konto kan läsa (behörighet 0600); datorn har ingen nyckelring som Vägval kan använda.</source>
        <translation>The secret is kept in the file lrs-secret in the data folder, which only your account can read (permissions 0600); this computer has no credential store Vägval can use.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testa anslutningen</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>Testar anslutningen …</source>
        <translation>Testing the connection …</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Skicka {name}s resultat till organisationen</source>
        <translation>Send {name}&apos;s results to the organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Välj en deltagare för att kunna skicka resultat</source>
        <translation>Choose a trainee to be able to send results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skicka resultat till organisationen</source>
        <translation>Send results to the organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Namn hos organisationen</source>
        <translation>Name at the organisation</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>t.ex. e-postadressen på jobbet</source>
        <translation>e.g. your work e-mail address</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ange LRS-adressen först.</source>
        <translation>Enter the LRS address first.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Anslutningen fungerar: LRS:en svarade och godtog nyckeln och hemligheten.</source>
        <translation>The connection works: the LRS answered and accepted the key and the secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anslutningen fungerar inte: {reason}</source>
        <translation>The connection does not work: {reason}</translation>
    </message>
</context>
</TS>
